// Money arithmetic in integer cents (bigint), so no amount ever goes through a float.
// Amounts travel as decimal strings with at most two decimals ("1250.00").

const MONEY = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

export function toCents(amount: string): bigint {
  const match = MONEY.exec(amount.trim());
  if (!match) throw new Error(`not a money amount: "${amount}"`);
  const [, sign, whole, fraction = ''] = match;
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign ? -cents : cents;
}

export function formatCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

// A percentage with up to two decimals (12.5) as basis points (1250).
export function toBasisPoints(percent: number | string): bigint {
  const text = typeof percent === 'number' ? String(percent) : percent.trim();
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new Error(`not a percentage with at most 2 decimals: "${text}"`);
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

// Division rounding half away from zero, as round(x, 2) does for positive amounts.
export function divRound(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}

// A numeric(14,2) holds at most 12 digits before the point.
export const MAX_CENTS = 10n ** 14n - 1n;
