import {
  Admin,
  type AuthProvider,
  CustomRoutes,
  type I18nProvider,
  Resource,
  type ResourceProps,
  type Store,
} from 'react-admin';
import { Route } from 'react-router-dom';
import { Dashboard } from './dashboard/Dashboard';
import { CrmLayout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { routeNotFound } from './layout/RouteNotFound';
import { darkTheme, lightTheme } from './layout/theme';
import { routerProvider } from './providers/routerProvider';
import type { CrmDataProvider } from './providers/types';
import { DuplicatesPage } from './pages/duplicates/DuplicatesPage';
import { ImportWizard } from './pages/import/ImportWizard';
import { MailingLabelsPage } from './resources/customers/labels/MailingLabelsPage';
import apiKeys from './resources/api-keys';
import auditLog from './resources/audit-log';
import contacts from './resources/contacts';
import customers from './resources/customers';
import { CustomerBin } from './resources/customers/CustomerBin';
import departments from './resources/departments';
import dictionaryEntries from './resources/dictionary-entries';
import interactions from './resources/interactions';
import jobRuns from './resources/job-runs';
import notifications from './resources/notifications';
import orders from './resources/orders';
import payments from './resources/payments';
import productCategories from './resources/product-categories';
import productLines from './resources/product-lines';
import products from './resources/products';
import users from './resources/users';
import webhooks from './resources/webhooks';
import { adminModules } from './modules';
import { PermissionRequired } from './components/PermissionRequired';
import { canAccess, canCreate, canWrite, guardsWrites } from './permissions';

const RESOURCES = {
  // No screens: the directory behind owner/handler pickers and names (GET /staff).
  staff: { recordRepresentation: 'name' },
  customers,
  contacts,
  interactions,
  products,
  'product-lines': productLines,
  'product-categories': productCategories,
  orders,
  payments,
  'dictionary-entries': dictionaryEntries,
  users,
  departments,
  'api-keys': apiKeys,
  webhooks,
  'audit-log': auditLog,
  'job-runs': jobRuns,
  notifications,
  // Domain modules' resources (resources/*/module.ts), after the built-in ones.
  ...Object.fromEntries(adminModules.map((m) => [m.name, m.resource])),
};

// Pages that are not a resource's CRUD screens, gated like resources (permissions.ts). Print pages have no layout.
const PAGES = [
  { path: '/customers/bin', section: 'customers.bin', element: <CustomerBin /> },
  { path: '/import', section: 'import', element: <ImportWizard /> },
  { path: '/duplicates', section: 'duplicates', element: <DuplicatesPage /> },
  { path: '/customers/labels', section: 'customers', element: <MailingLabelsPage />, noLayout: true },
];

type ResourceScreens = Omit<ResourceProps, 'name'>;

// Create and edit screens the user may not use say so instead of showing a form whose save would fail.
const withWriteScreens = (name: string, resource: ResourceScreens, permissions: string[]): ResourceScreens => {
  if (!guardsWrites(name)) return resource;
  return {
    ...resource,
    ...(resource.create && !canCreate(permissions, name) ? { create: PermissionRequired } : {}),
    ...(resource.edit && !canWrite(permissions, name) ? { edit: PermissionRequired } : {}),
  };
};

const pageRoutes = (permissions: string[], noLayout: boolean) =>
  PAGES.filter((page) => Boolean(page.noLayout) === noLayout && canAccess(permissions, page.section)).map(
    ({ path, element }) => <Route key={path} path={path} element={element} />,
  );

// A path of a screen the user may not use shows "not permitted" rather than "not found".
const RouteNotFound = routeNotFound([...Object.keys(RESOURCES).map((name) => `/${name}`), ...PAGES.map((p) => p.path)]);

export interface CrmAdminProps {
  dataProvider: CrmDataProvider;
  authProvider: AuthProvider;
  i18nProvider: I18nProvider;
  store: Store;
}

// Providers come from the caller (main.tsx or a test) so they are created once, not on every render.
export const CrmAdmin = ({ dataProvider, authProvider, i18nProvider, store }: CrmAdminProps) => (
  <Admin
    title="CRM"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    // Navigations must not be transitions: see providers/routerProvider.tsx (signed-out boot looped otherwise).
    routerProvider={routerProvider}
    layout={CrmLayout}
    theme={lightTheme}
    darkTheme={darkTheme}
    loginPage={LoginPage}
    catchAll={RouteNotFound}
    // A self-hosted CRM must not call third-party hosts.
    disableTelemetry
    dashboard={Dashboard}
    requireAuth
  >
    {/* Only the screens the user's permissions open are registered; the API enforces the same rules. */}
    {(permissions: string[]) => [
      ...Object.entries(RESOURCES)
        .filter(([name]) => canAccess(permissions, name))
        .map(([name, resource]) => (
          <Resource key={name} name={name} {...withWriteScreens(name, resource, permissions)} />
        )),
      <CustomRoutes key="pages">{pageRoutes(permissions, false)}</CustomRoutes>,
      <CustomRoutes key="print-pages" noLayout>
        {pageRoutes(permissions, true)}
      </CustomRoutes>,
    ]}
  </Admin>
);
