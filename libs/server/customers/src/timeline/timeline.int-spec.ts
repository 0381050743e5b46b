import { Role } from '@crm/server-core';
import { createTestApp, createUser, loginAs, TestContext } from '@crm/server-core/testing';
import { createCustomer, createInteraction } from '../testing';
import { TimelineService } from './timeline.service';

describe('customer timeline API', () => {
  let ctx: TestContext;
  let headers: { Authorization: string };

  beforeAll(async () => {
    ctx = await createTestApp();
    headers = (await loginAs(ctx, Role.Admin)).headers;
    // What the orders feature will do: add its own source without touching the timeline.
    await ctx.ds.query(
      `CREATE TABLE test_orders (id uuid PRIMARY KEY, customer_id uuid, placed_at timestamptz, total numeric)`,
    );
    ctx.app.get(TimelineService).registerSource('test_order', {
      sql: `SELECT o.id, o.placed_at AS occurred_at, 'Order' AS title, 'Total ' || o.total AS summary,
                   jsonb_build_object('total', o.total::text) AS data
            FROM test_orders o WHERE o.customer_id = :customerId`,
    });
  });
  afterAll(() => ctx.close());

  it('merges interactions, lifecycle changes and registered sources, newest first, paged', async () => {
    const customer = await createCustomer(ctx.ds);
    await ctx.ds.query(
      `INSERT INTO customer_lifecycle_changes (customer_id, from_stage, to_stage, reason, origin, occurred_at)
       VALUES ($1, 'exploration', 'formation', 'First order', 'rule', '2026-03-01T10:00:00Z')`,
      [customer.id],
    );
    const visit = await createInteraction(ctx.ds, {
      customerId: customer.id,
      type: 'visit',
      summary: 'Site visit',
      occurredAt: new Date('2026-04-01T10:00:00Z'),
    });
    const call = await createInteraction(ctx.ds, {
      customerId: customer.id,
      type: 'call',
      summary: 'Follow-up call',
      occurredAt: new Date('2026-02-01T10:00:00Z'),
    });
    await ctx.ds.query(`INSERT INTO test_orders VALUES (gen_random_uuid(), $1, '2026-03-15T10:00:00Z', 1250.5)`, [
      customer.id,
    ]);
    // Someone else's records never show.
    await createInteraction(ctx.ds, { summary: 'Other customer' });

    const page1 = await ctx.http.get(`/api/v1/customers/${customer.id}/timeline?pageSize=2`).set(headers).expect(200);
    expect(page1.body).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect(page1.body.data).toEqual([
      {
        type: 'interaction',
        id: visit.id,
        occurredAt: '2026-04-01T10:00:00.000Z',
        title: 'Visit',
        summary: 'Site visit',
        data: expect.objectContaining({ interactionType: 'visit', labelZh: '拜访' }),
      },
      expect.objectContaining({
        type: 'test_order',
        title: 'Order',
        summary: 'Total 1250.5',
        data: { total: '1250.5' },
      }),
    ]);
    const page2 = await ctx.http
      .get(`/api/v1/customers/${customer.id}/timeline?pageSize=2&page=2`)
      .set(headers)
      .expect(200);
    expect(page2.body.data.map((i: { type: string; id: string }) => [i.type, i.id === call.id])).toEqual([
      ['lifecycle_change', false],
      ['interaction', true],
    ]);
    const past = await ctx.http
      .get(`/api/v1/customers/${customer.id}/timeline?pageSize=2&page=5`)
      .set(headers)
      .expect(200);
    expect(past.body).toMatchObject({ data: [], total: 4 });
  });

  it('filters by item type and rejects unknown types', async () => {
    const customer = await createCustomer(ctx.ds);
    await createInteraction(ctx.ds, { customerId: customer.id });
    const res = await ctx.http
      .get(`/api/v1/customers/${customer.id}/timeline?types=interaction,test_order`)
      .set(headers)
      .expect(200);
    expect(res.body.data.map((i: { type: string }) => i.type)).toEqual(['interaction']);
    const bad = await ctx.http.get(`/api/v1/customers/${customer.id}/timeline?types=gossip`).set(headers).expect(400);
    expect(bad.body.errors[0].field).toBe('types');
  });

  it('answers 404 for a customer the user cannot see', async () => {
    const other = await createUser(ctx.ds, { roles: [Role.AccountManager] });
    const customer = await createCustomer(ctx.ds, { ownerId: other.id });
    const me = await loginAs(ctx, Role.AccountManager);
    await ctx.http.get(`/api/v1/customers/${customer.id}/timeline`).set(me.headers).expect(404);
  });
});
