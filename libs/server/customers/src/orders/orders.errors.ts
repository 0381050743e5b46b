import '../i18n/messages';
import {
  ConflictError,
  fieldError,
  FieldError,
  InvalidInputError,
  Message,
  msg,
  OwnerResolutionOptions,
  RuleViolationError,
} from '@crm/server-core';
import { OrderStatus } from './order.entity';
import type { OrderAction } from './order-status';

const STATUS_NAMES: Record<OrderStatus, Message> = {
  [OrderStatus.Draft]: msg('order_status.draft'),
  [OrderStatus.Confirmed]: msg('order_status.confirmed'),
  [OrderStatus.Delivered]: msg('order_status.delivered'),
  [OrderStatus.Completed]: msg('order_status.completed'),
  [OrderStatus.Cancelled]: msg('order_status.cancelled'),
};

// A status as messages name it (the English is the status value itself).
export const orderStatusName = (status: OrderStatus) => STATUS_NAMES[status] ?? status;

const PAST: Record<OrderAction, Message> = {
  confirm: msg('order_action.confirm'),
  deliver: msg('order_action.deliver'),
  complete: msg('order_action.complete'),
  cancel: msg('order_action.cancel'),
};

export const illegalOrderTransition = (status: OrderStatus, action: OrderAction) =>
  new RuleViolationError('illegal_order_transition', { status: orderStatusName(status), action: PAST[action] });

export const orderNotDraft = (status: OrderStatus, fields: string[]) =>
  new RuleViolationError(
    'order_not_draft',
    { fields: fields.join(', '), status: orderStatusName(status) },
    fields.map((field) => fieldError(field, 'field.frozen_after_confirm')),
  );

export const orderClosed = (status: OrderStatus) =>
  new RuleViolationError('order_closed', { status: orderStatusName(status) });

export const orderNotDeletable = (status: OrderStatus) =>
  new RuleViolationError('order_not_deletable', { status: orderStatusName(status) });

export const orderHasPayments = (paid: string, currency: string) =>
  new RuleViolationError('order_has_payments', { paid, currency });

export const orderOutstanding = (outstanding: string, currency: string) =>
  new RuleViolationError('order_outstanding', { outstanding, currency });

export const insufficientStock = (product: { code: string; name: string }, available: number, wanted: number) =>
  new RuleViolationError('insufficient_stock', { name: product.name, code: product.code, available, wanted });

export const orderNumberTaken = (number: string) =>
  new ConflictError('order_number_taken', { number }, [fieldError('number', 'field.value_in_use', { value: number })]);

export const orderChangedConcurrently = () =>
  new ConflictError('stale_version', msg('stale_version.order'), [fieldError('version', 'field.stale')]);

export const invalidOrderLines = (errors: FieldError[]) =>
  new InvalidInputError(msg('validation_failed.order_lines'), errors);

// Who may own an order: core's owner rule, worded for orders.
export const ORDER_OWNER_RULE: OwnerResolutionOptions = {
  outOfScope: msg('validation_failed.order_owner_out_of_scope'),
};

export const contractDatesInverted = () =>
  new InvalidInputError(msg('validation_failed.contract_dates'), [fieldError('endDate', 'field.end_after_start')]);
