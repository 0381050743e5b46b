import '../i18n/messages';
import { ConflictError, fieldError, msg, OwnerResolutionOptions, RuleViolationError } from '@crm/server-core';

export const customerCodeTaken = (code: string) =>
  new ConflictError('customer_code_taken', { code }, [fieldError('code', 'field.value_in_use', { value: code })]);

// Who may own a customer: core's owner rule, worded for customers.
export const CUSTOMER_OWNER_RULE: OwnerResolutionOptions = { outOfScope: msg('validation_failed.owner_out_of_scope') };

export const customerNotDeleted = () => new RuleViolationError('customer_not_deleted');

export const customerMerged = (targetId: string) => new RuleViolationError('customer_merged', { targetId });
