// Test fixture: the permissions GET /auth/me answers per role, as the API's catalogs map them
// (libs/server/*/src/permissions.ts; the API's permissions.int-spec.ts holds the same table).
const EVERYONE = ['customers.read', 'products.read', 'orders.read', 'orders.export'];

export const ROLE_PERMISSIONS: Record<string, string[]> = {
  executive: [...EVERYONE, 'audit.read', 'job_runs.read', 'customers.export'],
  sales_manager: [
    ...EVERYONE,
    'customers.write',
    'customers.delete',
    'customers.export',
    'duplicates.merge',
    'contacts.write',
    'interactions.write',
    'interactions.delete.any',
    'products.write',
    'orders.write',
    'orders.confirm',
    'payments.write',
    'payments.delete',
    'imports.run',
  ],
  account_manager: [
    ...EVERYONE,
    'customers.write',
    'customers.delete',
    'customers.export',
    'contacts.write',
    'interactions.write',
    'interactions.delete.own',
    'orders.write',
    'orders.confirm',
    'payments.write',
    'imports.run',
  ],
  marketer: [...EVERYONE, 'customers.export', 'interactions.write', 'interactions.delete.own'],
  service_agent: [...EVERYONE, 'customers.export', 'contacts.create', 'interactions.write', 'interactions.delete.own'],
  call_agent: [...EVERYONE, 'contacts.create', 'interactions.write', 'interactions.delete.own'],
};

const ADMIN_ONLY = [
  'users.manage',
  'departments.manage',
  'api_keys.manage',
  'webhooks.manage',
  'queues.manage',
  'customers.restore',
  'customers.classify',
  'catalog.manage',
  'imports.products',
  'imports.read.any',
  'dictionary.manage',
];

/** Admin holds every permission. */
export const permissionsFor = (roles: string[]): string[] =>
  roles.includes('admin')
    ? [...new Set([...Object.values(ROLE_PERMISSIONS).flat(), ...ADMIN_ONLY])]
    : [...new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []))];

/** Whose records a user sees (ADR 0007), as /auth/me's `visibility`. */
export const visibilityFor = (roles: string[]): 'all' | 'team' | 'self' => {
  if (roles.some((r) => ['admin', 'executive', 'marketer', 'service_agent', 'call_agent'].includes(r))) return 'all';
  return roles.includes('sales_manager') ? 'team' : 'self';
};
