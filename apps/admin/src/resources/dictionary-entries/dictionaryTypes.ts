// The lists the API seeds (SPEC 1.6); admins may add more, which show by their raw name.
export const DICTIONARY_TYPES = [
  'customer_tier',
  'region',
  'industry',
  'customer_source',
  'lead_source',
  'interaction_type',
  'service_type',
  'complaint_category',
  'complaint_channel',
  'churn_reason',
  'payment_method',
  'product_unit',
  'competitor_strength',
] as const;

export const dictionaryTypeLabel = (type: string) => `crm.dictionary.types.${type}`;

export const dictionaryTypeChoices = DICTIONARY_TYPES.map((id) => ({ id, name: dictionaryTypeLabel(id) }));
