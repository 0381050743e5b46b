import type { Identifier, ResourceCallbacks } from 'react-admin';
import { type ApiClient, MAX_PAGE_SIZE, ok } from '../client';
import type { WebhookDeliveryStatus } from '../types';

// The edit form cannot rotate the secret; a create response's secret still in the cache must not go back as one.
export const webhookCallbacks: ResourceCallbacks = {
  resource: 'webhooks',
  beforeUpdate: async (params) => {
    const { secret: _secret, ...data } = params.data;
    return { ...params, data };
  },
};

// The webhook endpoints that are not CRUD: the event catalog, the delivery log and test sends.
export const webhookActions = (client: ApiClient) => ({
  // Each event with its description in the UI language (the registry every lib adds to).
  listWebhookEvents: async () => (await ok(client.GET('/api/v1/webhooks/events'))).catalog,

  listWebhookDeliveries: (
    webhookId: Identifier,
    { page, pageSize, status }: { page: number; pageSize: number; status?: WebhookDeliveryStatus },
  ) =>
    ok(
      client.GET('/api/v1/webhooks/{id}/deliveries', {
        params: {
          path: { id: String(webhookId) },
          query: { page, pageSize: Math.min(pageSize, MAX_PAGE_SIZE), sort: '-createdAt', status },
        },
      }),
    ),

  getWebhookDelivery: (webhookId: Identifier, deliveryId: Identifier) =>
    ok(
      client.GET('/api/v1/webhooks/{id}/deliveries/{deliveryId}', {
        params: { path: { id: String(webhookId), deliveryId: String(deliveryId) } },
      }),
    ),

  testWebhook: (webhookId: Identifier) =>
    ok(client.POST('/api/v1/webhooks/{id}/test', { params: { path: { id: String(webhookId) } } })),
});
