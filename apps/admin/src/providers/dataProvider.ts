import type { components, UntypedClient } from '@crm/api-client';
import type {
  CreateParams,
  DeleteManyParams,
  DeleteParams,
  GetListParams,
  GetManyParams,
  GetManyReferenceParams,
  GetOneParams,
  Identifier,
  RaRecord,
  UpdateManyParams,
  UpdateParams,
} from 'react-admin';
import { toHttpError } from './problem';
import type {
  ApiKey,
  BulkUpdateResult,
  Contact,
  CrmDataProvider,
  Customer,
  Delivery,
  DuplicateGroup,
  DataImport,
  LifecycleChange,
  Order,
  Paged,
  SearchResult,
  StoredFile,
  TimelineItem,
} from './types';

type Schemas = components['schemas'];

// Outgoing webhooks (admin only). `secret` is present only in the create response, once.
export type Webhook = Schemas['WebhookDto'] & Partial<Pick<Schemas['CreatedWebhookDto'], 'secret'>> & RaRecord<string>;
export type WebhookDelivery = Schemas['WebhookDeliveryDto'];
export type WebhookDeliveryDetail = Schemas['WebhookDeliveryDetailDto'];
export type WebhookDeliveryStatus = Schemas['WebhookDeliveryStatus'];

/** The webhook endpoints that are not CRUD: the event catalog, the delivery log and test sends. */
export interface WebhookActions {
  listWebhookEvents: () => Promise<string[]>;
  listWebhookDeliveries: (
    webhookId: Identifier,
    params: { page: number; pageSize: number; status?: WebhookDeliveryStatus },
  ) => Promise<Paged<WebhookDelivery>>;
  getWebhookDelivery: (webhookId: Identifier, deliveryId: Identifier) => Promise<WebhookDeliveryDetail>;
  testWebhook: (webhookId: Identifier) => Promise<WebhookDeliveryDetail>;
}

export type WebhookDataProvider = CrmDataProvider & WebhookActions;

const API = '/api/v1';
const MAX_PAGE_SIZE = 200;

/** Distinct ids in slices the API's id filters accept (at most 200 per request). */
function idChunks(ids: Identifier[]): string[][] {
  const distinct = [...new Set(ids.map(String))];
  return Array.from({ length: Math.ceil(distinct.length / MAX_PAGE_SIZE) }, (_, i) =>
    distinct.slice(i * MAX_PAGE_SIZE, (i + 1) * MAX_PAGE_SIZE),
  );
}

interface Envelope<T> {
  data: T[];
  total: number;
  page: number;
  pageSize: number;
}

type Query = Record<string, string | number | boolean | string[]>;

// Fields the server owns; PATCH bodies with them are rejected (unknown/forbidden fields).
const SERVER_FIELDS = ['id', 'createdAt', 'updatedAt', 'version'];
const READ_ONLY: Record<string, string[]> = {
  users: ['email', 'lastLoginAt'],
  departments: [],
  'api-keys': ['prefix', 'lastUsedAt', 'revokedAt', 'createdById', 'key'],
  notifications: ['readAt'],
  'dictionary-entries': ['type', 'key'],
  customers: [
    'behaviourAction',
    'firstOrderAt',
    'lastOrderAt',
    'orderCount',
    'totalRevenue',
    'mergedIntoId',
    'deletedAt',
  ],
  // A contact's or interaction's customer never changes.
  contacts: ['customerId'],
  interactions: ['customerId'],
  orders: [
    'status',
    'subtotal',
    'discountTotal',
    'total',
    'paidAmount',
    'outstandingAmount',
    'deliveryStatus',
    'deliveredAt',
    'confirmedAt',
    'completedAt',
    'cancelledAt',
    'cancelReason',
    'createdById',
  ],
  // The amount and order of a payment never change: delete it and record the right one.
  payments: ['orderId', 'customerId', 'amount'],
  // The secret is write-only; failures and deliveries are counted by the server.
  webhooks: ['secret', 'failureCount', 'disabledAt', 'lastDeliveryAt', 'createdById'],
};

