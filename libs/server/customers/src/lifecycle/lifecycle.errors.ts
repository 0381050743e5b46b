import '../i18n/messages';
import { fieldError, msg, RuleViolationError } from '@crm/server-core';
import { LifecycleStage } from '../customers/customer.enums';

const STAGE_NAMES = {
  [LifecycleStage.Exploration]: msg('lifecycle_stage.exploration'),
  [LifecycleStage.Formation]: msg('lifecycle_stage.formation'),
  [LifecycleStage.Stability]: msg('lifecycle_stage.stability'),
  [LifecycleStage.Decline]: msg('lifecycle_stage.decline'),
  [LifecycleStage.Terminated]: msg('lifecycle_stage.terminated'),
};

export const stageUnchanged = (stage: LifecycleStage) => {
  const name = STAGE_NAMES[stage] ?? stage;
  return new RuleViolationError('lifecycle_stage_unchanged', { stage: name }, [
    fieldError('stage', 'field.stage_already', { stage: name }),
  ]);
};
