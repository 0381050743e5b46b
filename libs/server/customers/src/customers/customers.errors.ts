import { ConflictError, fieldError, InvalidInputError, msg, RuleViolationError } from '@crm/server-core';

export const customerCodeTaken = (code: string) =>
  new ConflictError('customer_code_taken', { code }, [fieldError('code', 'field.value_in_use', { value: code })]);

export const unknownOwner = () =>
  new InvalidInputError(msg('validation_failed.unknown_owner'), [fieldError('ownerId', 'field.active_user')]);

export const ownerOutOfScope = () =>
  new InvalidInputError(msg('validation_failed.owner_out_of_scope'), [fieldError('ownerId', 'field.you_or_team')]);

export const customerNotDeleted = () => new RuleViolationError('customer_not_deleted');

export const customerMerged = (targetId: string) => new RuleViolationError('customer_merged', { targetId });
