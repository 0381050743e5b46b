import type { Identifier } from 'react-admin';
import { type ApiClient, idChunks, MAX_PAGE_SIZE, ok } from '../client';
import type { BulkCustomerChanges, Contact, DuplicateCheck, DuplicateReason, LifecycleStage } from '../types';

// Customer actions beyond CRUD: lifecycle, timeline, bin, bulk update, duplicates and merge.
export const customerActions = (client: ApiClient) => ({
  listLifecycleChanges: (customerId: Identifier, page = 1, pageSize = 50) =>
    ok(
      client.GET('/api/v1/customers/{id}/lifecycle', {
        params: { path: { id: String(customerId) }, query: { page, pageSize } },
      }),
    ),

  changeLifecycleStage: (customerId: Identifier, stage: LifecycleStage, reason: string) =>
    ok(
      client.POST('/api/v1/customers/{id}/lifecycle', {
        params: { path: { id: String(customerId) } },
        body: { stage, reason },
      }),
    ),

  // `types` narrows the timeline to those item types (all when empty).
  getCustomerTimeline: (customerId: Identifier, page: number, pageSize: number, types: string[] = []) =>
    ok(
      client.GET('/api/v1/customers/{id}/timeline', {
        params: {
          path: { id: String(customerId) },
          query: { page, pageSize, ...(types.length ? { types: types.join(',') } : {}) },
        },
      }),
    ),

  // The timeline's item types, labelled in the UI language, with the customer's count of each.
  listCustomerTimelineTypes: async (customerId: Identifier) =>
    (await ok(client.GET('/api/v1/customers/{id}/timeline/types', { params: { path: { id: String(customerId) } } })))
      .data,

  restoreCustomer: (id: Identifier) =>
    ok(client.POST('/api/v1/customers/{id}/restore', { params: { path: { id: String(id) } } })),

  bulkUpdateCustomers: (ids: Identifier[], changes: BulkCustomerChanges) =>
    ok(client.POST('/api/v1/customers/bulk-update', { body: { ids: ids.map(String), changes } })),

  /** The primary contact of each customer that has one, by customer id. */
  getPrimaryContacts: async (customerIds: Identifier[]): Promise<Map<string, Contact>> => {
    // At most one primary contact per customer, so a page of 200 holds a whole slice.
    const pages = await Promise.all(
      idChunks(customerIds).map((chunk) =>
        ok(
          client.GET('/api/v1/contacts', {
            params: { query: { customerId: [chunk.join(',')], isPrimary: true, page: 1, pageSize: MAX_PAGE_SIZE } },
          }),
        ),
      ),
    );
    return new Map(pages.flatMap((page) => page.data.map((contact) => [contact.customerId, contact] as const)));
  },

  listDuplicateCustomers: ({ page, pageSize, reason }: { page: number; pageSize: number; reason?: DuplicateReason }) =>
    ok(client.GET('/api/v1/customers/duplicates', { params: { query: { page, pageSize, reason } } })),

  /** Outstanding balance, primary contact and next step of one customer. */
  getCustomerOverview: (id: Identifier) =>
    ok(client.GET('/api/v1/customers/{id}/overview', { params: { path: { id: String(id) } } })),

  /** Visible customers that look like the one being typed (same normalised name, phone or email). */
  checkCustomerDuplicates: async (values: DuplicateCheck) =>
    (await ok(client.POST('/api/v1/customers/duplicate-check', { body: values }))).data,

  mergeCustomers: (keepId: Identifier, sourceId: Identifier) =>
    ok(
      client.POST('/api/v1/customers/{id}/merge', {
        params: { path: { id: String(keepId) } },
        body: { sourceId: String(sourceId) },
      }),
    ),
});
