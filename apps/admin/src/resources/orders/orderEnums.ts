import type { components } from '@crm/api-client';
import type { ChipColor } from '../../components/EnumChip';
import { enumChoices } from '../../components/enums';
import type { OrderAction, OrderStatus } from '../../providers/types';

type DeliveryStatusValue = components['schemas']['DeliveryStatus'];

type S = components['schemas'];

export const ORDER_STATUSES = [
  'draft',
  'confirmed',
  'delivered',
  'completed',
  'cancelled',
] as const satisfies readonly S['OrderStatus'][];
export const DELIVERY_STATUSES = [
  'pending',
  'partial',
  'delivered',
  'returned',
] as const satisfies readonly DeliveryStatusValue[];

export const orderStatusChoices = enumChoices('orderStatus', ORDER_STATUSES);

export const ORDER_STATUS_COLORS: Record<string, ChipColor> = {
  draft: 'default',
  confirmed: 'info',
  delivered: 'primary',
  completed: 'success',
  cancelled: 'error',
};

/**
 * Which workflow buttons to offer in each status (draft → confirmed → delivered → completed; draft or
 * confirmed → cancelled). Only for showing the right buttons: the API decides, and answers 422 otherwise.
 */
export const ACTIONS_BY_STATUS: Record<OrderStatus, readonly OrderAction[]> = {
  draft: ['confirm', 'cancel'],
  confirmed: ['deliver', 'cancel'],
  delivered: ['complete'],
  completed: [],
  cancelled: [],
};

/** Orders take payments while confirmed or delivered. */
export const PAYABLE: readonly OrderStatus[] = ['confirmed', 'delivered'];
