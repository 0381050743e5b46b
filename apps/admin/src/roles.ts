import { ROLES, type Role } from './providers/types';

export { ROLES, type Role };

// Roles that run the customer business day to day: they read and (per the API's writer lists) change it.
const SALES: readonly Role[] = ['admin', 'executive', 'sales_manager', 'account_manager'];

/** Admin screens by role; a missing entry means every signed-in user. Mirrors the API's guards. */
const ACCESS: Record<string, readonly Role[]> = {
  users: ['admin'],
  departments: ['admin'],
  'api-keys': ['admin'],
  webhooks: ['admin'],
  'audit-log': ['admin', 'executive'],
  'job-runs': ['admin'],
  queues: ['admin'],
  // Customers, contacts, interactions and the catalog are read by every role (GET is open to all).
  orders: SALES,
  payments: SALES,
  'dictionary-entries': ['admin'],
  'product-lines': ['admin'],
  'product-categories': ['admin'],
  import: ['admin', 'sales_manager', 'account_manager'],
  // Importing products changes the catalog for everyone.
  'import.products': ['admin'],
  'customers.bin': ['admin'],
  duplicates: ['admin', 'sales_manager'],
  // Choosing someone else as owner: account managers may only own records themselves (the API checks).
  'owner.pick': ['admin', 'sales_manager'],
  'owner.filter': ['admin', 'executive', 'sales_manager'],
};

/**
 * Who may create, change or delete, per resource; mirrors the API's `@Roles` (admin passes every check).
 * Executives read everything but make no operational edits.
 */
const WRITE: Record<string, readonly Role[]> = {
  customers: ['admin', 'sales_manager', 'account_manager'],
  contacts: ['admin', 'sales_manager', 'account_manager', 'service_agent', 'call_agent'],
  interactions: ['admin', 'sales_manager', 'account_manager', 'marketer', 'service_agent', 'call_agent'],
  orders: ['admin', 'sales_manager', 'account_manager'],
  payments: ['admin', 'sales_manager', 'account_manager'],
  // Deleting a payment restores the outstanding amount: managers only.
  'payments.delete': ['admin', 'sales_manager'],
  products: ['admin', 'sales_manager'],
  'product-lines': ['admin'],
  'product-categories': ['admin'],
  'dictionary-entries': ['admin'],
};

export const hasAnyRole = (roles: unknown, allowed: readonly string[]): boolean =>
  Array.isArray(roles) && roles.some((role) => allowed.includes(role as string));

export const canAccess = (roles: unknown, section: string): boolean => {
  const allowed = ACCESS[section];
  return allowed ? hasAnyRole(roles, allowed) : true;
};

/** Whether write buttons (create, edit, delete, workflow actions) show; unknown resources are read-only. */
export const canWrite = (roles: unknown, resource: string): boolean => hasAnyRole(roles, WRITE[resource] ?? []);

/** Choices for role inputs; react-admin translates the names. */
export const roleChoices = ROLES.map((id) => ({ id, name: `crm.roles.${id}` }));
