import { isSubscribable, patternsFor, registerWebhookEvents, webhookEvents } from './webhook-events';

describe('webhook events', () => {
  it('lists the known domain events', () => {
    expect(webhookEvents()).toEqual(
      expect.arrayContaining(['customer.created', 'order.confirmed', 'payment.received']),
    );
  });

  it('accepts known events, prefixes of known events and "*" as subscriptions', () => {
    expect(isSubscribable('customer.created')).toBe(true);
    expect(isSubscribable('customer.*')).toBe(true);
    expect(isSubscribable('*')).toBe(true);
    expect(isSubscribable('customer.merging')).toBe(false);
    expect(isSubscribable('unknown.*')).toBe(false);
  });

  it('matches an event with itself, its prefixes and "*"', () => {
    expect(patternsFor('order.confirmed')).toEqual(['order.confirmed', 'order.*', '*']);
  });

  it('lets a module register its own events', () => {
    registerWebhookEvents('ticket.opened');
    expect(isSubscribable('ticket.*')).toBe(true);
    expect(() => registerWebhookEvents('Bad Name')).toThrow('invalid webhook event name');
  });
});
