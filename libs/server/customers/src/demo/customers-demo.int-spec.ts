import { DepartmentsService, seedIdentityDemo, UsersService } from '@crm/server-core';
import { createTestApp, TestContext } from '@crm/server-core/testing';
import { customersDemoServices, seedCustomersDemo } from './customers-demo';

const DAY = 86_400_000;

// The demo's history reads as two years of business, not as everything happening at seed time.
describe('customers demo seed', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestApp();
    const identity = await seedIdentityDemo(ctx.ds, ctx.app.get(UsersService), ctx.app.get(DepartmentsService));
    await seedCustomersDemo(customersDemoServices(ctx.app), identity.users, { customers: 12 });
  }, 120_000);
  afterAll(() => ctx.close());

  it('dates records by their business dates', async () => {
    const recent = new Date(Date.now() - DAY);
    const [customers] = await ctx.ds.query(
      `SELECT count(*) FILTER (WHERE created_at > $1)::int AS fresh, min(created_at) AS first FROM customers
       WHERE code LIKE 'DEMO-%'`,
      [recent],
    );
    expect(customers.fresh).toBe(0);
    expect(new Date(customers.first).getTime()).toBeLessThan(Date.now() - 60 * DAY);

    // No customer was entered after its first order or interaction.
    const [{ early }] = await ctx.ds.query(
      `SELECT count(*)::int AS early FROM customers c
       WHERE c.code LIKE 'DEMO-%' AND (
         EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.created_at < c.created_at) OR
         EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = c.id AND i.occurred_at < c.created_at))`,
    );
    expect(early).toBe(0);

    const [orders] = await ctx.ds.query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE created_at::date <> order_date)::int AS off_date,
              count(*) FILTER (WHERE confirmed_at < created_at OR completed_at < confirmed_at)::int AS out_of_order,
              count(*) FILTER (WHERE greatest(created_at, confirmed_at, completed_at, cancelled_at) > $1)::int AS fresh
       FROM orders`,
      [new Date(Date.now() - 4 * DAY)],
    );
    expect(orders.n).toBeGreaterThan(0);
    expect(orders).toMatchObject({ off_date: 0, out_of_order: 0 });
    // Only orders of the last few days may have steps that recent.
    const [{ young }] = await ctx.ds.query(
      `SELECT count(*)::int AS young FROM orders WHERE order_date > current_date - 4`,
    );
    expect(orders.fresh).toBeLessThanOrEqual(young);

    const [{ stale }] = await ctx.ds.query(
      `SELECT count(*)::int AS stale FROM payments WHERE created_at <> paid_at
       UNION ALL SELECT count(*)::int FROM interactions WHERE created_at <> occurred_at`,
    );
    expect(stale).toBe(0);
  });

  it('dates the lifecycle history when it happened: on creation and at the first confirmation', async () => {
    const rows: Array<{ key: string; ok: boolean }> = await ctx.ds.query(
      `SELECT l.reason_key AS key,
              CASE l.reason_key
                WHEN 'customer_created' THEN l.occurred_at = c.created_at
                ELSE l.occurred_at = (SELECT o.confirmed_at FROM orders o WHERE o.number = l.reason_params->>'number')
              END AS ok
       FROM customer_lifecycle_changes l JOIN customers c ON c.id = l.customer_id
       WHERE l.reason_key IN ('customer_created', 'first_order_confirmed')`,
    );
    expect(rows.filter((r) => r.key === 'customer_created')).toHaveLength(12);
    expect(rows.some((r) => r.key === 'first_order_confirmed')).toBe(true);
    expect(rows.filter((r) => !r.ok)).toEqual([]);
  });
});
