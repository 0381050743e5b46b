import { RuleViolationError } from '@crm/server-core';

export const stageUnchanged = (stage: string) =>
  new RuleViolationError('lifecycle_stage_unchanged', `The customer is already in the ${stage} stage`, [
    { field: 'stage', message: `stage is already ${stage}` },
  ]);
