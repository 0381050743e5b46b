import type { components } from '@crm/api-client';
import type { ChipColor } from '../../components/EnumChip';
import { enumChoices } from '../../components/enums';

type S = components['schemas'];

// Runtime lists of the API's enums; `satisfies` breaks the build when the API renames a value.
export const CUSTOMER_KINDS = [
  'consumer',
  'enterprise',
  'channel',
  'internal',
  'public_interest',
] as const satisfies readonly S['CustomerKind'][];
export const CUSTOMER_STATUSES = [
  'prospect',
  'active',
  'inactive',
  'lost',
] as const satisfies readonly S['CustomerStatus'][];
export const VALUE_TIERS = ['vip', 'major', 'ordinary', 'small'] as const satisfies readonly S['ValueTier'][];
export const ABC_CLASSES = ['A', 'B', 'C'] as const satisfies readonly S['AbcClass'][];
export const VALUE_GROUPS = ['mvc', 'mgc', 'bz'] as const satisfies readonly S['ValueGroup'][];
export const STABILITIES = ['potential', 'new', 'repeat', 'loyal'] as const satisfies readonly S['Stability'][];
export const BEHAVIOURS = [
  'loyal',
  'disloyal',
  'newly_acquired',
  'newly_developed',
  'occasional',
  'lost',
] as const satisfies readonly S['Behaviour'][];
export const CONSUMPTION_TRAITS = [
  'lighthouse',
  'follower',
  'rational',
  'profit_seeking',
] as const satisfies readonly S['ConsumptionTrait'][];
export const SOCIAL_STYLES = [
  'driver',
  'expressive',
  'amiable',
  'analytical',
] as const satisfies readonly S['SocialStyle'][];
export const RELATIONSHIP_LEVELS = [
  'basic',
  'reactive',
  'accountable',
  'proactive',
  'partnership',
] as const satisfies readonly S['RelationshipLevel'][];
export const LIFECYCLE_STAGES = [
  'exploration',
  'formation',
  'stability',
  'decline',
  'terminated',
] as const satisfies readonly S['LifecycleStage'][];
export const SCREENING_GRADES = ['a', 'b', 'c', 'eliminate'] as const satisfies readonly S['ScreeningGrade'][];
export const GENDERS = ['male', 'female', 'other'] as const satisfies readonly S['Gender'][];
export const BUYING_ROLES = [
  'user',
  'influencer',
  'decider',
  'approver',
  'buyer',
  'gatekeeper',
] as const satisfies readonly S['BuyingRole'][];

export const choices = {
  kind: enumChoices('kind', CUSTOMER_KINDS),
  status: enumChoices('customerStatus', CUSTOMER_STATUSES),
  valueTier: enumChoices('valueTier', VALUE_TIERS),
  abcClass: enumChoices('abcClass', ABC_CLASSES),
  valueGroup: enumChoices('valueGroup', VALUE_GROUPS),
  stability: enumChoices('stability', STABILITIES),
  behaviour: enumChoices('behaviour', BEHAVIOURS),
  consumptionTrait: enumChoices('consumptionTrait', CONSUMPTION_TRAITS),
  socialStyle: enumChoices('socialStyle', SOCIAL_STYLES),
  relationshipLevel: enumChoices('relationshipLevel', RELATIONSHIP_LEVELS),
  lifecycleStage: enumChoices('lifecycleStage', LIFECYCLE_STAGES),
  screeningGrade: enumChoices('screeningGrade', SCREENING_GRADES),
  gender: enumChoices('gender', GENDERS),
  buyingRole: enumChoices('buyingRole', BUYING_ROLES),
};

export const STATUS_COLORS: Record<string, ChipColor> = {
  prospect: 'info',
  active: 'success',
  inactive: 'default',
  lost: 'error',
};
export const TIER_COLORS: Record<string, ChipColor> = {
  vip: 'secondary',
  major: 'primary',
  ordinary: 'default',
  small: 'default',
};
export const GRADE_COLORS: Record<string, ChipColor> = {
  a: 'success',
  b: 'primary',
  c: 'default',
  eliminate: 'error',
};
export const STAGE_COLORS: Record<string, ChipColor> = {
  exploration: 'info',
  formation: 'primary',
  stability: 'success',
  decline: 'warning',
  terminated: 'error',
};

/** Classifications a job computes; setting one by hand is recorded in classificationOverrides. */
export const COMPUTED_CLASSIFICATIONS = [
  'valueTier',
  'abcClass',
  'valueGroup',
  'stability',
  'behaviour',
  'lifecycleStage',
  'screeningGrade',
] as const satisfies readonly S['OverridableClassification'][];
