import { DomainError } from '@crm/server-core';
import { nextOrderStatus, OrderAction } from './order-status';
import { OrderStatus } from './order.entity';

describe('order workflow', () => {
  it.each([
    [OrderStatus.Draft, OrderAction.Confirm, OrderStatus.Confirmed],
    [OrderStatus.Confirmed, OrderAction.Deliver, OrderStatus.Delivered],
    [OrderStatus.Delivered, OrderAction.Complete, OrderStatus.Completed],
    [OrderStatus.Draft, OrderAction.Cancel, OrderStatus.Cancelled],
    [OrderStatus.Confirmed, OrderAction.Cancel, OrderStatus.Cancelled],
  ])('moves a %s order to be %s → %s', (from, action, to) => {
    expect(nextOrderStatus(from, action)).toBe(to);
  });

  it.each([
    [OrderStatus.Draft, OrderAction.Complete, 'An order in status draft cannot be completed'],
    [OrderStatus.Draft, OrderAction.Deliver, 'An order in status draft cannot be delivered'],
    [OrderStatus.Delivered, OrderAction.Cancel, 'An order in status delivered cannot be cancelled'],
    [OrderStatus.Completed, OrderAction.Cancel, 'An order in status completed cannot be cancelled'],
    [OrderStatus.Cancelled, OrderAction.Confirm, 'An order in status cancelled cannot be confirmed'],
    [OrderStatus.Confirmed, OrderAction.Complete, 'An order in status confirmed cannot be completed'],
  ])('refuses to take a %s order to %s with 422', (from, action, message) => {
    let error: unknown;
    try {
      nextOrderStatus(from, action);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status: 422, code: 'illegal_order_transition', message });
  });
});
