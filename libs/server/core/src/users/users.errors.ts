import { ConflictError, InvalidInputError, RuleViolationError } from '../errors/domain-error';

export const emailTaken = () =>
  new ConflictError('email_taken', 'A user with this email already exists', [
    { field: 'email', message: 'email is already in use' },
  ]);

export const unknownDepartment = (field = 'departmentId') =>
  new InvalidInputError('The department does not exist', [
    { field, message: `${field} must refer to an existing department` },
  ]);

export const cannotDeactivateSelf = () =>
  new RuleViolationError('cannot_deactivate_self', 'You cannot deactivate your own account', [
    { field: 'active', message: 'cannot be false for your own account' },
  ]);

export const cannotRemoveOwnAdminRole = () =>
  new RuleViolationError('cannot_remove_own_admin_role', 'You cannot remove the admin role from your own account', [
    { field: 'roles', message: 'must keep admin for your own account' },
  ]);

// Postgres unique violation (23505) on the given index.
export const isUniqueViolation = (e: unknown, index: string) => {
  const driver = (e as { driverError?: { code?: string; constraint?: string } })?.driverError;
  return driver?.code === '23505' && driver.constraint === index;
};
