import { Role } from '@crm/server-core';
import { loginAs, TestContext } from '@crm/server-core/testing';
import { createCustomer, createOrder, createProduct } from '../testing';
import { ClassificationRepository } from './classification.repository';
import { startClassificationJob } from './classification-job.harness';

const AS_OF = '2026-06-30';

describe('customer classification job', () => {
  let ctx: TestContext;
  let admin: { Authorization: string };
  let job: Awaited<ReturnType<typeof startClassificationJob>>;
  const runJob = (body?: object) => job.runJob(body);

  beforeAll(async () => {
    job = await startClassificationJob(AS_OF);
    ({ ctx, admin } = job);
  });
  afterAll(() => job?.close());

  const count = async (sql: string, params: unknown[] = []) => (await ctx.ds.query(sql, params))[0].n as number;

  describe('on a crafted set of 120 customers', () => {
    let ids: { revenue: string[]; none: string[]; tierOverride: string; stageOverride: string };

    beforeAll(async () => {
      const product = await createProduct(ctx.ds, { listPrice: '1.00' });
      // Revenue by rank: 1 × 50 000, 4 × 5 000, 15 × 1 000, 80 × 187.50 — 100 000 in all.
      const amounts = [
        '50000.00',
        ...Array(4).fill('5000.00'),
        ...Array(15).fill('1000.00'),
        ...Array(80).fill('187.50'),
      ];
      const revenue: string[] = [];
      for (const [i, amount] of amounts.entries()) {
        const customer = await createCustomer(ctx.ds, {
          name: `Ranked ${String(i + 1).padStart(3, '0')}`,
          ...(i === 60 ? { lifecycleStage: 'stability', classificationOverrides: ['lifecycleStage'] } : {}),
        });
        await createOrder(ctx.ds, {
          customerId: customer.id,
          status: i % 3 === 0 ? 'confirmed' : i % 3 === 1 ? 'delivered' : 'completed',
          orderDate: '2026-05-01',
          lines: [{ productId: product.id, unitPrice: amount }],
        });
        revenue.push(customer.id);
      }
      const none: string[] = [];
      for (let i = 0; i < 20; i++) none.push((await createCustomer(ctx.ds, { name: `Prospect ${i}` })).id);
      // Set by hand: the job must keep it.
      await ctx.ds.query(
        `UPDATE customers SET value_tier = 'major', classification_overrides = '{valueTier}' WHERE id = $1`,
        [none[0]],
      );
      // Orders that never count: a cancelled one, and a draft.
      await createOrder(ctx.ds, {
        customerId: none[1],
        status: 'cancelled',
        lines: [{ productId: product.id, unitPrice: '99999.00' }],
      });
      await createOrder(ctx.ds, {
        customerId: none[2],
        status: 'draft',
        lines: [{ productId: product.id, unitPrice: '99999.00' }],
      });
      ids = { revenue, none, tierOverride: none[0], stageOverride: revenue[60] };
    });

    it('ranks value tiers 1 % / 4 % / 15 % / 80 %, records the run, and keeps a manual tier', async () => {
      const run = await runJob();
      expect(run).toMatchObject({
        name: 'customers.classify',
        status: 'completed',
        processed: 120,
        failed: 0,
        progress: 100,
      });
      expect(run.summary).toMatchObject({
        asOf: AS_OF,
        periodDays: 365,
        tiers: { vip: 1, major: 5, ordinary: 15, small: 99 },
        abc: { A: 15, B: 59, C: 46 },
        // The product has no cost, so margin is revenue: the top 20 % of the 100 are MVC.
        groups: { mvc: 20, none: 100 },
        // The factory's customers are bare prospects.
        screening: { eliminate: 120 },
      });

      const tiers = await ctx.ds.query(
        `SELECT value_tier, count(*)::int AS n FROM customers WHERE id = ANY($1) GROUP BY value_tier ORDER BY value_tier`,
        [ids.revenue],
      );
      expect(Object.fromEntries(tiers.map((r: { value_tier: string; n: number }) => [r.value_tier, r.n]))).toEqual({
        vip: 1,
        major: 4,
        ordinary: 15,
        small: 80,
      });
      const [top] = await ctx.ds.query(`SELECT value_tier FROM customers WHERE id = $1`, [ids.revenue[0]]);
      expect(top.value_tier).toBe('vip');
      expect(
        await count(`SELECT count(*)::int AS n FROM customers WHERE id = ANY($1) AND value_group = 'mvc'`, [
          ids.revenue.slice(0, 20),
        ]),
      ).toBe(20);
      expect(
        await count(`SELECT count(*)::int AS n FROM customers WHERE id = ANY($1) AND value_tier = 'small'`, [
          ids.none.slice(1),
        ]),
      ).toBe(19);
      const [manual] = await ctx.ds.query(`SELECT value_tier, abc_class FROM customers WHERE id = $1`, [
        ids.tierOverride,
      ]);
      expect(manual).toEqual({ value_tier: 'major', abc_class: 'C' });
    });

    it('gives A to the customers that make up 80 % of revenue, B to the next 15 %, C to the rest', async () => {
      const shares = await ctx.ds.query(
        `SELECT c.abc_class, count(*)::int AS n, coalesce(sum(c.total_revenue), 0)::text AS revenue
         FROM customers c WHERE c.deleted_at IS NULL GROUP BY c.abc_class ORDER BY c.abc_class`,
      );
      expect(shares).toEqual([
        { abc_class: 'A', n: 15, revenue: '80000.00' },
        { abc_class: 'B', n: 59, revenue: '15125.00' },
        { abc_class: 'C', n: 46, revenue: '4875.00' },
      ]);
    });

    it('sets stability, behaviour and lifecycle stage, through the lifecycle history', async () => {
      const rows = await ctx.ds.query(
        `SELECT stability, behaviour, lifecycle_stage, count(*)::int AS n FROM customers
         GROUP BY 1, 2, 3 ORDER BY n DESC`,
      );
      expect(rows).toEqual([
        { stability: 'new', behaviour: 'newly_acquired', lifecycle_stage: 'formation', n: 99 },
        { stability: 'potential', behaviour: null, lifecycle_stage: 'exploration', n: 20 },
        { stability: 'new', behaviour: 'newly_acquired', lifecycle_stage: 'stability', n: 1 },
      ]);
      const [kept] = await ctx.ds.query(`SELECT lifecycle_stage FROM customers WHERE id = $1`, [ids.stageOverride]);
      expect(kept.lifecycle_stage).toBe('stability');
      const history = await ctx.ds.query(
        `SELECT from_stage, to_stage, origin, reason, actor_name, count(*)::int AS n FROM customer_lifecycle_changes
         WHERE origin = 'rule' GROUP BY 1, 2, 3, 4, 5`,
      );
      expect(history).toEqual([
        {
          from_stage: 'exploration',
          to_stage: 'formation',
          origin: 'rule',
          reason: 'classification job',
          actor_name: 'job analytics:customers.classify',
          n: 99,
        },
      ]);
      const [audit] = await ctx.ds.query(
        `SELECT actor_kind, actor_name, changes FROM audit_log WHERE entity = 'customers' AND entity_id = $1
         AND changes ? 'valueTier'`,
        [ids.revenue[0]],
      );
      expect(audit).toMatchObject({
        actor_kind: 'system',
        actor_name: 'job analytics:customers.classify',
        changes: { valueTier: { before: null, after: 'vip' }, abcClass: { before: null, after: 'A' } },
      });
    });

    it('changes nothing when run a second time', async () => {
      const snapshot = () =>
        ctx.ds.query(
          `SELECT id, value_tier, abc_class, value_group, stability, behaviour, lifecycle_stage, fit_score,
                  screening_grade, version
           FROM customers ORDER BY id`,
        );
      const before = await snapshot();
      const audits = await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'customers'`);
      const changes = await count(`SELECT count(*)::int AS n FROM customer_lifecycle_changes`);
      const run = await runJob();
      expect(run.summary).toMatchObject({
        customersChanged: 0,
        changed: {
          valueTier: 0,
          abcClass: 0,
          valueGroup: 0,
          stability: 0,
          behaviour: 0,
          fitScore: 0,
          screeningGrade: 0,
          lifecycleStage: 0,
        },
      });
      expect(await snapshot()).toEqual(before);
      expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'customers'`)).toBe(audits);
      expect(await count(`SELECT count(*)::int AS n FROM customer_lifecycle_changes`)).toBe(changes);
      expect(await count(`SELECT count(*)::int AS n FROM job_runs WHERE name = 'customers.classify'`)).toBe(2);
    });
  });

  describe('rules on order history', () => {
    it('computes order statistics per customer in SQL, counting only confirmed, delivered and completed orders up to asOf', async () => {
      const customer = await createCustomer(ctx.ds);
      const product = await createProduct(ctx.ds, { cost: '50.00' });
      const order = (orderDate: string, unitPrice: string, status: 'confirmed' | 'cancelled' = 'confirmed') =>
        createOrder(ctx.ds, {
          customerId: customer.id,
          orderDate,
          status,
          lines: [{ productId: product.id, unitPrice }],
        });
      await order('2025-02-10', '100.00'); // Q1 2025, previous-previous window
      await order('2025-09-15', '200.00'); // Q3 2025, previous 6 months
      await order('2025-10-01', '300.00'); // Q4 2025, previous 6 months
      await order('2026-03-05', '400.00'); // recent 6 months
      await order('2026-04-01', '999.00', 'cancelled');
      await order('2026-08-01', '999.00'); // after asOf

      const runner = ctx.ds.createQueryRunner();
      await runner.connect();
      try {
        const repo = new ClassificationRepository(runner);
        await repo.computeStats({ asOf: AS_OF, periodDays: 365 });
        let row;
        let after: string | null = null;
        for (;;) {
          const batch = await repo.nextBatch(after, 50);
          if (!batch.length) break;
          row = batch.find((r) => r.id === customer.id) ?? row;
          after = batch[batch.length - 1].id;
        }
        expect(row).toMatchObject({
          orderCount: 4,
          firstOrderDate: '2025-02-10',
          lastOrderDate: '2026-03-05',
          ordersRecent: 1,
          ordersPrevious: 2,
          revenueRecent: 40000n,
          revenuePrevious: 50000n,
          consecutiveQuarters: true,
          periodRevenue: 90000n,
          periodMargin: 75000n, // three orders in the period, each 50.00 of cost
        });
        await repo.dropStats();
      } finally {
        await runner.release();
      }
    });

    it('classifies lapsed and steady customers by their history', async () => {
      const product = await createProduct(ctx.ds);
      const history = async (dates: string[]) => {
        const customer = await createCustomer(ctx.ds);
        for (const orderDate of dates)
          await createOrder(ctx.ds, {
            customerId: customer.id,
            orderDate,
            status: 'completed',
            lines: [{ productId: product.id }],
          });
        return customer.id;
      };
      const lapsed = await history(['2024-01-10', '2024-02-10', '2024-05-10']);
      const loyal = await history(['2025-03-01', '2025-06-01', '2025-09-01', '2025-12-01', '2026-03-01', '2026-06-01']);
      const fading = await history(['2025-08-01', '2025-09-01', '2025-10-01', '2025-11-01', '2026-02-01']);
      const lost = await createCustomer(ctx.ds, { status: 'lost' as never });
      await runJob();
      const get = async (id: string) =>
        (await ctx.ds.query(`SELECT stability, behaviour, lifecycle_stage FROM customers WHERE id = $1`, [id]))[0];
      expect(await get(lapsed)).toEqual({ stability: 'repeat', behaviour: 'lost', lifecycle_stage: 'decline' });
      expect(await get(loyal)).toEqual({ stability: 'loyal', behaviour: 'loyal', lifecycle_stage: 'stability' });
      expect(await get(fading)).toEqual({ stability: 'repeat', behaviour: 'disloyal', lifecycle_stage: 'decline' });
      expect(await get(lost.id)).toEqual({ stability: 'potential', behaviour: null, lifecycle_stage: 'terminated' });
    });
  });

  describe('value groups', () => {
    // A later date, so only this block's orders fall in the period.
    const AS_OF_GROUPS = '2030-06-30';
    let product: { id: string };
    const buyer = async (
      orders: Array<{ orderDate: string; quantity?: number; unitPrice?: string; discount?: number }>,
    ) => {
      const customer = await createCustomer(ctx.ds);
      for (const { orderDate, ...line } of orders)
        await createOrder(ctx.ds, {
          customerId: customer.id,
          orderDate,
          status: 'completed',
          lines: [{ productId: product.id, ...line }],
        });
      return customer.id;
    };
    const group = async (id: string) =>
      (await ctx.ds.query(`SELECT value_group FROM customers WHERE id = $1`, [id]))[0].value_group as string | null;

    beforeAll(async () => {
      product = await createProduct(ctx.ds, { listPrice: '100.00', cost: '60.00' });
    });

    it('puts sales below cost in BZ, the top margin in MVC, growing revenue in MGC, and keeps a hand-set group', async () => {
      const belowCost = await buyer([{ orderDate: '2030-05-01', discount: 50 }]); // 50.00 for 60.00 of cost
      const atCost = await buyer([{ orderDate: '2030-05-01', quantity: 2, unitPrice: '60.00' }]);
      const top = await buyer([{ orderDate: '2030-05-01', quantity: 100 }]); // margin 4 000.00
      // 100.00 in the 6 months before, 200.00 in the last 6: +100 %.
      const growing = await buyer([{ orderDate: '2029-09-01' }, { orderDate: '2030-03-01', quantity: 2 }]);
      const steady = await buyer([{ orderDate: '2029-09-01' }, { orderDate: '2030-03-01' }]);
      const firstTime = await buyer([{ orderDate: '2030-05-01', quantity: 3 }]);
      const handSet = await buyer([{ orderDate: '2030-05-01', unitPrice: '40.00' }]);
      const [{ version }] = await ctx.ds.query(`SELECT version FROM customers WHERE id = $1`, [handSet]);
      const patched = await ctx.http
        .patch(`/api/v1/customers/${handSet}`)
        .set(admin)
        .send({ valueGroup: 'mvc', version })
        .expect(200);
      expect(patched.body.classificationOverrides).toEqual(['valueGroup']);

      const run = await runJob({ asOf: AS_OF_GROUPS });
      expect(run.status).toBe('completed');
      // Four positive margins: the top 20 % is one customer; the hand-set MVC counts as held.
      expect(run.summary).toMatchObject({ groups: { mvc: 2, mgc: 1, bz: 2 } });
      expect({
        belowCost: await group(belowCost),
        atCost: await group(atCost),
        top: await group(top),
        growing: await group(growing),
        steady: await group(steady),
        firstTime: await group(firstTime),
        handSet: await group(handSet),
      }).toEqual({
        belowCost: 'bz',
        atCost: 'bz',
        top: 'mvc',
        growing: 'mgc',
        steady: null,
        firstTime: null,
        handSet: 'mvc',
      });
      const [kept] = await ctx.ds.query(`SELECT classification_overrides FROM customers WHERE id = $1`, [handSet]);
      expect(kept.classification_overrides).toEqual(['valueGroup']);
      const [audit] = await ctx.ds.query(
        `SELECT actor_name, changes FROM audit_log WHERE entity = 'customers' AND entity_id = $1
         AND changes ? 'valueGroup'`,
        [belowCost],
      );
      expect(audit).toMatchObject({
        actor_name: 'job analytics:customers.classify',
        changes: { valueGroup: { before: null, after: 'bz' } },
      });

      const again = await runJob({ asOf: AS_OF_GROUPS });
      expect(again.summary).toMatchObject({ customersChanged: 0, changed: { valueGroup: 0 } });
      expect(await group(handSet)).toBe('mvc');
    });
  });

  it('lets only admins queue the job', async () => {
    const am = await loginAs(ctx, Role.AccountManager);
    await ctx.http.post('/api/v1/customers/classify').set(am.headers).send({}).expect(403);
    await ctx.http.post('/api/v1/customers/classify').set(admin).send({ periodDays: 0 }).expect(400);
  });
});
