import type { EventEmitter2 } from '@nestjs/event-emitter';
import type { MessageKey } from '../i18n/translate';

declare const payloadType: unique symbol;

// An event name that carries the type of its payload, so emitting it with another payload fails the
// type-check (see emitEvent). Still a string: @OnEvent(name) and EventEmitter2 take it as it is.
export type DomainEvent<P extends object> = string & { readonly [payloadType]?: P };

// The payload an event carries.
export type PayloadOf<E> = E extends DomainEvent<infer P> ? P : never;

export interface WebhookEventDefinition {
  name: string;
  // What happened, in the lib's message catalog (the events list renders it in the caller's language).
  description: MessageKey;
}

// Domain events a webhook can subscribe to. Core names none: each lib defines its own at load time
// with defineWebhookEvent (customers: customer.*, order.*, payment.*).
const catalog = new Map<string, WebhookEventDefinition>();

// Sent by POST /webhooks/:id/test only.
export const WEBHOOK_TEST_EVENT = 'webhook.test';

const EVENT_NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

// Declares a domain event that webhooks may subscribe to, with its payload type (ids and amounts,
// never entities: it is sent as JSON):
//   export const TicketOpened = defineWebhookEvent<TicketEvent>('ticket.opened', { description: 'webhook_event.ticket_opened' });
export function defineWebhookEvent<P extends object>(
  name: string,
  options: { description: MessageKey },
): DomainEvent<P> {
  if (!EVENT_NAME.test(name)) throw new Error(`invalid webhook event name "${name}"`);
  const known = catalog.get(name);
  if (known && known.description !== options.description) throw new Error(`webhook event "${name}" is defined twice`);
  catalog.set(name, { name, description: options.description });
  return name as DomainEvent<P>;
}

// An event that stays inside the process (webhooks never send it), typed like the others.
export const defineDomainEvent = <P extends object>(name: string): DomainEvent<P> => name as DomainEvent<P>;

// Emits an event with the payload its definition declares.
export function emitEvent<P extends object>(emitter: EventEmitter2, event: DomainEvent<P>, payload: NoInfer<P>): void {
  emitter.emit(event, payload);
}

// …and waits for the listeners (an event handled inside a transaction).
export async function emitEventAsync<P extends object>(
  emitter: EventEmitter2,
  event: DomainEvent<P>,
  payload: NoInfer<P>,
): Promise<void> {
  await emitter.emitAsync(event, payload);
}

export const webhookEvents = (): WebhookEventDefinition[] =>
  [...catalog.values()].sort((a, b) => a.name.localeCompare(b.name));

export const isWebhookEvent = (name: string) => catalog.has(name);

// What a subscription may list: a known event, "<prefix>.*" for a prefix of known events, or "*".
export function isSubscribable(pattern: string): boolean {
  if (pattern === '*' || catalog.has(pattern)) return true;
  if (!pattern.endsWith('.*')) return false;
  const prefix = pattern.slice(0, -1);
  return [...catalog.keys()].some((e) => e.startsWith(prefix));
}

// The patterns that match an event: itself, each "<prefix>.*" above it, and "*".
export function patternsFor(event: string): string[] {
  const parts = event.split('.');
  const prefixes = parts.slice(0, -1).map((_, i) => `${parts.slice(0, i + 1).join('.')}.*`);
  return [event, ...prefixes, '*'];
}
