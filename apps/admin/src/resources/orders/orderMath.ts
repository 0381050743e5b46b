// A preview of what the server computes, in integer cents (bigint) like the server, so the figures match
// its rounding: round(quantity × unitPrice × (1 − discount/100), 2). The server's figures replace these
// once the order is saved.

export interface LineDraft {
  quantity?: number | string | null;
  unitPrice?: number | string | null;
  discount?: number | string | null;
}

const FULL = 10_000n; // 100 % in hundredths of a percent

/** Cents of a decimal amount ("1250.5" → 125050n); anything unreadable counts as 0. */
export const toCents = (value: unknown): bigint => {
  const text = typeof value === 'number' ? value.toFixed(2) : String(value ?? '').trim();
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(text);
  if (!match) return 0n;
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
};

export const formatCents = (cents: bigint): string => {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};

const wholeQuantity = (value: unknown): bigint => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? BigInt(Math.trunc(n)) : 0n;
};

// Discount percent with at most 2 decimals, as hundredths of a percent, clamped to 0–100 %.
const discountBasisPoints = (value: unknown): bigint => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) return 0n;
  return n >= 100 ? FULL : BigInt(Math.round(n * 100));
};

// Half-up rounding of a non-negative quotient.
const divRound = (a: bigint, b: bigint) => (a * 2n + b) / (b * 2n);

/** Gross (before discount) and net cents of one line. */
export function lineCents(line: LineDraft): { gross: bigint; net: bigint } {
  const gross = wholeQuantity(line.quantity) * toCents(line.unitPrice);
  return { gross, net: divRound(gross * (FULL - discountBasisPoints(line.discount)), FULL) };
}

export const lineTotal = (line: LineDraft) => formatCents(lineCents(line).net);

/** Subtotal before discounts, the discount, and the total (sum of the rounded line totals). */
export function orderTotals(lines: readonly (LineDraft | null | undefined)[] | undefined) {
  let subtotal = 0n;
  let total = 0n;
  for (const line of lines ?? []) {
    if (!line) continue;
    const { gross, net } = lineCents(line);
    subtotal += gross;
    total += net;
  }
  return { subtotal: formatCents(subtotal), discountTotal: formatCents(subtotal - total), total: formatCents(total) };
}
