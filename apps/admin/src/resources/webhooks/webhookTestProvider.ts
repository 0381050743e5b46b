import type { Identifier } from 'react-admin';
import { vi } from 'vitest';
import type {
  Webhook,
  CrmDataProvider,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookDeliveryStatus,
} from '../../providers/types';
import { fakeDataProvider } from '../../test/fakeDataProvider';

// Test-only: fakeDataProvider with the webhook actions as spies, answering from in-memory deliveries.

export const EVENTS = [
  { name: 'customer.created', description: 'A customer was created' },
  { name: 'customer.updated', description: 'A customer was changed' },
  { name: 'order.confirmed', description: 'An order was confirmed' },
];

export const webhook = (overrides: Partial<Webhook> & { id: string }): Webhook => ({
  url: 'https://erp.example.com/hooks/crm',
  events: ['customer.created'],
  active: true,
  description: null,
  failureCount: 0,
  disabledAt: null,
  lastDeliveryAt: null,
  createdById: 'u-admin',
  createdAt: '2026-01-05T08:00:00Z',
  updatedAt: '2026-01-05T08:00:00Z',
  version: 1,
  ...overrides,
});

export const delivery = (overrides: Partial<WebhookDelivery> & { id: string }): WebhookDelivery => ({
  webhookId: 'w1',
  event: 'customer.created',
  status: 'succeeded',
  attempt: 1,
  responseStatus: 200,
  responseBody: 'ok',
  error: null,
  durationMs: 42,
  createdAt: '2026-01-06T09:00:00Z',
  deliveredAt: '2026-01-06T09:00:00Z',
  ...overrides,
});

export const detailOf = (d: WebhookDelivery): WebhookDeliveryDetail => ({
  ...d,
  occurredAt: d.createdAt,
  data: { id: 'c1', name: 'Acme Ltd' },
  attempts: Array.from({ length: d.attempt }, (_, i) => ({
    attempt: i + 1,
    succeeded: i + 1 === d.attempt && d.status === 'succeeded',
    responseStatus: i + 1 === d.attempt ? d.responseStatus : 503,
    responseBody: i + 1 === d.attempt ? d.responseBody : 'Service Unavailable',
    error: i + 1 === d.attempt ? d.error : null,
    durationMs: 30 + i,
    createdAt: d.createdAt,
  })),
});

export function webhookDataProvider(webhooks: Webhook[], deliveries: WebhookDelivery[] = []) {
  const log = [...deliveries];
  const provider = fakeDataProvider({ webhooks, 'audit-log': [] }) as CrmDataProvider;
  const find = (id: Identifier) => {
    const found = log.find((d) => d.id === id);
    if (!found) throw new Error(`delivery ${id} not found`);
    return detailOf(found);
  };
  provider.listWebhookEvents = vi.fn(async () => EVENTS);
  provider.listWebhookDeliveries = vi.fn(
    async (
      webhookId: Identifier,
      { page, pageSize, status }: { page: number; pageSize: number; status?: WebhookDeliveryStatus },
    ) => {
      const rows = log.filter((d) => d.webhookId === webhookId && (!status || d.status === status));
      return { data: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length, page, pageSize };
    },
  );
  provider.getWebhookDelivery = vi.fn(async (_webhookId: Identifier, deliveryId: Identifier) => find(deliveryId));
  // A test send that the receiver accepts; tests override it to script a failure.
  provider.testWebhook = vi.fn(async (webhookId: Identifier) => {
    const sent = delivery({ id: `test-${log.length}`, webhookId: String(webhookId), event: 'webhook.test' });
    log.unshift({ ...sent, createdAt: new Date().toISOString() });
    return find(sent.id);
  });
  return provider;
}
