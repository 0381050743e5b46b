import type { components } from '@crm/api-client';
import type { ChipColor } from '../../components/EnumChip';
import { enumChoices } from '../../components/enums';

export const PRODUCT_STATUSES = [
  'active',
  'discontinued',
] as const satisfies readonly components['schemas']['ProductStatus'][];
export const productStatusChoices = enumChoices('productStatus', PRODUCT_STATUSES);
export const PRODUCT_STATUS_COLORS: Record<string, ChipColor> = { active: 'success', discontinued: 'default' };
