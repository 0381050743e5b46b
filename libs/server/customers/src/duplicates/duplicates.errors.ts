import '../i18n/messages';
import { fieldError, RuleViolationError } from '@crm/server-core';

export const cannotMergeIntoItself = () =>
  new RuleViolationError('cannot_merge_into_itself', [fieldError('sourceId', 'field.not_target_customer')]);
