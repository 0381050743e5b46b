import { ConflictError, fieldError, InvalidInputError, RuleViolationError } from '../errors/domain-error';
import { msg } from '../i18n/translate';

export const emailTaken = () => new ConflictError('email_taken', [fieldError('email', 'field.in_use')]);

export const unknownDepartment = (field = 'departmentId') =>
  new InvalidInputError(msg('validation_failed.unknown_department'), [fieldError(field, 'field.existing_department')]);

export const cannotDeactivateSelf = () =>
  new RuleViolationError('cannot_deactivate_self', [fieldError('active', 'field.not_false_for_self')]);

export const cannotRemoveOwnAdminRole = () =>
  new RuleViolationError('cannot_remove_own_admin_role', [fieldError('roles', 'field.keep_own_admin')]);

// Postgres unique violation (23505) on the given index.
export const isUniqueViolation = (e: unknown, index: string) => {
  const driver = (e as { driverError?: { code?: string; constraint?: string } })?.driverError;
  return driver?.code === '23505' && driver.constraint === index;
};
