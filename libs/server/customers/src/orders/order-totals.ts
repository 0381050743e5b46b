import { divRound, formatCents, toBasisPoints, toCents } from './money';

export interface LineInput {
  quantity: number;
  unitPrice: string;
  // Percentage 0–100, at most two decimals.
  discount: number | string;
}

export interface LineAmounts {
  // quantity × unitPrice before the discount.
  gross: string;
  // round(quantity × unitPrice × (1 − discount/100), 2)
  lineTotal: string;
}

export interface OrderAmounts {
  lines: LineAmounts[];
  subtotal: string;
  discountTotal: string;
  total: string;
}

const FULL = 10_000n; // 100 % in basis points

export function lineAmounts(line: LineInput): LineAmounts {
  const gross = BigInt(line.quantity) * toCents(line.unitPrice);
  const net = divRound(gross * (FULL - toBasisPoints(line.discount)), FULL);
  return { gross: formatCents(gross), lineTotal: formatCents(net) };
}

// The server's totals: subtotal is the sum before discounts, total the sum of the rounded line
// totals, and discountTotal the difference (so total = subtotal − discountTotal exactly).
export function orderAmounts(lines: LineInput[]): OrderAmounts {
  const computed = lines.map(lineAmounts);
  const subtotal = computed.reduce((sum, l) => sum + toCents(l.gross), 0n);
  const total = computed.reduce((sum, l) => sum + toCents(l.lineTotal), 0n);
  return {
    lines: computed,
    subtotal: formatCents(subtotal),
    discountTotal: formatCents(subtotal - total),
    total: formatCents(total),
  };
}
