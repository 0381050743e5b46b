import { registerMessages, Role, type MessageKey } from '@crm/server-core';
import { createTestApp, createUser, loginAs, TestContext } from '@crm/server-core/testing';
import { Injectable, Module } from '@nestjs/common';
import { createCustomer, createInteraction, createProduct } from '../testing';
import { TimelineSource } from './timeline-source';

// What another lib does: declare its own source on a provider of its module, without touching the timeline.
registerMessages({ en: { 'timeline_type.test_order': 'Test orders' }, zh: { 'timeline_type.test_order': '测试订单' } });

@Injectable()
@TimelineSource({
  name: 'test_order',
  label: 'timeline_type.test_order' as MessageKey,
  sql: `SELECT o.id, o.placed_at AS occurred_at, 'Order' AS title, 'Total ' || o.total AS summary,
               jsonb_build_object('total', o.total::text) AS data
        FROM test_orders o WHERE o.customer_id = :customerId`,
})
class TestOrderTimelineSource {}

@Module({ providers: [TestOrderTimelineSource] })
class TestOrdersModule {}

describe('customer timeline API', () => {
  let ctx: TestContext;
  let headers: { Authorization: string };

  beforeAll(async () => {
    ctx = await createTestApp({ imports: [TestOrdersModule] });
    headers = (await loginAs(ctx, Role.Admin)).headers;
    await ctx.ds.query(
      `CREATE TABLE test_orders (id uuid PRIMARY KEY, customer_id uuid, placed_at timestamptz, total numeric)`,
    );
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

  it('lists the types for its filter, named in the caller’s language, with the customer’s counts', async () => {
    const customer = await createCustomer(ctx.ds);
    await createInteraction(ctx.ds, { customerId: customer.id });
    await createInteraction(ctx.ds, { customerId: customer.id });
    const res = await ctx.http
      .get(`/api/v1/customers/${customer.id}/timeline/types`)
      .set(headers)
      .set('Accept-Language', 'zh-CN')
      .expect(200);
    expect(res.body.data).toEqual([
      { type: 'interaction', label: '交往记录', count: 2 },
      { type: 'lifecycle_change', label: '生命周期变化', count: 0 },
      { type: 'order', label: '订单', count: 0 },
      { type: 'payment', label: '回款', count: 0 },
      { type: 'test_order', label: '测试订单', count: 0 },
    ]);
    const en = await ctx.http.get(`/api/v1/customers/${customer.id}/timeline/types`).set(headers).expect(200);
    expect(en.body.data[2]).toEqual({ type: 'order', label: 'Orders', count: 0 });
  });

  it('shows one item per business event: a confirmed, paid order is one order item and one payment', async () => {
    const created = await ctx.http
      .post('/api/v1/customers')
      .set(headers)
      .send({ name: 'One Line Trading' })
      .expect(201);
    const customerId = created.body.id as string;
    const product = await createProduct(ctx.ds, { listPrice: '300.00', stockOnHand: 10 });
    const order = await ctx.http
      .post('/api/v1/orders')
      .set(headers)
      .send({ customerId, lines: [{ productId: product.id, quantity: 2 }] })
      .expect(201);
    await ctx.http.post(`/api/v1/orders/${order.body.id}/confirm`).set(headers).send({}).expect(200);
    await ctx.http
      .post('/api/v1/payments')
      .set(headers)
      .send({ orderId: order.body.id, amount: '600.00', paidAt: '2030-01-02', method: 'bank_transfer' })
      .expect(201);
    // Confirming the first order moved the customer to formation: that change is on the order's item.
    const customer = await ctx.http.get(`/api/v1/customers/${customerId}`).set(headers).expect(200);
    expect(customer.body.lifecycleStage).toBe('formation');

    const res = await ctx.http.get(`/api/v1/customers/${customerId}/timeline`).set(headers).expect(200);
    expect(res.body.data.map((i: { type: string; title: string }) => [i.type, i.title])).toEqual([
      ['payment', 'Payment 600.00 CNY'],
      ['order', `Order ${order.body.number} confirmed`],
      ['lifecycle_change', 'Lifecycle: exploration'],
    ]);
    const item = res.body.data[1];
    expect(item).toMatchObject({
      id: order.body.id,
      summary: '600.00 CNY · Lifecycle: exploration → formation',
      data: expect.objectContaining({
        step: 'confirmed',
        status: 'confirmed',
        createdAt: expect.any(String),
        confirmedAt: expect.any(String),
        deliveredAt: null,
        lifecycleChange: expect.objectContaining({ fromStage: 'exploration', toStage: 'formation' }),
      }),
    });
    // The change is still in the customer's lifecycle history.
    const history = await ctx.http.get(`/api/v1/customers/${customerId}/lifecycle`).set(headers).expect(200);
    expect(history.body.data.map((c: { toStage: string }) => c.toStage)).toEqual(['formation', 'exploration']);

    // Dated apart (as imported or seeded history may be), the change still belongs to its order.
    await ctx.ds.query(
      `UPDATE customer_lifecycle_changes SET occurred_at = occurred_at + interval '3 hours'
       WHERE customer_id = $1 AND to_stage = 'formation'`,
      [customerId],
    );
    const apart = await ctx.http.get(`/api/v1/customers/${customerId}/timeline`).set(headers).expect(200);
    expect(apart.body.data.map((i: { type: string }) => i.type)).toEqual(['payment', 'order', 'lifecycle_change']);

    await ctx.http.post(`/api/v1/orders/${order.body.id}/deliver`).set(headers).send({}).expect(200);
    const later = await ctx.http.get(`/api/v1/customers/${customerId}/timeline?types=order`).set(headers).expect(200);
    expect(later.body.data.map((i: { title: string }) => i.title)).toEqual([`Order ${order.body.number} delivered`]);
  });

  it('answers 404 for a customer the user cannot see', async () => {
    const other = await createUser(ctx.ds, { roles: [Role.AccountManager] });
    const customer = await createCustomer(ctx.ds, { ownerId: other.id });
    const me = await loginAs(ctx, Role.AccountManager);
    await ctx.http.get(`/api/v1/customers/${customer.id}/timeline`).set(me.headers).expect(404);
    await ctx.http.get(`/api/v1/customers/${customer.id}/timeline/types`).set(me.headers).expect(404);
  });
});
