import '../i18n/messages';
import { fieldError, InvalidInputError, msg, RuleViolationError } from '@crm/server-core';
import { OrderStatus } from '../orders/order.entity';
import { orderStatusName } from '../orders/orders.errors';

export const paymentExceedsOutstanding = (amount: string, outstanding: string, currency: string) =>
  new RuleViolationError('payment_exceeds_outstanding', { amount, outstanding, currency }, [
    fieldError('amount', 'field.at_most_outstanding', { outstanding }),
  ]);

export const orderNotPayable = (status: OrderStatus) =>
  new RuleViolationError('order_not_payable', { status: orderStatusName(status) });

export const paymentOfCompletedOrder = () => new RuleViolationError('order_closed', msg('order_closed.payment'));

export const unknownPaymentOrder = () =>
  new InvalidInputError(msg('validation_failed.unknown_order'), [fieldError('orderId', 'field.existing_order')]);

export const unknownHandler = () =>
  new InvalidInputError(msg('validation_failed.unknown_handler'), [fieldError('handledById', 'field.active_user')]);
