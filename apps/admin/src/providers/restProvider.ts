import type { Client, paths, ProblemDetails } from '@crm/api-client';
import type { DataProvider, GetListParams, Identifier, RaRecord, UpdateParams } from 'react-admin';
import { type ApiClient, idChunks, MAX_PAGE_SIZE, ok } from './client';
import { requestBody } from './requestBody';

type Fields = Record<string, unknown>;
export type ListQuery = Record<string, string | number | boolean | string[]>;

// The API's REST convention (ARCHITECTURE.md), written once as two path templates, so react-admin's generic
// calls stay typed: GET /{resource}?page&pageSize&sort&q&<filters> → {data,total,page,pageSize}; POST /{resource};
// GET, PATCH and DELETE /{resource}/{id}.
interface Page {
  data: RaRecord[];
  total: number;
  page: number;
  pageSize: number;
}
interface Json<T> {
  headers: Record<string, unknown>;
  content: { 'application/json': T };
}
interface Problem {
  headers: Record<string, unknown>;
  content: { 'application/problem+json': ProblemDetails };
}
interface JsonBody {
  content: { 'application/json': Fields };
}
type InResource = { resource: string };
type InRecord = { resource: string; id: string };

interface RestPaths {
  '/api/v1/{resource}': {
    get: {
      parameters: { path: InResource; query: ListQuery };
      responses: { 200: Json<Page>; default: Problem };
    };
    post: {
      parameters: { path: InResource };
      requestBody: JsonBody;
      responses: { 201: Json<RaRecord>; default: Problem };
    };
  };
  '/api/v1/{resource}/{id}': {
    get: { parameters: { path: InRecord }; responses: { 200: Json<RaRecord>; default: Problem } };
    patch: {
      parameters: { path: InRecord };
      requestBody: JsonBody;
      responses: { 200: Json<RaRecord>; default: Problem };
    };
    delete: {
      parameters: { path: InRecord };
      responses: { 200: Json<RaRecord>; 204: { headers: Record<string, unknown>; content?: never }; default: Problem };
    };
  };
}

// Compile-time proof that the generated API follows the convention: every paged collection answers the envelope.
type CollectionPath = {
  [P in keyof paths]: P extends `/api/v1/${infer R}`
    ? R extends `${string}/${string}`
      ? never
      : paths[P] extends { get: { parameters: { query?: { page?: number; pageSize?: number; sort?: string } } } }
        ? P
        : never
    : never;
}[keyof paths];
type ListAnswer<P extends CollectionPath> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer A } } } };
}
  ? A
  : never;
type Conforming = {
  [P in CollectionPath]: ListAnswer<P> extends { data: Array<{ id: string }>; total: number } ? true : P;
};
type Assert<T extends true> = T;
export type _EveryCollectionIsPaged = Assert<Conforming[CollectionPath]>;
/** The resources the generic adapter serves (a paged list at /api/v1/<name>). */
export type ResourceName = CollectionPath extends `/api/v1/${infer R}` ? R : never;

/** Turns react-admin's list params into the API's query string parameters. */
export function toListQuery(params: Partial<GetListParams>): ListQuery {
  const query: ListQuery = {};
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  query.page = page;
  query.pageSize = Math.min(perPage, MAX_PAGE_SIZE);
  if (params.sort?.field) {
    query.sort = `${params.sort.order === 'DESC' ? '-' : ''}${params.sort.field}`;
  }
  for (const [key, value] of Object.entries(params.filter ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    query[key] = Array.isArray(value) ? value.map(String) : (value as string | number | boolean);
  }
  return query;
}

/** The fields of `data` that differ from `previous`. */
export function changedFields(data: Fields, previous: Fields | undefined): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    // An input left empty (react-admin parses '' to null) for a field the record never had is no change.
    if (previous && !(key in previous) && (value === null || value === '')) continue;
    if (previous && JSON.stringify(previous[key]) === JSON.stringify(value)) continue;
    out[key] = value;
  }
  return out;
}

/**
 * react-admin's CRUD methods on the API's list convention, for every resource. Per-resource quirks go in lifecycle
 * callbacks (providers/resources/*), non-CRUD endpoints in named methods on the typed client.
 */
export function createRestProvider(client: ApiClient): DataProvider {
  // The typed client seen through the two convention templates above (checked against the generated paths).
  const rest = client as unknown as Client<RestPaths>;
  const path = (resource: string) => ({ resource });
  const record = (resource: string, id: Identifier) => ({ resource, id: String(id) });

  async function list(resource: string, query: ListQuery, signal?: AbortSignal) {
    const page = await ok(rest.GET('/api/v1/{resource}', { params: { path: path(resource), query }, signal }));
    return { data: page.data, total: page.total };
  }

  const getOne = (resource: string, id: Identifier, signal?: AbortSignal) =>
    ok(rest.GET('/api/v1/{resource}/{id}', { params: { path: record(resource, id) }, signal }));

  // Only the fields the PATCH body accepts, only those that changed, plus the version for optimistic locking
  // (the server answers 409 when someone else saved in between).
  async function update(resource: string, params: UpdateParams) {
    const operation = `PATCH /api/v1/${resource}/{id}`;
    const previous = params.previousData ? requestBody(operation, params.previousData) : undefined;
    const changes = changedFields(requestBody(operation, params.data), previous);
    const version = params.previousData?.version ?? params.data.version;
    const body = requestBody(operation, { ...changes, version });
    return ok(rest.PATCH('/api/v1/{resource}/{id}', { params: { path: record(resource, params.id) }, body }));
  }

  const remove = (resource: string, id: Identifier) =>
    ok(rest.DELETE('/api/v1/{resource}/{id}', { params: { path: record(resource, id) } }));

  // react-admin's methods are generic in the record type; the API hands back records, which the caller names.
  const as = <R>(value: unknown) => value as R;

  return {
    supportAbortSignal: true,

    getList: async (resource, params) => as(await list(resource, toListQuery(params), params.signal)),

    getOne: async (resource, params) => ({ data: as(await getOne(resource, params.id, params.signal)) }),

    // One list request per 200 ids (the API's `id` filter) rather than one request per record;
    // records deleted or outside the user's visibility are simply missing.
    getMany: async (resource, params) => {
      const pages = await Promise.all(
        idChunks(params.ids).map((chunk) =>
          list(resource, { id: chunk.join(','), page: 1, pageSize: chunk.length }, params.signal),
        ),
      );
      return { data: as(pages.flatMap((page) => page.data)) };
    },

    getManyReference: async (resource, params) =>
      as(
        await list(
          resource,
          toListQuery({ ...params, filter: { ...params.filter, [params.target]: params.id } }),
          params.signal,
        ),
      ),

    create: async (resource, params) => {
      const body = requestBody(`POST /api/v1/${resource}`, params.data);
      return { data: as(await ok(rest.POST('/api/v1/{resource}', { params: { path: path(resource) }, body }))) };
    },

    update: async (resource, params) => ({ data: as(await update(resource, params)) }),

    updateMany: async (resource, params) => {
      const ids = await Promise.all(
        params.ids.map(async (id) => {
          await update(resource, { id, data: params.data, previousData: await getOne(resource, id) });
          return id;
        }),
      );
      return { data: ids };
    },

    // DELETE answers 204; react-admin still wants the record back.
    delete: async (resource, params) => ({
      data: as((await remove(resource, params.id)) ?? params.previousData ?? { id: params.id }),
    }),

    deleteMany: async (resource, params) => {
      await Promise.all(params.ids.map((id) => remove(resource, id)));
      return { data: params.ids };
    },
  };
}
