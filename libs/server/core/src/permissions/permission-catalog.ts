import { contributionKind } from '../platform/contributions';
import { Role } from '../auth/roles';

// A permission key: `<area>.<action>` with an optional qualifier (`customers.write`,
// `interactions.delete.own`). Lower-case words separated by dots.
export const PERMISSION_KEY_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){1,2}$/;

export interface PermissionDefinition {
  // English text for the API documentation and the admin's fallback label.
  readonly description: string;
  // The roles that hold it. `admin` holds every permission, so it need not be listed.
  readonly roles: readonly Role[];
}

export type PermissionDefinitions<K extends string = string> = Readonly<Record<K, PermissionDefinition>>;

// Declares a lib's permissions with the roles holding them, checked once at import: the one place
// a lib maps roles to what they may do. Returns the definitions unchanged, typed by their keys.
export function definePermissions<K extends string>(definitions: Record<K, PermissionDefinition>) {
  for (const key of Object.keys(definitions)) {
    if (!PERMISSION_KEY_PATTERN.test(key)) throw new Error(`invalid permission key "${key}"`);
  }
  return Object.freeze(definitions) as PermissionDefinitions<K>;
}

export interface PermissionCatalogMeta {
  // The lib declaring the permissions (core, customers, sales…).
  readonly name: string;
  readonly permissions: PermissionDefinitions;
}

// A lib contributes its catalog by decorating an @Injectable class listed in its module's providers:
//   @PermissionCatalog({ name: 'customers', permissions: CUSTOMERS_PERMISSIONS })
// PermissionsService merges every catalog at start; a key declared twice fails the start.
export const PermissionCatalog = contributionKind<PermissionCatalogMeta>('permission catalog');

// What services check on the principal the guard authenticated, e.g. the `.any` variant of a rule.
export const hasPermission = (user: { permissions: readonly string[] } | undefined, key: string) =>
  !!user?.permissions.includes(key);
