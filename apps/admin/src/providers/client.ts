import type { ApiClient } from '@crm/api-client';
import { toHttpError } from './problem';
import type { Download } from './types';

export type { ApiClient } from '@crm/api-client';

/** The API's largest page and its `id` filter's largest list. */
export const MAX_PAGE_SIZE = 200;

/** What every openapi-fetch call resolves to: the typed answer, or the problem the API sent instead. */
type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The typed answer of a call, or the API's problem details thrown as react-admin's HttpError. */
export async function ok<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) throw toHttpError(error, response.status);
  // 204 answers have no body: their generated type is `never`, so nothing reads it.
  return data as T;
}

/** A blob download with the file name the server suggested. */
export async function download(call: Promise<Answer<Blob>>, fallback: string): Promise<Download> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok || !data) throw toHttpError(error, response.status);
  return { blob: data, fileName: fileNameOf(response, fallback) };
}

/** The file name from a Content-Disposition header, or a fallback. */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

/** A multipart body; the generated schema types binary parts as strings, so files travel beside the typed body. */
export function formData(fields: Record<string, string | Blob>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

/** Distinct ids in slices the API's id filters accept (at most 200 per request). */
export function idChunks(ids: ReadonlyArray<string | number>): string[][] {
  const distinct = [...new Set(ids.map(String))];
  return Array.from({ length: Math.ceil(distinct.length / MAX_PAGE_SIZE) }, (_, i) =>
    distinct.slice(i * MAX_PAGE_SIZE, (i + 1) * MAX_PAGE_SIZE),
  );
}

/** Named non-CRUD methods of one resource, built on the typed client (see providers/resources/). */
export type Actions = (client: ApiClient) => Record<string, (...args: never[]) => Promise<unknown>>;
