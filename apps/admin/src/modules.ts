import type { ResourceProps } from 'react-admin';

type Messages = { [key: string]: string | Messages };

/** What a domain module adds to the admin: one resource with its menu group and its en/zh messages. */
export interface AdminModule<M extends Messages = Messages> {
  /** The API resource (plural kebab-case), e.g. `demo-items`. */
  name: string;
  resource: Omit<ResourceProps, 'name'>;
  /** The permissions (GET /auth/me) that open its screens and show its create/edit/delete buttons. */
  permissions?: { read?: string; write?: string };
  /** `resources.<name>` messages (name, fields), typed so a missing Chinese key fails the type-check. */
  messages: { en: M; zh: M };
}

// Found at build time: every resources/<folder>/module.ts (`npm run new:module` writes one), so a
// new module's admin screens need no edit in App.tsx, the menu or the i18n catalogs.
const found = import.meta.glob<AdminModule>('./resources/*/module.ts', { eager: true, import: 'default' });

export const adminModules: AdminModule[] = Object.keys(found)
  .sort()
  .map((path) => found[path]);

export const moduleMessages = (locale: 'en' | 'zh'): Messages =>
  Object.fromEntries(adminModules.map((m) => [m.name, m.messages[locale]]));
