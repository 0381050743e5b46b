import { useGetIdentity, usePermissions } from 'react-admin';
import { canAccess, canCreate, canWrite, hasPermission } from '../permissions';
import type { CrmIdentity } from '../providers/authProvider';

/** Whether the signed-in user holds a permission (GET /auth/me), e.g. usePermission('customers.write'). */
export const usePermission = (key: string): boolean => {
  const { permissions } = usePermissions<string[]>();
  return hasPermission(permissions, key);
};

/** Whether the signed-in user may create, change or delete records of `resource` (see permissions.ts). */
export const useCanWrite = (resource: string): boolean => {
  const { permissions } = usePermissions<string[]>();
  return canWrite(permissions, resource);
};

/** Whether the create button of `resource` shows. */
export const useCanCreate = (resource: string): boolean => {
  const { permissions } = usePermissions<string[]>();
  return canCreate(permissions, resource);
};

/** Whether the signed-in user may open a screen or section (see permissions.ts). */
export const useHasAccess = (section: string): boolean => {
  const { permissions } = usePermissions<string[]>();
  return permissions !== undefined && canAccess(permissions, section);
};

/** Whether the user sees other people's records (so an owner filter or picker makes sense). */
export const useSeesOthersRecords = (): boolean => {
  const { identity } = useGetIdentity();
  const visibility = (identity as CrmIdentity | undefined)?.visibility;
  return visibility !== undefined && visibility !== 'self';
};
