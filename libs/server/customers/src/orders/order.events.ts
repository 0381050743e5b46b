import { defineWebhookEvent } from '@crm/server-core';
import '../i18n/messages';

// Domain events of orders and payments, emitted after the transaction commits (webhooks,
// notifications, analytics). Payloads carry ids and amounts only.
export interface OrderEvent {
  id: string;
  customerId: string;
}

export const OrderEvents = {
  Created: defineWebhookEvent<OrderEvent>('order.created', { description: 'webhook_event.order_created' }),
  Updated: defineWebhookEvent<OrderEvent>('order.updated', { description: 'webhook_event.order_updated' }),
  Deleted: defineWebhookEvent<OrderEvent>('order.deleted', { description: 'webhook_event.order_deleted' }),
  Confirmed: defineWebhookEvent<OrderEvent>('order.confirmed', { description: 'webhook_event.order_confirmed' }),
  Delivered: defineWebhookEvent<OrderEvent>('order.delivered', { description: 'webhook_event.order_delivered' }),
  Completed: defineWebhookEvent<OrderEvent>('order.completed', { description: 'webhook_event.order_completed' }),
  Cancelled: defineWebhookEvent<OrderEvent>('order.cancelled', { description: 'webhook_event.order_cancelled' }),
} as const;

export interface PaymentEvent {
  id: string;
  orderId: string;
  customerId: string;
  // Decimal string.
  amount: string;
}

export const PaymentEvents = {
  Received: defineWebhookEvent<PaymentEvent>('payment.received', { description: 'webhook_event.payment_received' }),
  Deleted: defineWebhookEvent<PaymentEvent>('payment.deleted', { description: 'webhook_event.payment_deleted' }),
} as const;
