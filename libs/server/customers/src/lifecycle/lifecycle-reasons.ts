// Reasons the server writes itself, kept as a key with parameters so that each reader sees them in
// their own language (the admin translates `crm.lifecycle_reasons.<key>`, ADR 0026). The English text
// is stored beside them in `reason` for integrations, search and logs. A reason a user types has no key.
export const LIFECYCLE_REASONS = {
  customer_created: 'Customer created',
  customer_edited: 'Changed on the customer record',
  first_order_confirmed: 'First order {number} confirmed',
  classification: 'classification job',
} as const;

export type LifecycleReasonKey = keyof typeof LIFECYCLE_REASONS;
export const LIFECYCLE_REASON_KEYS = Object.keys(LIFECYCLE_REASONS) as LifecycleReasonKey[];

export interface KeyedReason {
  key: LifecycleReasonKey;
  params?: Record<string, string>;
}

export const reasonOf = (key: LifecycleReasonKey, params?: Record<string, string>): KeyedReason => ({ key, params });

/** The English text of a reason: a typed one as is, a keyed one from the catalog with its parameters. */
export function reasonText(reason: string | KeyedReason): string {
  if (typeof reason === 'string') return reason;
  return LIFECYCLE_REASONS[reason.key].replace(/\{(\w+)\}/g, (m, name: string) => reason.params?.[name] ?? m);
}
