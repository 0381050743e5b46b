import { EntityManager } from 'typeorm';

// Generated order numbers: "SO-<year of the order date>-<sequence, 6 digits>", e.g. SO-2026-000123.
export function formatOrderNumber(orderDate: string, n: number | string | bigint): string {
  const digits = String(n);
  if (!/^\d+$/.test(digits) || BigInt(digits) < 1n) throw new Error(`not a positive sequence value: ${digits}`);
  return `SO-${orderDate.slice(0, 4)}-${digits.padStart(6, '0')}`;
}

// Takes sequence values until one gives a free number: someone may have typed one in by hand.
export async function generateOrderNumber(m: EntityManager, orderDate: string, maxAttempts = 50): Promise<string> {
  for (let i = 0; i < maxAttempts; i++) {
    const [{ n }] = await m.query(`SELECT nextval('order_number_seq') AS n`);
    const number = formatOrderNumber(orderDate, n);
    const [{ taken }] = await m.query(`SELECT EXISTS (SELECT 1 FROM orders WHERE number = $1) AS taken`, [number]);
    if (!taken) return number;
  }
  throw new Error(`no free order number after ${maxAttempts} attempts`);
}
