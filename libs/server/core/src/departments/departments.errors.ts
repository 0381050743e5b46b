import { ConflictError, fieldError, InvalidInputError, RuleViolationError } from '../errors/domain-error';
import { msg } from '../i18n/translate';

export const departmentNameTaken = () =>
  new ConflictError('department_name_taken', [fieldError('name', 'field.in_use')]);

export const departmentInUse = (users: number, children: number) =>
  new ConflictError(
    'department_in_use',
    users
      ? msg(users === 1 ? 'department_in_use.one_user' : 'department_in_use.users', { count: users })
      : msg(children === 1 ? 'department_in_use.one_child' : 'department_in_use.children', { count: children }),
  );

export const unknownManager = () =>
  new InvalidInputError(msg('validation_failed.unknown_manager'), [fieldError('managerId', 'field.existing_user')]);

export const unknownParent = () =>
  new InvalidInputError(msg('validation_failed.unknown_parent'), [fieldError('parentId', 'field.existing_department')]);

export const departmentCycle = () =>
  new RuleViolationError('department_cycle', [fieldError('parentId', 'field.not_self_or_below')]);
