import { ConflictError, InvalidInputError, RuleViolationError } from '../errors/domain-error';

export const departmentNameTaken = () =>
  new ConflictError('department_name_taken', 'A department with this name already exists', [
    { field: 'name', message: 'name is already in use' },
  ]);

export const departmentInUse = (users: number, children: number) =>
  new ConflictError(
    'department_in_use',
    users
      ? `${users} user${users === 1 ? ' belongs' : 's belong'} to this department; move them to another department first`
      : `${children} department${children === 1 ? ' is' : 's are'} nested under this one; move or delete ${children === 1 ? 'it' : 'them'} first`,
  );

export const unknownManager = () =>
  new InvalidInputError('The manager does not exist', [
    { field: 'managerId', message: 'managerId must refer to an existing user' },
  ]);

export const unknownParent = () =>
  new InvalidInputError('The parent department does not exist', [
    { field: 'parentId', message: 'parentId must refer to an existing department' },
  ]);

export const departmentCycle = () =>
  new RuleViolationError(
    'department_cycle',
    'A department cannot be nested under itself or one of its sub-departments',
    [{ field: 'parentId', message: 'parentId must not be this department or one below it' }],
  );
