// Domain events of orders and payments, emitted after the transaction commits (webhooks,
// notifications, analytics). Payloads carry ids and amounts only.
export const OrderEvents = {
  Created: 'order.created',
  Updated: 'order.updated',
  Deleted: 'order.deleted',
  Confirmed: 'order.confirmed',
  Delivered: 'order.delivered',
  Completed: 'order.completed',
  Cancelled: 'order.cancelled',
} as const;

export interface OrderEvent {
  id: string;
  customerId: string;
}

export const PaymentEvents = {
  Received: 'payment.received',
  Deleted: 'payment.deleted',
} as const;

export interface PaymentEvent {
  id: string;
  orderId: string;
  customerId: string;
  // Decimal string.
  amount: string;
}
