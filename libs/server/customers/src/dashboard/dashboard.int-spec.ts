import { DashboardService, Role } from '@crm/server-core';
import { createTestApp, loginAs, TestContext } from '@crm/server-core/testing';
import { DataSource } from 'typeorm';
import { createCustomer, createInteraction, createOrder, createPayment } from '../testing';
import { weekBounds } from './customers.tiles';

type Headers = { Authorization: string };
interface Tile {
  id: string;
  kind: string;
  label: string;
  link: string | null;
  value: number | null;
  amounts: Array<{ currency: string; amount: string }> | null;
  items: Array<Record<string, unknown>> | null;
  failed: boolean;
}

const insertImport = (ds: DataSource, createdById: string, fileName: string, at: string) =>
  ds.query(
    `INSERT INTO imports (entity, file_name, format, storage_key, status, created, updated, failed, created_by_id, created_at)
     VALUES ('customers', $2, 'csv', $2, 'completed', 3, 1, 0, $1, $3)`,
    [createdById, fileName, at],
  );

describe('dashboard tiles', () => {
  let ctx: TestContext;
  let am: { user: { id: string }; headers: Headers };
  let other: { user: { id: string }; headers: Headers };
  let admin: Headers;

  const tiles = async (headers: Headers): Promise<Record<string, Tile>> => {
    const res = await ctx.http.get('/api/v1/dashboard/tiles').set(headers).expect(200);
    return Object.fromEntries((res.body.data as Tile[]).map((t) => [t.id, t]));
  };

  beforeAll(async () => {
    ctx = await createTestApp();
    am = await loginAs(ctx, Role.AccountManager);
    other = await loginAs(ctx, Role.AccountManager);
    admin = (await loginAs(ctx, Role.Admin)).headers;

    // The account manager: 2 formation customers, 1 exploration; another rep: 1 stability.
    const mine = await createCustomer(ctx.ds, { ownerId: am.user.id, lifecycleStage: 'formation' });
    await createCustomer(ctx.ds, { ownerId: am.user.id, lifecycleStage: 'formation' });
    await createCustomer(ctx.ds, { ownerId: am.user.id, lifecycleStage: 'exploration' });
    const theirs = await createCustomer(ctx.ds, { ownerId: other.user.id, lifecycleStage: 'stability' });
    // A deleted customer counts nowhere.
    const gone = await createCustomer(ctx.ds, { ownerId: am.user.id });
    await createOrder(ctx.ds, { customerId: gone.id, status: 'confirmed', lines: [{ unitPrice: '99.00' }] });
    await ctx.ds.query(`UPDATE customers SET deleted_at = now() WHERE id = $1`, [gone.id]);

    // Mine: 1000.00 confirmed (300.00 paid), 200.00 delivered unpaid, a paid one, a draft.
    const partly = await createOrder(ctx.ds, {
      customerId: mine.id,
      status: 'confirmed',
      lines: [{ quantity: 4, unitPrice: '250.00' }],
    });
    await createPayment(ctx.ds, { orderId: partly.id, amount: '300.00' });
    await createOrder(ctx.ds, { customerId: mine.id, status: 'delivered', lines: [{ unitPrice: '200.00' }] });
    const paid = await createOrder(ctx.ds, {
      customerId: mine.id,
      status: 'confirmed',
      lines: [{ unitPrice: '50.00' }],
    });
    await createPayment(ctx.ds, { orderId: paid.id, amount: '50.00' });
    await createOrder(ctx.ds, { customerId: mine.id, status: 'draft', lines: [{ unitPrice: '70.00' }] });
    // Theirs: 80.00 confirmed in USD.
    await createOrder(ctx.ds, {
      customerId: theirs.id,
      status: 'confirmed',
      currency: 'USD',
      lines: [{ unitPrice: '80.00' }],
    });

    // Next steps: two of mine this week, one next week, one of theirs this week.
    const { start, end } = weekBounds();
    const at = (ms: number) => new Date(start.getTime() + ms);
    await createInteraction(ctx.ds, { customerId: mine.id, nextStep: 'Send the quote', nextStepAt: at(3_600_000) });
    await createInteraction(ctx.ds, { customerId: mine.id, nextStep: 'Call back', nextStepAt: at(86_400_000) });
    await createInteraction(ctx.ds, { customerId: mine.id, nextStep: 'Later', nextStepAt: end });
    await createInteraction(ctx.ds, { customerId: theirs.id, nextStep: 'Visit', nextStepAt: at(7_200_000) });

    for (let i = 1; i <= 6; i++) await insertImport(ctx.ds, am.user.id, `mine-${i}.csv`, `2026-01-0${i}T10:00:00Z`);
    await insertImport(ctx.ds, other.user.id, 'theirs.csv', '2026-02-01T10:00:00Z');
    await ctx.ds.query(`UPDATE imports SET dry_run = true WHERE file_name = 'mine-6.csv'`);
  });
  afterAll(() => ctx.close());

  it("covers only an account manager's own customers", async () => {
    const t = await tiles(am.headers);
    expect(Object.keys(t)).toEqual([
      'customers.by_stage',
      'orders.awaiting_payment',
      'orders.outstanding_amount',
      'interactions.next_steps_due',
      'imports.recent',
    ]);
    expect(Object.values(t).every((tile) => !tile.failed)).toBe(true);
    expect(t['customers.by_stage']).toMatchObject({
      kind: 'breakdown',
      value: 3,
      itemLabels: 'crm.enums.lifecycleStage',
    });
    expect(t['customers.by_stage'].items).toEqual([
      expect.objectContaining({ key: 'exploration', value: 1 }),
      expect.objectContaining({ key: 'formation', value: 2 }),
      expect.objectContaining({ key: 'stability', value: 0 }),
      expect.objectContaining({ key: 'decline', value: 0 }),
      expect.objectContaining({ key: 'terminated', value: 0 }),
    ]);
    expect(t['customers.by_stage'].items![1].link).toBe(
      `/customers?filter=${encodeURIComponent('{"lifecycleStage":"formation"}')}`,
    );
    expect(t['orders.awaiting_payment']).toMatchObject({ kind: 'number', value: 2 });
    expect(t['orders.outstanding_amount']).toMatchObject({
      kind: 'money',
      amounts: [{ currency: 'CNY', amount: '900.00' }],
    });
    const due = t['interactions.next_steps_due'];
    expect(due).toMatchObject({ kind: 'recent', value: 2 });
    expect(due.items!.map((i) => i.detail)).toEqual(['Send the quote', 'Call back']);
    expect(due.link).toContain('/interactions?filter=');
    const imports = t['imports.recent'].items!;
    expect(imports.map((i) => i.label)).toEqual(['mine-5.csv', 'mine-4.csv', 'mine-3.csv', 'mine-2.csv', 'mine-1.csv']);
    expect(imports[0]).toMatchObject({ status: 'completed', figures: { created: 3, updated: 1, failed: 0 } });
  });

  it('covers every customer for an admin, and everyone’s imports', async () => {
    const t = await tiles(admin);
    expect(t['customers.by_stage'].value).toBe(4);
    expect(t['orders.awaiting_payment'].value).toBe(3);
    expect(t['orders.outstanding_amount'].amounts).toEqual([
      { currency: 'CNY', amount: '900.00' },
      { currency: 'USD', amount: '80.00' },
    ]);
    expect(t['interactions.next_steps_due'].value).toBe(3);
    expect(t['imports.recent'].items![0].label).toBe('theirs.csv');
  });

  it('shows each caller only the tiles whose permission they hold', async () => {
    const executive = (await loginAs(ctx, Role.Executive)).headers;
    expect(Object.keys(await tiles(executive))).toEqual([
      'customers.by_stage',
      'orders.awaiting_payment',
      'orders.outstanding_amount',
    ]);
    const agent = (await loginAs(ctx, Role.CallAgent)).headers;
    expect(Object.keys(await tiles(agent))).toEqual([
      'customers.by_stage',
      'orders.awaiting_payment',
      'orders.outstanding_amount',
      'interactions.next_steps_due',
    ]);
    await ctx.http.get('/api/v1/dashboard/tiles').expect(401);
  });

  it('answers a failing tile as failed and still computes the others', async () => {
    const service = ctx.app.get(DashboardService);
    const registered = (service as unknown as { tiles: Array<{ meta: { name: string }; instance: object }> }).tiles;
    const stage = registered.find((t) => t.meta.name === 'customers.by_stage')!;
    const original = stage.instance;
    stage.instance = { compute: () => Promise.reject(new Error('boom')) };
    try {
      const t = await tiles(am.headers);
      expect(t['customers.by_stage']).toMatchObject({ failed: true, value: null, items: null });
      expect(t['orders.awaiting_payment']).toMatchObject({ failed: false, value: 2 });
    } finally {
      stage.instance = original;
    }
  });

  it('lists the orders awaiting payment and the next steps the tiles link to', async () => {
    const orders = await ctx.http.get('/api/v1/orders?outstanding=true').set(am.headers).expect(200);
    expect(orders.body.total).toBe(2);
    const t = await tiles(am.headers);
    const filter = JSON.parse(new URL(t['interactions.next_steps_due'].link!, 'http://x').searchParams.get('filter')!);
    const due = await ctx.http.get('/api/v1/interactions').query(filter).set(am.headers).expect(200);
    expect(due.body.total).toBe(2);
  });

  it('gives a user without customers zeros, not errors', async () => {
    const { headers } = await loginAs(ctx, Role.AccountManager);
    const t = await tiles(headers);
    expect(t['customers.by_stage'].value).toBe(0);
    expect(t['orders.awaiting_payment'].value).toBe(0);
    expect(t['orders.outstanding_amount'].amounts).toEqual([]);
    expect(t['interactions.next_steps_due']).toMatchObject({ value: 0, items: [] });
    expect(t['imports.recent'].items).toEqual([]);
  });
});
