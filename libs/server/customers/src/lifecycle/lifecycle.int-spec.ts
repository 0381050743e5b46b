import { Role } from '@crm/server-core';
import { createTestApp, createUser, loginAs, TestContext } from '@crm/server-core/testing';
import { LifecycleStage } from '../customers/customer.enums';
import { createCustomer, createProduct } from '../testing';
import { LifecycleService } from './lifecycle.service';

describe('customer lifecycle API', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('records a manual stage change with its reason, in the history and on the timeline', async () => {
    const { user, headers } = await loginAs(ctx, Role.AccountManager, { name: 'Ann Lee' });
    const created = await ctx.http.post('/api/v1/customers').set(headers).send({ name: 'Lifecycle Ltd' }).expect(201);
    const id = created.body.id as string;

    const change = await ctx.http
      .post(`/api/v1/customers/${id}/lifecycle`)
      .set(headers)
      .send({ stage: 'decline', reason: 'Orders fell by half over two quarters' })
      .expect(201);
    expect(change.body).toMatchObject({
      customerId: id,
      fromStage: 'exploration',
      toStage: 'decline',
      reason: 'Orders fell by half over two quarters',
      origin: 'manual',
      actorId: user.id,
      actorName: 'Ann Lee',
    });

    const customer = await ctx.http.get(`/api/v1/customers/${id}`).set(headers).expect(200);
    expect(customer.body).toMatchObject({ lifecycleStage: 'decline', classificationOverrides: ['lifecycleStage'] });

    const history = await ctx.http.get(`/api/v1/customers/${id}/lifecycle`).set(headers).expect(200);
    expect(history.body).toMatchObject({ total: 2, page: 1 });
    expect(history.body.data.map((c: { toStage: string }) => c.toStage)).toEqual(['decline', 'exploration']);

    const timeline = await ctx.http
      .get(`/api/v1/customers/${id}/timeline?types=lifecycle_change`)
      .set(headers)
      .expect(200);
    expect(timeline.body.data[0]).toMatchObject({
      type: 'lifecycle_change',
      id: change.body.id,
      title: 'Lifecycle: exploration → decline',
      summary: 'Orders fell by half over two quarters',
      data: { fromStage: 'exploration', toStage: 'decline', origin: 'manual', actorId: user.id },
    });
  });

  it('requires a reason and a valid stage (400), and refuses the current stage (422)', async () => {
    const { headers } = await loginAs(ctx, Role.Admin);
    const customer = await createCustomer(ctx.ds);
    const noReason = await ctx.http
      .post(`/api/v1/customers/${customer.id}/lifecycle`)
      .set(headers)
      .send({ stage: 'formation' })
      .expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const blank = await ctx.http
      .post(`/api/v1/customers/${customer.id}/lifecycle`)
      .set(headers)
      .send({ stage: 'formation', reason: '   ' })
      .expect(400);
    expect(blank.body.errors[0].field).toBe('reason');
    const badStage = await ctx.http
      .post(`/api/v1/customers/${customer.id}/lifecycle`)
      .set(headers)
      .send({ stage: 'adolescence', reason: 'x' })
      .expect(400);
    expect(badStage.body.errors[0].field).toBe('stage');
    const same = await ctx.http
      .post(`/api/v1/customers/${customer.id}/lifecycle`)
      .set(headers)
      .send({ stage: 'exploration', reason: 'x' })
      .expect(422);
    expect(same.body.code).toBe('lifecycle_stage_unchanged');
  });

  it("hides another manager's customer history (404) and refuses executives (403)", async () => {
    const other = await createUser(ctx.ds, { roles: [Role.AccountManager] });
    const customer = await createCustomer(ctx.ds, { ownerId: other.id });
    const { headers } = await loginAs(ctx, Role.AccountManager);
    await ctx.http.get(`/api/v1/customers/${customer.id}/lifecycle`).set(headers).expect(404);
    await ctx.http
      .post(`/api/v1/customers/${customer.id}/lifecycle`)
      .set(headers)
      .send({ stage: 'formation', reason: 'x' })
      .expect(404);
    const exec = await loginAs(ctx, Role.Executive);
    await ctx.http
      .post(`/api/v1/customers/${customer.id}/lifecycle`)
      .set(exec.headers)
      .send({ stage: 'formation', reason: 'x' })
      .expect(403);
  });

  it('lets rules move the stage unless it was set by hand', async () => {
    const lifecycle = ctx.app.get(LifecycleService);
    const auto = await createCustomer(ctx.ds);
    const manual = await createCustomer(ctx.ds, { classificationOverrides: ['lifecycleStage'] });
    const moved = await ctx.ds.transaction((m) =>
      lifecycle.proposeStage(m, auto.id, LifecycleStage.Formation, 'First order placed'),
    );
    const kept = await ctx.ds.transaction((m) =>
      lifecycle.proposeStage(m, manual.id, LifecycleStage.Formation, 'First order placed'),
    );
    expect([moved, kept]).toEqual([true, false]);
    const rows = await ctx.ds.query(
      `SELECT customer_id, to_stage, origin, actor_id FROM customer_lifecycle_changes WHERE customer_id = ANY($1)`,
      [[auto.id, manual.id]],
    );
    expect(rows).toEqual([{ customer_id: auto.id, to_stage: 'formation', origin: 'rule', actor_id: null }]);
  });

  it('keeps the reasons the server writes as keys with parameters, user-typed ones as text', async () => {
    const { headers } = await loginAs(ctx, Role.AccountManager);
    const created = await ctx.http
      .post('/api/v1/customers')
      .set(headers)
      .send({ name: 'Keyed Reasons Ltd' })
      .expect(201);
    const id = created.body.id as string;
    const product = await createProduct(ctx.ds);
    const order = await ctx.http
      .post('/api/v1/orders')
      .set(headers)
      .send({ customerId: id, lines: [{ productId: product.id, quantity: 1 }] })
      .expect(201);
    await ctx.http.post(`/api/v1/orders/${order.body.id}/confirm`).set(headers).expect(200);
    await ctx.http
      .post(`/api/v1/customers/${id}/lifecycle`)
      .set(headers)
      .send({ stage: 'stability', reason: 'Framework contract signed' })
      .expect(201);

    const history = await ctx.http.get(`/api/v1/customers/${id}/lifecycle`).set(headers).expect(200);
    const rows = history.body.data.map((c: Record<string, unknown>) => [c.reasonKey, c.reasonParams, c.reason]);
    expect(rows).toEqual([
      [null, null, 'Framework contract signed'],
      ['first_order_confirmed', { number: order.body.number }, `First order ${order.body.number} confirmed`],
      ['customer_created', null, 'Customer created'],
    ]);
    const timeline = await ctx.http
      .get(`/api/v1/customers/${id}/timeline?types=lifecycle_change`)
      .set(headers)
      .expect(200);
    // The first order's stage change is shown on the order's item.
    expect(timeline.body.data.map((i: { data: Record<string, unknown> }) => i.data.reasonKey)).toEqual([
      null,
      'customer_created',
    ]);
  });
});