type Fields = Record<string, unknown>;

// Order lines come back with server-computed fields (id, productName, lineTotal) the API refuses as input.
const toLineInput = (line: Fields) => ({
  productId: line.productId,
  quantity: Number(line.quantity),
  unitPrice: line.unitPrice === undefined || line.unitPrice === null ? undefined : String(line.unitPrice),
  discount: line.discount === undefined || line.discount === null ? 0 : Number(line.discount),
});

/** Per-resource reshaping of records into the API's input shape, applied before diffing and sending. */
const TO_INPUT: Record<string, (data: Fields) => Fields> = {
  orders: (data) => (Array.isArray(data.lines) ? { ...data, lines: (data.lines as Fields[]).map(toLineInput) } : data),
};
const toInput = (resource: string, data: Fields | undefined) =>
  data && TO_INPUT[resource] ? TO_INPUT[resource](data) : data;

/** The file name from a Content-Disposition header, or a fallback. */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

/** Turns react-admin's list params into the API's query string parameters. */
export function toListQuery(params: Partial<GetListParams>): Query {
  const query: Query = {};
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

/** The fields of `data` that differ from `previous`, without server-owned ones. */
export function changedFields(
  resource: string,
  data: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const skip = new Set([...SERVER_FIELDS, ...(READ_ONLY[resource] ?? [])]);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (skip.has(key) || value === undefined) continue;
    // An input left empty (react-admin parses '' to null) for a field the record never had is no change.
    if (previous && !(key in previous) && (value === null || value === '')) continue;
    if (previous && JSON.stringify(previous[key]) === JSON.stringify(value)) continue;
    out[key] = value;
  }
  return out;
}

