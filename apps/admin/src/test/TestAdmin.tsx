import type { ReactNode } from 'react';
import { AdminContext, type AuthProvider, Notification, ResourceContextProvider, memoryStore } from 'react-admin';
import { createI18nProvider } from '../i18n/i18nProvider';
import { darkTheme, lightTheme } from '../layout/theme';
import { routerProvider } from '../providers/routerProvider';
import type { CrmDataProvider } from '../providers/types';
import { fakeDataProvider } from './fakeDataProvider';
import { permissionsFor, visibilityFor } from './rolePermissions';

export const ADMIN_USER = {
  id: 'u-admin',
  email: 'admin@example.com',
  name: 'Ada Admin',
  roles: ['admin'],
  departmentId: null,
  active: true,
};

/** An auth provider that is always signed in as a user with the given roles and their permissions. */
export function fakeAuthProvider(roles: string[] = ['admin'], name = 'Ada Admin'): AuthProvider {
  const permissions = permissionsFor(roles);
  return {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getIdentity: async () => ({
      ...ADMIN_USER,
      roles,
      permissions,
      visibility: visibilityFor(roles),
      name,
      fullName: name,
    }),
    getPermissions: async () => permissions,
  };
}

interface TestAdminProps {
  children: ReactNode;
  resource?: string;
  dataProvider?: CrmDataProvider;
  authProvider?: AuthProvider;
  locale?: string;
}

/** Renders a screen inside react-admin's contexts (router, query client, i18n) with in-memory providers. */
export const TestAdmin = ({
  children,
  resource,
  dataProvider = fakeDataProvider(),
  authProvider = fakeAuthProvider(),
  locale = 'en',
}: TestAdminProps) => (
  <AdminContext
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={createI18nProvider(locale)}
    store={memoryStore()}
    routerProvider={routerProvider}
    theme={lightTheme}
    darkTheme={darkTheme}
  >
    {resource ? <ResourceContextProvider value={resource}>{children}</ResourceContextProvider> : children}
    {/* AdminContext has no UI of its own; notifications are part of what the tests check. */}
    <Notification />
  </AdminContext>
);
