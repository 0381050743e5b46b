// The customer's fixed classifications (SPEC 1.1, 1.2). Values are stored as these strings and
// checked by the schema too (ck_customers_*).

export enum CustomerKind {
  Consumer = 'consumer',
  Enterprise = 'enterprise',
  Channel = 'channel',
  Internal = 'internal',
  PublicInterest = 'public_interest',
}

export enum CustomerStatus {
  Prospect = 'prospect',
  Active = 'active',
  Inactive = 'inactive',
  Lost = 'lost',
}

// The customer pyramid by revenue contribution: top 1%, next 4%, next 15%, remaining 80%.
export enum ValueTier {
  Vip = 'vip',
  Major = 'major',
  Ordinary = 'ordinary',
  Small = 'small',
}

export enum AbcClass {
  A = 'A',
  B = 'B',
  C = 'C',
}

// Most valuable, most growable, below zero (cost to serve exceeds margin).
export enum ValueGroup {
  Mvc = 'mvc',
  Mgc = 'mgc',
  Bz = 'bz',
}

// Screening of prospects by fit score (数据甄别, SPEC 1.7): A pursue now, B nurture, C keep on file,
// eliminate drop.
export enum ScreeningGrade {
  A = 'a',
  B = 'b',
  C = 'c',
  Eliminate = 'eliminate',
}

export enum Stability {
  Potential = 'potential',
  New = 'new',
  Repeat = 'repeat',
  Loyal = 'loyal',
}

export enum Behaviour {
  Loyal = 'loyal',
  Disloyal = 'disloyal',
  NewlyAcquired = 'newly_acquired',
  NewlyDeveloped = 'newly_developed',
  Occasional = 'occasional',
  Lost = 'lost',
}

export enum ConsumptionTrait {
  Lighthouse = 'lighthouse',
  Follower = 'follower',
  Rational = 'rational',
  ProfitSeeking = 'profit_seeking',
}

export enum SocialStyle {
  Driver = 'driver',
  Expressive = 'expressive',
  Amiable = 'amiable',
  Analytical = 'analytical',
}

// Kotler's levels of relationship marketing.
export enum RelationshipLevel {
  Basic = 'basic',
  Reactive = 'reactive',
  Accountable = 'accountable',
  Proactive = 'proactive',
  Partnership = 'partnership',
}

export enum LifecycleStage {
  Exploration = 'exploration',
  Formation = 'formation',
  Stability = 'stability',
  Decline = 'decline',
  Terminated = 'terminated',
}

// Classifications a background job computes; setting one by hand records it here so the job keeps it.
export enum OverridableClassification {
  ValueTier = 'valueTier',
  AbcClass = 'abcClass',
  ValueGroup = 'valueGroup',
  Stability = 'stability',
  Behaviour = 'behaviour',
  LifecycleStage = 'lifecycleStage',
  ScreeningGrade = 'screeningGrade',
}

// The action sales management recommends for each behaviour category.
export const BEHAVIOUR_ACTIONS: Record<Behaviour, string> = {
  [Behaviour.Loyal]: 'Keep them close: reward loyalty and offer premium service',
  [Behaviour.Disloyal]: 'Find out why they buy elsewhere and address it',
  [Behaviour.NewlyAcquired]: 'Welcome them and secure the second purchase',
  [Behaviour.NewlyDeveloped]: 'Nurture the relationship towards a first order',
  [Behaviour.Occasional]: 'Raise purchase frequency with targeted offers',
  [Behaviour.Lost]: 'Follow up and win back',
};

// Order used when sorting by value tier (most valuable first).
export const VALUE_TIER_ORDER = [ValueTier.Vip, ValueTier.Major, ValueTier.Ordinary, ValueTier.Small];

export const enumValues = <E extends Record<string, string>>(e: E) => Object.values(e) as E[keyof E][];
export const oneOf = (field: string, e: Record<string, string>) =>
  `${field} must be one of: ${Object.values(e).join(', ')}`;
