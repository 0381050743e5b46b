import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export type { paths, components, operations } from './schema';
export type { Client } from 'openapi-fetch';
export { bodyFields, requestBodies } from './request-bodies';

/** The generated client: every path, parameter, body and answer typed from the OpenAPI document. */
export type ApiClient = Client<paths>;

/** RFC 9457 problem details, as every API error answers. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: Array<{ field: string; message: string }>;
  code?: string;
  instance?: string;
  traceId?: string;
}

export interface ApiClientOptions {
  /** The access token to send; may first refresh it (hence the promise). */
  getToken: () => string | undefined | Promise<string | undefined>;
  /** Called on a 401; resolve true when the token was renewed and the request should be retried once. */
  onUnauthorized?: () => boolean | Promise<boolean>;
  /** For tests and non-browser callers. */
  fetch?: (input: Request) => Promise<Response>;
}

export const isProblemDetails = (body: unknown): body is ProblemDetails =>
  typeof body === 'object' &&
  body !== null &&
  typeof (body as ProblemDetails).status === 'number' &&
  typeof (body as ProblemDetails).title === 'string';

/** An openapi-fetch client that sends the bearer token and retries once after a successful token renewal. */
export function createApiClient(baseUrl: string, opts: ApiClientOptions): Client<paths> {
  const doFetch = opts.fetch ?? ((input: Request) => globalThis.fetch(input));
  const client = createClient<paths>({ baseUrl, fetch: doFetch });
  // A request body can be read once, so keep a copy per request for the retry.
  const pending = new Map<string, Request>();

  const auth: Middleware = {
    async onRequest({ request, id }) {
      const token = await opts.getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      if (opts.onUnauthorized) pending.set(id, request.clone());
      return request;
    },
    async onResponse({ response, id }) {
      const original = pending.get(id);
      pending.delete(id);
      if (response.status !== 401 || !original || !opts.onUnauthorized) return response;
      if (!(await opts.onUnauthorized())) return response;
      const token = await opts.getToken();
      const retry = new Request(original);
      if (token) retry.headers.set('Authorization', `Bearer ${token}`);
      return doFetch(retry);
    },
    onError({ id }) {
      pending.delete(id);
    },
  };
  client.use(auth);
  return client;
}
