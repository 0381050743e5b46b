// Domain events a webhook can subscribe to. Core cannot import the domain libs, so the names are
// listed here; a lib adding events calls registerWebhookEvents() at load time.
const catalog = new Set<string>([
  'customer.created',
  'customer.updated',
  'customer.deleted',
  'customer.restored',
  'customer.merged',
  'order.created',
  'order.updated',
  'order.deleted',
  'order.confirmed',
  'order.delivered',
  'order.completed',
  'order.cancelled',
  'payment.received',
  'payment.deleted',
]);

// Sent by POST /webhooks/:id/test only.
export const WEBHOOK_TEST_EVENT = 'webhook.test';

const EVENT_NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

export function registerWebhookEvents(...names: string[]) {
  for (const name of names) {
    if (!EVENT_NAME.test(name)) throw new Error(`invalid webhook event name "${name}"`);
    catalog.add(name);
  }
}

export const webhookEvents = (): string[] => [...catalog].sort();

export const isWebhookEvent = (name: string) => catalog.has(name);

// What a subscription may list: a known event, "<prefix>.*" for a prefix of known events, or "*".
export function isSubscribable(pattern: string): boolean {
  if (pattern === '*' || catalog.has(pattern)) return true;
  if (!pattern.endsWith('.*')) return false;
  const prefix = pattern.slice(0, -1);
  return [...catalog].some((e) => e.startsWith(prefix));
}

// The patterns that match an event: itself, each "<prefix>.*" above it, and "*".
export function patternsFor(event: string): string[] {
  const parts = event.split('.');
  const prefixes = parts.slice(0, -1).map((_, i) => `${parts.slice(0, i + 1).join('.')}.*`);
  return [event, ...prefixes, '*'];
}
