import { ConflictError, InvalidInputError, RuleViolationError } from '@crm/server-core';

export const customerCodeTaken = (code: string) =>
  new ConflictError('customer_code_taken', `Another customer already has the code ${code}`, [
    { field: 'code', message: `code ${code} is already in use` },
  ]);

export const unknownOwner = () =>
  new InvalidInputError('The owner does not exist or is inactive', [
    { field: 'ownerId', message: 'ownerId must refer to an active user' },
  ]);

export const ownerOutOfScope = () =>
  new InvalidInputError('You can only assign customers to yourself or your team', [
    { field: 'ownerId', message: 'ownerId must be you or a member of your team' },
  ]);

export const customerNotDeleted = () =>
  new RuleViolationError('customer_not_deleted', 'The customer is not in the bin');

export const customerMerged = (targetId: string) =>
  new RuleViolationError(
    'customer_merged',
    `The customer was merged into ${targetId} and cannot be restored; work with that customer instead`,
  );
