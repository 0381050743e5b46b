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
import { vi } from 'vitest';
import type { CrmActions, CrmDataProvider, DashboardTile } from '../providers/types';

type Db = Record<string, RaRecord[]>;

const matches = (record: RaRecord, filter: Record<string, unknown>) =>
  Object.entries(filter).every(([key, value]) => {
    if (key === 'q') {
      return Object.values(record).some(
        (v) => typeof v === 'string' && v.toLowerCase().includes(String(value).toLowerCase()),
      );
    }
    const field = record[key];
    return Array.isArray(field) ? field.includes(value) : field === value;
  });

/** An in-memory CrmDataProvider whose methods are vitest spies, so tests can both use and override them. */
export function fakeDataProvider(initial: Db = {}): CrmDataProvider {
  const db: Db = structuredClone(initial);
  const table = (resource: string) => (db[resource] ??= []);
  const find = (resource: string, id: Identifier) => {
    const record = table(resource).find((r) => String(r.id) === String(id));
    if (!record) throw new Error(`${resource} ${id} not found`);
    return record;
  };
  const list = (resource: string, params: Partial<GetListParams>) => {
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const { field = 'id', order = 'ASC' } = params.sort ?? {};
    const rows = table(resource)
      .filter((r) => matches(r, params.filter ?? {}))
      .sort((a, b) => String(a[field] ?? '').localeCompare(String(b[field] ?? '')) * (order === 'ASC' ? 1 : -1));
    return { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
  };
  let nextId = 1000;

  // Plain records in, plain records out; react-admin's per-call generics add nothing to a test fake.
  const methods = {
    getList: async (resource: string, params: GetListParams) => list(resource, params),
    getOne: async (resource: string, { id }: GetOneParams) => ({ data: find(resource, id) }),
    getMany: async (resource: string, { ids }: GetManyParams) => ({ data: ids.map((id) => find(resource, id)) }),
    getManyReference: async (resource: string, params: GetManyReferenceParams) =>
      list(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } }),
    create: async (resource: string, { data }: CreateParams) => {
      const record = { ...data, id: String(nextId++) };
      table(resource).push(record);
      return { data: record };
    },
    update: async (resource: string, { id, data }: UpdateParams) => {
      const record = Object.assign(find(resource, id), data);
      return { data: record };
    },
    updateMany: async (resource: string, { ids, data }: UpdateManyParams) => {
      ids.forEach((id) => Object.assign(find(resource, id), data));
      return { data: ids };
    },
    delete: async (resource: string, { id }: DeleteParams) => {
      const record = find(resource, id);
      db[resource] = table(resource).filter((r) => r !== record);
      return { data: record };
    },
    deleteMany: async (resource: string, { ids }: DeleteManyParams) => {
      db[resource] = table(resource).filter((r) => !ids.map(String).includes(String(r.id)));
      return { data: ids };
    },
    listPermissions: async () => table('permissions') as never,
    revokeApiKey: async (id: Identifier) => {
      const record = find('api-keys', id);
      record.revokedAt = new Date().toISOString();
      return record;
    },
    markNotificationRead: async (id: Identifier) => {
      find('notifications', id).readAt = new Date().toISOString();
    },
    markAllNotificationsRead: async () => {
      table('notifications').forEach((n) => (n.readAt ??= new Date().toISOString()));
    },
    unreadNotificationCount: async () => table('notifications').filter((n) => !n.readAt).length,
    // The tiles as the API would answer them: tests put DashboardTile objects in 'dashboard-tiles'.
    listDashboardTiles: async () => table('dashboard-tiles') as unknown as DashboardTile[],
    changePassword: async () => undefined,

    // Non-CRUD customer actions read and write the same tables; tests override them to script API answers.
    listLifecycleChanges: async (customerId: Identifier) => {
      const rows = table('lifecycle-changes').filter((r) => r.customerId === customerId);
      return { data: rows, total: rows.length };
    },
    changeLifecycleStage: async (customerId: Identifier, stage: string, reason: string) => {
      const customer = find('customers', customerId);
      const change = {
        id: String(nextId++),
        customerId,
        fromStage: customer.lifecycleStage,
        toStage: stage,
        reason,
        origin: 'manual',
        actorId: null,
        actorName: 'Ada Admin',
        occurredAt: new Date().toISOString(),
      };
      customer.lifecycleStage = stage;
      table('lifecycle-changes').unshift(change);
      return change;
    },
    getCustomerTimeline: async (customerId: Identifier, page: number, pageSize: number, types: string[] = []) => {
      const rows = table('timeline').filter(
        (r) => r.customerId === customerId && (!types.length || types.includes(String(r.type))),
      );
      return { data: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length };
    },
    listCustomerTimelineTypes: async (customerId: Identifier) =>
      table('timeline-types').map((t) => ({
        type: String(t.type),
        label: String(t.label),
        count: table('timeline').filter((r) => r.customerId === customerId && r.type === t.type).length,
      })),
    restoreCustomer: async (id: Identifier) => Object.assign(find('customers', id), { deletedAt: null }),
    bulkUpdateCustomers: async (ids: Identifier[], changes: { ownerId?: string | null; status?: string }) => {
      ids.forEach((id) => Object.assign(find('customers', id), changes));
      return { updated: ids.length, unchanged: 0, failed: [] };
    },
    getPrimaryContacts: async (customerIds: Identifier[]) =>
      new Map(
        table('contacts')
          .filter((c) => c.isPrimary && customerIds.map(String).includes(String(c.customerId)))
          .map((c) => [String(c.customerId), c]),
      ),
    listDuplicateCustomers: async () => ({ data: table('duplicates'), total: table('duplicates').length }),
    mergeCustomers: async (keepId: Identifier) => find('customers', keepId),
    getCustomerOverview: async () => ({
      outstandingAmount: '0.00',
      unpaidOrderCount: 0,
      primaryContact: null,
      nextStep: null,
    }),
    checkCustomerDuplicates: async () => [],
    getNextOrderNumber: async () => 'SO-2026-000001',
    orderAction: async (id: Identifier, action: string) => {
      const next: Record<string, string> = {
        confirm: 'confirmed',
        deliver: 'delivered',
        complete: 'completed',
        cancel: 'cancelled',
      };
      return Object.assign(find('orders', id), { status: next[action] });
    },
    listOrderDeliveries: async (orderId: Identifier) => {
      const rows = table('deliveries').filter((r) => r.orderId === orderId);
      return { data: rows, total: rows.length };
    },
    uploadFile: async (entity: string, entityId: Identifier, file: File) => {
      const record = { id: String(nextId++), entity, entityId, fileName: file.name, size: file.size };
      table('files').push(record);
      return record;
    },
    downloadFile: async () => ({ blob: new Blob(['x']), fileName: 'file.txt' }),
    searchRecords: async (q: string) =>
      table('search').filter((r) => String(r.title).toLowerCase().includes(q.toLowerCase())),
    startImport: async ({ entity, file, dryRun }: { entity: string; file: File; dryRun: boolean }) => ({
      id: String(nextId++),
      entity,
      fileName: file.name,
      format: 'csv',
      dryRun,
      status: 'completed',
      totalRows: 0,
      processedRows: 0,
      created: 0,
      updated: 0,
      failed: 0,
      errorCount: 0,
      ignoredColumns: [],
      error: null,
      errors: [],
      createdById: null,
      startedAt: null,
      finishedAt: null,
      createdAt: new Date().toISOString(),
    }),
    getImport: async (id: Identifier) => find('imports', id),
    listImportableEntities: async () =>
      table('importable-entities').map(({ id, ...e }) => ({ entity: String(id), ...e }) as never),
    listExportableLists: async () =>
      table('exportable-lists').map(({ id, label }) => ({ entity: String(id), label: String(label) })),
    downloadImportTemplate: async (entity: string, format: string) => ({
      blob: new Blob(['']),
      fileName: `${entity}.${format}`,
    }),
    exportRecords: async (entity: string, format: string) => ({
      blob: new Blob(['']),
      fileName: `${entity}.${format}`,
    }),
    // Webhook actions answer empty; resources/webhooks/webhookTestProvider.ts scripts a delivery log.
    listWebhookEvents: async () => [],
    listWebhookDeliveries: async (_webhookId: Identifier, { page, pageSize }: { page: number; pageSize: number }) => ({
      data: [],
      total: 0,
      page,
      pageSize,
    }),
    getWebhookDelivery: async (_webhookId: Identifier, deliveryId: Identifier) =>
      find('webhook-deliveries', deliveryId),
    testWebhook: async (webhookId: Identifier) => {
      throw new Error(`no test send scripted for webhook ${webhookId}`);
    },
  };
  // Every named method of the real provider has a fake, so a component test never hits an undefined method.
  const _complete: Record<keyof CrmActions, unknown> = methods;
  const spied = Object.fromEntries(Object.entries(methods).map(([name, fn]) => [name, vi.fn(fn)]));
  return spied as unknown as CrmDataProvider;
}
