import { EventEmitter2 } from '@nestjs/event-emitter';
import { registerMessages } from '../i18n/translate';
import {
  defineWebhookEvent,
  emitEvent,
  isSubscribable,
  isWebhookEvent,
  patternsFor,
  webhookEvents,
} from './webhook-events';

// What a lib does at load time: its catalog, then its events.
registerMessages({
  en: { 'webhook_event.ticket_opened': 'A ticket was opened' },
  zh: { 'webhook_event.ticket_opened': '新建了工单' },
});
const description = 'webhook_event.ticket_opened' as Parameters<typeof defineWebhookEvent>[1]['description'];
const TicketOpened = defineWebhookEvent<{ id: string; queue: string }>('ticket.opened', { description });

describe('webhook events', () => {
  it('lists the events libs define, with their descriptions; core defines none', () => {
    expect(webhookEvents()).toEqual([{ name: 'ticket.opened', description }]);
    expect(isWebhookEvent('ticket.opened')).toBe(true);
    expect(isWebhookEvent('customer.created')).toBe(false);
  });

  it('accepts known events, prefixes of known events and "*" as subscriptions', () => {
    expect(isSubscribable('ticket.opened')).toBe(true);
    expect(isSubscribable('ticket.*')).toBe(true);
    expect(isSubscribable('*')).toBe(true);
    expect(isSubscribable('ticket.closing')).toBe(false);
    expect(isSubscribable('unknown.*')).toBe(false);
  });

  it('matches an event with itself, its prefixes and "*"', () => {
    expect(patternsFor('order.confirmed')).toEqual(['order.confirmed', 'order.*', '*']);
  });

  it('refuses a bad name and a name defined twice', () => {
    expect(() => defineWebhookEvent('Bad Name', { description })).toThrow('invalid webhook event name');
    expect(() => defineWebhookEvent('ticket.opened', { description: 'forbidden' })).toThrow(
      'webhook event "ticket.opened" is defined twice',
    );
  });

  it('emits the payload the event declares; another payload fails the type-check', () => {
    const emitter = new EventEmitter2();
    const seen: unknown[] = [];
    emitter.on(TicketOpened, (payload) => seen.push(payload));
    emitEvent(emitter, TicketOpened, { id: 't1', queue: 'vip' });
    // @ts-expect-error the payload lacks `queue`
    emitEvent(emitter, TicketOpened, { id: 't2' });
    expect(seen).toEqual([{ id: 't1', queue: 'vip' }, { id: 't2' }]);
  });
});
