import { adminModules } from './modules';
import { ROLES } from './providers/types';

// The admin decides nothing about roles: GET /auth/me lists the signed-in user's permissions (the
// API's catalog maps roles to them) and the screens below ask for one. Mirrors the API's guards.

/** The permission that opens each screen or section; a missing entry means every signed-in user. */
const ACCESS: Record<string, string> = {
  customers: 'customers.read',
  contacts: 'customers.read',
  interactions: 'customers.read',
  products: 'products.read',
  'product-lines': 'catalog.manage',
  'product-categories': 'catalog.manage',
  orders: 'orders.read',
  payments: 'orders.read',
  'dictionary-entries': 'dictionary.manage',
  users: 'users.manage',
  departments: 'departments.manage',
  'api-keys': 'api_keys.manage',
  webhooks: 'webhooks.manage',
  'audit-log': 'audit.read',
  'job-runs': 'job_runs.read',
  queues: 'queues.manage',
  import: 'imports.run',
  'import.products': 'imports.products',
  'customers.bin': 'customers.restore',
  duplicates: 'duplicates.merge',
};

/** The permission behind create, edit and workflow buttons per resource; unknown resources are read-only. */
const WRITE: Record<string, string> = {
  customers: 'customers.write',
  'customers.delete': 'customers.delete',
  contacts: 'contacts.write',
  interactions: 'interactions.write',
  orders: 'orders.write',
  'orders.confirm': 'orders.confirm',
  payments: 'payments.write',
  'payments.delete': 'payments.delete',
  products: 'products.write',
  'product-lines': 'catalog.manage',
  'product-categories': 'catalog.manage',
  'dictionary-entries': 'dictionary.manage',
};

// Domain modules found in resources/*/module.ts state their own; read at call time, as module
// files import the hooks built on this file.
const moduleStates = (resource: string) => adminModules.find((m) => m.name === resource)?.permissions;
const accessKey = (section: string) => ACCESS[section] ?? moduleStates(section)?.read;
const writeKey = (resource: string) => WRITE[resource] ?? moduleStates(resource)?.write;

/** Whether the resource's create and edit screens depend on a permission (see WRITE). */
export const guardsWrites = (resource: string): boolean => writeKey(resource) !== undefined;

export const hasPermission = (permissions: unknown, key: string): boolean =>
  Array.isArray(permissions) && permissions.includes(key);

export const canAccess = (permissions: unknown, section: string): boolean => {
  const key = accessKey(section);
  return key ? hasPermission(permissions, key) : true;
};

/** Whether write buttons (create, edit, delete, workflow actions) show for a resource. */
export const canWrite = (permissions: unknown, resource: string): boolean => {
  const key = writeKey(resource);
  return key ? hasPermission(permissions, key) : false;
};

/** The permission exporting a resource's list needs (GET /exports/<resource>). */
const EXPORT: Record<string, string> = {
  customers: 'customers.export',
  contacts: 'customers.export',
  interactions: 'customers.export',
  orders: 'orders.export',
  payments: 'orders.export',
  products: 'products.read',
};

export const canExport = (permissions: unknown, resource: string): boolean => {
  const key = EXPORT[resource];
  return key ? hasPermission(permissions, key) : false;
};

/** Whether the create button shows: service and call agents may add contacts without changing others. */
export const canCreate = (permissions: unknown, resource: string): boolean =>
  canWrite(permissions, resource) || (resource === 'contacts' && hasPermission(permissions, 'contacts.create'));

/** Choices for role inputs; react-admin translates the names. */
export const roleChoices = ROLES.map((id) => ({ id, name: `crm.roles.${id}` }));
