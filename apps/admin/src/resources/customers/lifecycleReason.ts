type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A lifecycle change's reason in the UI language: one the server wrote comes as a key with parameters
 * (ADR 0026), one a user typed as text; an unknown key falls back to the API's English text.
 */
export function lifecycleReason(
  translate: Translate,
  change: { reason?: string | null; reasonKey?: unknown; reasonParams?: unknown },
): string {
  const text = change.reason ?? '';
  if (typeof change.reasonKey !== 'string' || !change.reasonKey) return text;
  const params = change.reasonParams && typeof change.reasonParams === 'object' ? change.reasonParams : {};
  return translate(`crm.customers.lifecycle_reasons.${change.reasonKey}`, { ...params, _: text });
}
