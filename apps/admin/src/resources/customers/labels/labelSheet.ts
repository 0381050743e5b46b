import type { Customer } from '../../../providers/types';

// A4 label sheets of 3 × 7 labels, 70 × 42.3 mm each: the labels fill the width and leave
// (297 − 7 × 42.3) / 2 mm above and below.
export const SHEET = {
  widthMm: 210,
  heightMm: 297,
  columns: 3,
  rows: 7,
  labelWidthMm: 70,
  labelHeightMm: 42.3,
} as const;
export const LABELS_PER_SHEET = SHEET.columns * SHEET.rows;
export const SHEET_TOP_MARGIN_MM = (SHEET.heightMm - SHEET.rows * SHEET.labelHeightMm) / 2;

/** The ids of a `?ids=a,b,c` query string, in order, without blanks or repeats. */
export const idsFromSearch = (search: string): string[] => [
  ...new Set(
    (new URLSearchParams(search).get('ids') ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  ),
];

export const hasAddress = (customer: Pick<Customer, 'address'>) => Boolean(customer.address?.trim());

/** Items in sheets of LABELS_PER_SHEET. */
export function toSheets<T>(items: readonly T[]): T[][] {
  const sheets: T[][] = [];
  for (let i = 0; i < items.length; i += LABELS_PER_SHEET) sheets.push(items.slice(i, i + LABELS_PER_SHEET));
  return sheets;
}
