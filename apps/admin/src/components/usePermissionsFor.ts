import { usePermissions } from 'react-admin';
import { canAccess, canWrite } from '../roles';

/** Whether the signed-in user may create, change or delete records of `resource` (see roles.ts). */
export const useCanWrite = (resource: string): boolean => {
  const { permissions } = usePermissions<string[]>();
  return canWrite(permissions, resource);
};

/** Whether the signed-in user may open a screen or section (see roles.ts). */
export const useHasAccess = (section: string): boolean => {
  const { permissions } = usePermissions<string[]>();
  return permissions !== undefined && canAccess(permissions, section);
};
