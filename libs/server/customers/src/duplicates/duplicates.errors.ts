import { RuleViolationError } from '@crm/server-core';

export const cannotMergeIntoItself = () =>
  new RuleViolationError('cannot_merge_into_itself', 'A customer cannot be merged into itself', [
    { field: 'sourceId', message: 'sourceId must differ from the target customer' },
  ]);
