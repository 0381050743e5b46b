import { OrderStatus } from './order.entity';
import { illegalOrderTransition } from './orders.errors';

// The order workflow: draft → confirmed → delivered → completed; draft|confirmed → cancelled.
export enum OrderAction {
  Confirm = 'confirm',
  Deliver = 'deliver',
  Complete = 'complete',
  Cancel = 'cancel',
}

export const ORDER_TRANSITIONS: Record<OrderAction, { from: readonly OrderStatus[]; to: OrderStatus }> = {
  [OrderAction.Confirm]: { from: [OrderStatus.Draft], to: OrderStatus.Confirmed },
  [OrderAction.Deliver]: { from: [OrderStatus.Confirmed], to: OrderStatus.Delivered },
  [OrderAction.Complete]: { from: [OrderStatus.Delivered], to: OrderStatus.Completed },
  [OrderAction.Cancel]: { from: [OrderStatus.Draft, OrderStatus.Confirmed], to: OrderStatus.Cancelled },
};

// The status an action leads to, or a 422 illegal_order_transition.
export function nextOrderStatus(current: OrderStatus, action: OrderAction): OrderStatus {
  const transition = ORDER_TRANSITIONS[action];
  if (!transition.from.includes(current)) throw illegalOrderTransition(current, action);
  return transition.to;
}

// Statuses whose orders take payments.
export const PAYABLE_STATUSES: readonly OrderStatus[] = [OrderStatus.Confirmed, OrderStatus.Delivered];
