import { ConflictError, FieldError, InvalidInputError, RuleViolationError } from '@crm/server-core';
import type { OrderAction } from './order-status';

const PAST: Record<OrderAction, string> = {
  confirm: 'confirmed',
  deliver: 'delivered',
  complete: 'completed',
  cancel: 'cancelled',
};

export const illegalOrderTransition = (status: string, action: OrderAction) =>
  new RuleViolationError('illegal_order_transition', `An order in status ${status} cannot be ${PAST[action]}`);

export const orderNotDraft = (status: string, fields: string[]) =>
  new RuleViolationError(
    'order_not_draft',
    `${fields.join(', ')} can only be changed while the order is a draft; this order is ${status}`,
    fields.map((field) => ({ field, message: `${field} is frozen once the order is confirmed` })),
  );

export const orderClosed = (status: string) =>
  new RuleViolationError('order_closed', `An order in status ${status} can no longer be changed`);

export const orderNotDeletable = (status: string) =>
  new RuleViolationError(
    'order_not_deletable',
    `Only draft orders can be deleted; this order is ${status} (cancel it instead)`,
  );

export const orderHasPayments = (paid: string, currency: string) =>
  new RuleViolationError(
    'order_has_payments',
    `The order has ${paid} ${currency} of payments; delete them before cancelling it`,
  );

export const orderOutstanding = (outstanding: string, currency: string) =>
  new RuleViolationError(
    'order_outstanding',
    `The order cannot be completed while ${outstanding} ${currency} is outstanding`,
  );

export const insufficientStock = (product: { code: string; name: string }, available: number, wanted: number) =>
  new RuleViolationError(
    'insufficient_stock',
    `Not enough stock of ${product.name} (${product.code}): ${available} on hand, ${wanted} to deliver`,
  );

export const orderNumberTaken = (number: string) =>
  new ConflictError('order_number_taken', `Another order already has the number ${number}`, [
    { field: 'number', message: `number ${number} is already in use` },
  ]);

export const orderChangedConcurrently = () =>
  new ConflictError('stale_version', 'The order was changed by someone else; reload it and try again', [
    { field: 'version', message: 'is stale' },
  ]);

export const invalidOrderLines = (errors: FieldError[]) =>
  new InvalidInputError('Some order lines refer to products that cannot be ordered', errors);

export const unknownOrderOwner = () =>
  new InvalidInputError('The owner does not exist or is inactive', [
    { field: 'ownerId', message: 'ownerId must refer to an active user' },
  ]);

export const orderOwnerOutOfScope = () =>
  new InvalidInputError('You can only make yourself or your team the owner of an order', [
    { field: 'ownerId', message: 'ownerId must be you or a member of your team' },
  ]);

export const contractDatesInverted = () =>
  new InvalidInputError('The contract ends before it starts', [
    { field: 'endDate', message: 'endDate must be on or after startDate' },
  ]);