export function createDataProvider(client: UntypedClient): WebhookDataProvider {
  const fail = (error: unknown, response: Response) => toHttpError(error, response.status);

  async function getList<R extends RaRecord>(resource: string, query: Query, signal?: AbortSignal) {
    const { data, error, response } = await client.GET(`${API}/${resource}`, { params: { query }, signal });
    if (error !== undefined) throw fail(error, response);
    const page = data as Envelope<R>;
    return { data: page.data, total: page.total };
  }

  async function getOne<R extends RaRecord>(resource: string, id: Identifier, signal?: AbortSignal): Promise<R> {
    const { data, error, response } = await client.GET(`${API}/${resource}/${encodeURIComponent(id)}`, { signal });
    if (error !== undefined) throw fail(error, response);
    return data as R;
  }

  async function post<T>(path: string, body?: unknown): Promise<T> {
    const { data, error, response } = await client.POST(path, body === undefined ? {} : { body });
    if (error !== undefined) throw fail(error, response);
    return data as T;
  }

  async function get<T>(path: string, query?: Query): Promise<T> {
    const { data, error, response } = await client.GET(path, query ? { params: { query } } : {});
    if (error !== undefined) throw fail(error, response);
    return data as T;
  }

  async function download(path: string, query: Query | undefined, fallback: string) {
    const { data, error, response } = await client.GET(path, {
      ...(query ? { params: { query } } : {}),
      parseAs: 'blob',
    });
    if (error !== undefined) throw fail(error, response);
    return { blob: data as unknown as Blob, fileName: fileNameOf(response, fallback) };
  }

  async function update<R extends RaRecord>(resource: string, params: UpdateParams<R>): Promise<R> {
    const previous = toInput(resource, params.previousData as Fields | undefined);
    const body = changedFields(resource, toInput(resource, params.data as Fields) ?? {}, previous);
    // Optimistic locking: the server answers 409 when someone else saved in between.
    const version = previous?.version ?? (params.data as Record<string, unknown>).version;
    if (version !== undefined) body.version = version;
    const { data, error, response } = await client.PATCH(`${API}/${resource}/${encodeURIComponent(params.id)}`, {
      body,
    });
    if (error !== undefined) throw fail(error, response);
    return data as R;
  }

  async function remove<R extends RaRecord>(resource: string, id: Identifier): Promise<R | undefined> {
    const { data, error, response } = await client.DELETE(`${API}/${resource}/${encodeURIComponent(id)}`);
    if (error !== undefined) throw fail(error, response);
    return data as R | undefined;
  }

  return {
    getList: <R extends RaRecord>(resource: string, params: GetListParams) =>
      getList<R>(resource, toListQuery(params), params.signal),

    getOne: async <R extends RaRecord>(resource: string, params: GetOneParams<R>) => ({
      data: await getOne<R>(resource, params.id, params.signal),
    }),

    // The API has no batch read; parallel getOne keeps references simple and cache-friendly.
    // One list request per 200 ids (the API's `id` filter) rather than one request per record;
    // records deleted or outside the user's visibility are simply missing.
    getMany: async <R extends RaRecord>(resource: string, params: GetManyParams<R>) => {
      const pages = await Promise.all(
        idChunks(params.ids).map((chunk) =>
          getList<R>(resource, { id: chunk.join(','), page: 1, pageSize: chunk.length }, params.signal),
        ),
      );
      return { data: pages.flatMap((page) => page.data) };
    },

    getManyReference: <R extends RaRecord>(resource: string, params: GetManyReferenceParams) =>
      getList<R>(resource, toListQuery({ ...params, filter: { ...params.filter, [params.target]: params.id } })),

    create: async <R extends RaRecord>(resource: string, params: CreateParams) => ({
      data: await post<R>(`${API}/${resource}`, toInput(resource, params.data as Fields)),
    }),

    update: async <R extends RaRecord>(resource: string, params: UpdateParams<R>) => ({
      data: await update<R>(resource, params),
    }),

    updateMany: async <R extends RaRecord>(resource: string, params: UpdateManyParams<R>) => {
      const ids = await Promise.all(
        params.ids.map(async (id) => {
          const previousData = await getOne<R>(resource, id);
          await update<R>(resource, { id, data: params.data, previousData });
          return id;
        }),
      );
      return { data: ids };
    },

    delete: async <R extends RaRecord>(resource: string, params: DeleteParams<R>) => {
      const data = await remove<R>(resource, params.id);
      // DELETE answers 204; react-admin still wants the record back.
      return { data: data ?? params.previousData ?? ({ id: params.id } as R) };
    },

    deleteMany: async <R extends RaRecord>(resource: string, params: DeleteManyParams<R>) => {
      await Promise.all(params.ids.map((id) => remove<R>(resource, id)));
      return { data: params.ids };
    },

    revokeApiKey: (id) => post<ApiKey>(`${API}/api-keys/${encodeURIComponent(id)}/revoke`),
    markNotificationRead: async (id) => {
      await post(`${API}/notifications/${encodeURIComponent(id)}/read`);
    },
    markAllNotificationsRead: async () => {
      await post(`${API}/notifications/read-all`);
    },
    unreadNotificationCount: async () => {
      const { data, error, response } = await client.GET(`${API}/notifications/unread-count`);
      if (error !== undefined) throw fail(error, response);
      return (data as { count: number }).count;
    },
    changePassword: async (currentPassword, newPassword) => {
      await post(`${API}/auth/change-password`, { currentPassword, newPassword });
    },

    listLifecycleChanges: (customerId, page = 1, pageSize = 50) =>
      get<Envelope<LifecycleChange>>(`${API}/customers/${encodeURIComponent(customerId)}/lifecycle`, {
        page,
        pageSize,
      }),
    changeLifecycleStage: (customerId, stage, reason) =>
      post<LifecycleChange>(`${API}/customers/${encodeURIComponent(customerId)}/lifecycle`, { stage, reason }),
    getCustomerTimeline: (customerId, page, pageSize) =>
      get<Envelope<TimelineItem>>(`${API}/customers/${encodeURIComponent(customerId)}/timeline`, { page, pageSize }),
    restoreCustomer: (id) => post<Customer>(`${API}/customers/${encodeURIComponent(id)}/restore`),
    bulkUpdateCustomers: (ids, changes) => post<BulkUpdateResult>(`${API}/customers/bulk-update`, { ids, changes }),
    // At most one primary contact per customer, so a page of 200 holds a whole slice.
    getPrimaryContacts: async (customerIds) => {
      const pages = await Promise.all(
        idChunks(customerIds).map((chunk) =>
          getList<Contact>('contacts', {
            customerId: chunk.join(','),
            isPrimary: true,
            page: 1,
            pageSize: MAX_PAGE_SIZE,
          }),
        ),
      );
      return new Map(pages.flatMap((page) => page.data.map((contact) => [contact.customerId, contact] as const)));
    },
    listDuplicateCustomers: ({ page, pageSize, reason }) =>
      get<Envelope<DuplicateGroup>>(`${API}/customers/duplicates`, { page, pageSize, ...(reason ? { reason } : {}) }),
    mergeCustomers: (keepId, sourceId) =>
      post<Customer>(`${API}/customers/${encodeURIComponent(keepId)}/merge`, { sourceId }),
    orderAction: (id, action, body) => post<Order>(`${API}/orders/${encodeURIComponent(id)}/${action}`, body),
    listOrderDeliveries: (orderId) =>
      get<Envelope<Delivery>>(`${API}/orders/${encodeURIComponent(orderId)}/deliveries`, { pageSize: MAX_PAGE_SIZE }),
    uploadFile: (entity, entityId, file) => {
      const form = new FormData();
      form.append('entity', entity);
      form.append('entityId', String(entityId));
      form.append('file', file);
      return post<StoredFile>(`${API}/files`, form);
    },
    downloadFile: (id) => download(`${API}/files/${encodeURIComponent(id)}/content`, undefined, 'download'),
    searchRecords: async (q, limit = 20) => (await get<{ data: SearchResult[] }>(`${API}/search`, { q, limit })).data,
    startImport: ({ entity, file, dryRun }) => {
      const form = new FormData();
      form.append('entity', entity);
      form.append('dryRun', String(dryRun));
      form.append('file', file);
      return post<DataImport>(`${API}/imports`, form);
    },
    getImport: (id) => get<DataImport>(`${API}/imports/${encodeURIComponent(id)}`),
    downloadImportTemplate: (entity, format) =>
      download(`${API}/imports/template`, { entity, format }, `${entity}-template.${format}`),
    exportRecords: (entity, format, filter, sort) => {
      // The export takes the list's filters and sort, without paging.
      const query = toListQuery({ filter, sort });
      delete query.page;
      delete query.pageSize;
      return download(`${API}/exports/${encodeURIComponent(entity)}`, { ...query, format }, `${entity}.${format}`);
    },

    listWebhookEvents: async () => (await get<{ events: string[] }>(`${API}/webhooks/events`)).events,
    listWebhookDeliveries: (webhookId, { page, pageSize, status }) =>
      get<Envelope<WebhookDelivery>>(`${API}/webhooks/${encodeURIComponent(webhookId)}/deliveries`, {
        page,
        pageSize: Math.min(pageSize, MAX_PAGE_SIZE),
        sort: '-createdAt',
        ...(status ? { status } : {}),
      }),
    getWebhookDelivery: (webhookId, deliveryId) =>
      get<WebhookDeliveryDetail>(
        `${API}/webhooks/${encodeURIComponent(webhookId)}/deliveries/${encodeURIComponent(deliveryId)}`,
      ),
    testWebhook: (webhookId) => post<WebhookDeliveryDetail>(`${API}/webhooks/${encodeURIComponent(webhookId)}/test`),
  };
}
