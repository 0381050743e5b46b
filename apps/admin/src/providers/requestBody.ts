import { bodyFields, requestBodies } from '@crm/api-client';

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

function pick(schema: string, data: Fields): Fields {
  const accepted = bodyFields[schema] ?? {};
  const out: Fields = {};
  for (const [key, value] of Object.entries(data)) {
    if (!(key in accepted)) continue;
    const nested = accepted[key];
    if (nested && Array.isArray(value)) out[key] = value.map((item) => (isFields(item) ? pick(nested, item) : item));
    else if (nested && isFields(value)) out[key] = pick(nested, value);
    else out[key] = value;
  }
  return out;
}

/** The body schema of `METHOD path` (a generated OpenAPI path such as `/api/v1/orders/{id}`), if it takes JSON. */
export const bodySchemaOf = (operation: string): string | undefined =>
  (requestBodies as Record<string, string | undefined>)[operation];

/**
 * The fields of `data` that the operation's request body accepts, read from the OpenAPI document (nested objects
 * and arrays of objects too): server-owned fields (id, createdAt, totals, counters…) never leave the browser,
 * since the API rejects unknown fields with 400.
 */
export function requestBody(operation: string, data: Fields): Fields {
  const schema = bodySchemaOf(operation);
  return schema ? pick(schema, data) : {};
}
