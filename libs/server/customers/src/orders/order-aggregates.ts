import { EntityManager } from 'typeorm';
import { COUNTED_STATUSES } from './order.entity';

const COUNTED_SQL = COUNTED_STATUSES.map((s) => `'${s}'`).join(',');

// Recomputes the customer's order aggregates (first/last order, count, revenue) from its confirmed,
// delivered and completed orders. Plain SQL on purpose: derived values neither bump the customer's
// version (a user editing the customer would get a needless 409) nor reach the audit log. Run it in
// the transaction that changed an order's status, after locking the customer row.
export async function refreshCustomerOrderStats(m: EntityManager, customerId: string): Promise<void> {
  await m.query(
    `UPDATE customers c
     SET first_order_at = a.first_order_at, last_order_at = a.last_order_at,
         order_count = a.order_count, total_revenue = a.total_revenue
     FROM (
       SELECT min(o.order_date)::timestamp AT TIME ZONE 'UTC' AS first_order_at,
              max(o.order_date)::timestamp AT TIME ZONE 'UTC' AS last_order_at,
              count(*)::int AS order_count,
              coalesce(sum(o.total), 0) AS total_revenue
       FROM orders o
       WHERE o.customer_id = $1 AND o.status IN (${COUNTED_SQL})
     ) a
     WHERE c.id = $1`,
    [customerId],
  );
}

// The sum of an order's payments, as a decimal string.
export async function sumPayments(m: EntityManager, orderId: string): Promise<string> {
  const [row] = await m.query(
    `SELECT coalesce(sum(amount), 0)::numeric(14,2)::text AS paid FROM payments WHERE order_id = $1`,
    [orderId],
  );
  return row.paid as string;
}

// Whether this is the customer's only counted order (its first confirmed one).
export async function countedOrders(m: EntityManager, customerId: string): Promise<number> {
  const [row] = await m.query(
    `SELECT count(*)::int AS n FROM orders WHERE customer_id = $1 AND status IN (${COUNTED_SQL})`,
    [customerId],
  );
  return row.n as number;
}
