import { InvalidInputError, RuleViolationError } from '@crm/server-core';

export const paymentExceedsOutstanding = (amount: string, outstanding: string, currency: string) =>
  new RuleViolationError(
    'payment_exceeds_outstanding',
    `The payment of ${amount} ${currency} exceeds the outstanding balance of ${outstanding} ${currency}`,
    [{ field: 'amount', message: `amount must be at most the outstanding ${outstanding}` }],
  );

export const orderNotPayable = (status: string) =>
  new RuleViolationError(
    'order_not_payable',
    `Payments are taken on confirmed or delivered orders; this order is ${status}`,
  );

export const paymentOfCompletedOrder = () =>
  new RuleViolationError('order_closed', 'The order is completed; its payments can no longer be deleted');

export const unknownPaymentOrder = () =>
  new InvalidInputError('The order does not exist', [
    { field: 'orderId', message: 'orderId must refer to an existing order' },
  ]);

export const unknownHandler = () =>
  new InvalidInputError('The handler does not exist or is inactive', [
    { field: 'handledById', message: 'handledById must refer to an active user' },
  ]);
