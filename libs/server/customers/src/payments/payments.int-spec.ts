import { Role } from '@crm/server-core';
import { createTestApp, loginAs, TestContext } from '@crm/server-core/testing';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { PaymentEvents } from '../orders/order.events';
import { createCustomer, createOrder, createPayment } from '../testing';

type Headers = { Authorization: string };

describe('payments API', () => {
  let ctx: TestContext;
  let am: { user: { id: string }; headers: Headers };
  let admin: Headers;

  beforeAll(async () => {
    ctx = await createTestApp();
    am = await loginAs(ctx, Role.AccountManager);
    admin = (await loginAs(ctx, Role.Admin)).headers;
  });
  afterAll(() => ctx.close());

  // A confirmed order of 1000.00 for a customer of the account manager.
  const confirmedOrder = async (status: 'confirmed' | 'delivered' | 'draft' | 'cancelled' = 'confirmed') =>
    createOrder(ctx.ds, {
      customerId: (await createCustomer(ctx.ds, { ownerId: am.user.id })).id,
      status,
      lines: [{ quantity: 4, unitPrice: '250.00' }],
    });
  const pay = (orderId: string, amount: string | number, headers = am.headers, extra: object = {}) =>
    ctx.http
      .post('/api/v1/payments')
      .set(headers)
      .send({ orderId, amount, paidAt: '2026-05-01T10:00:00Z', method: 'bank_transfer', ...extra });
  const orderRow = async (id: string) =>
    (await ctx.ds.query(`SELECT paid_amount, version FROM orders WHERE id = $1`, [id]))[0];
  const getOrder = (id: string) => ctx.http.get(`/api/v1/orders/${id}`).set(am.headers).expect(200);

  it('records a payment and updates the paid and outstanding amounts of the order', async () => {
    const order = await confirmedOrder();
    const res = await pay(order.id, '300.50', am.headers, { account: 'ICBC 1234', reference: 'TX-1' }).expect(201);
    expect(res.body).toMatchObject({
      orderId: order.id,
      customerId: order.customerId,
      amount: '300.50',
      paidAt: '2026-05-01T10:00:00.000Z',
      method: 'bank_transfer',
      account: 'ICBC 1234',
      reference: 'TX-1',
      handledById: am.user.id,
      version: 1,
    });
    await pay(order.id, 200, am.headers).expect(201);
    expect((await getOrder(order.id)).body).toMatchObject({
      total: '1000.00',
      paidAmount: '500.50',
      outstandingAmount: '499.50',
    });
  });

  it('refuses a payment over the outstanding balance with 422 and leaves the order unchanged', async () => {
    const order = await confirmedOrder();
    await pay(order.id, '900.00').expect(201);
    const before = await orderRow(order.id);
    const res = await pay(order.id, '100.01').expect(422);
    expect(res.body).toMatchObject({
      status: 422,
      code: 'payment_exceeds_outstanding',
      detail: 'The payment of 100.01 CNY exceeds the outstanding balance of 100.00 CNY',
      errors: [{ field: 'amount' }],
    });
    expect(await orderRow(order.id)).toEqual(before);
    expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM payments WHERE order_id = $1`, [order.id]))[0].n).toBe(
      1,
    );
    await pay(order.id, '100.00').expect(201);
    expect((await getOrder(order.id)).body.outstandingAmount).toBe('0.00');
  });

  it('accepts exactly one of two concurrent payments that together exceed the balance', async () => {
    const order = await confirmedOrder();
    const results = await Promise.all([pay(order.id, '600.00'), pay(order.id, '600.00')]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 422]);
    expect((await orderRow(order.id)).paid_amount).toBe('600.00');
    const [{ sum }] = await ctx.ds.query(`SELECT sum(amount)::text AS sum FROM payments WHERE order_id = $1`, [
      order.id,
    ]);
    expect(sum).toBe('600.00');
  });

  it('restores the balance when a payment is deleted; account managers may not delete', async () => {
    const order = await confirmedOrder();
    const first = await pay(order.id, '400.00').expect(201);
    await pay(order.id, '100.00').expect(201);
    await ctx.http.delete(`/api/v1/payments/${first.body.id}`).set(am.headers).expect(403);
    // A sales manager outside the customer's team does not even see it.
    const outsider = (await loginAs(ctx, Role.SalesManager)).headers;
    await ctx.http.delete(`/api/v1/payments/${first.body.id}`).set(outsider).expect(404);
    await ctx.http.delete(`/api/v1/payments/${first.body.id}`).set(admin).expect(204);
    expect((await getOrder(order.id)).body).toMatchObject({ paidAmount: '100.00', outstandingAmount: '900.00' });
    await ctx.http.get(`/api/v1/payments/${first.body.id}`).set(am.headers).expect(404);
  });

  it('takes payments only on confirmed or delivered orders', async () => {
    for (const status of ['draft', 'cancelled'] as const) {
      const order = await confirmedOrder(status);
      const res = await pay(order.id, '1.00').expect(422);
      expect(res.body.code).toBe('order_not_payable');
    }
    await pay((await confirmedOrder('delivered')).id, '1.00').expect(201);
  });

  it('keeps the payments of a completed order', async () => {
    const order = await createOrder(ctx.ds, {
      customerId: (await createCustomer(ctx.ds, { ownerId: am.user.id })).id,
      status: 'completed',
    });
    const [payment] = await ctx.ds.query(`SELECT id FROM payments WHERE order_id = $1`, [order.id]);
    const res = await ctx.http.delete(`/api/v1/payments/${payment.id}`).set(admin).expect(422);
    expect(res.body.code).toBe('order_closed');
  });

  it('validates amounts, the method against the payment_method dictionary, and the order reference', async () => {
    const order = await confirmedOrder();
    const bad = await pay(order.id, '0').expect(400);
    expect(bad.body.errors).toEqual([{ field: 'amount', message: 'amount must be more than 0' }]);
    await pay(order.id, '-5.00').expect(400);
    await pay(order.id, '1.234').expect(400);
    const method = await pay(order.id, '1.00', am.headers, { method: 'seashells' }).expect(400);
    expect(method.body.errors).toEqual([
      { field: 'method', message: 'method must be an active payment_method key; "seashells" is not' },
    ]);
    const hidden = await createOrder(ctx.ds, { status: 'confirmed' });
    const ref = await pay(hidden.id, '1.00').expect(400);
    expect(ref.body.errors).toEqual([{ field: 'orderId', message: 'orderId must refer to an existing order' }]);
  });

  it('lists payments by order, customer, method and date, within visibility', async () => {
    const order = await confirmedOrder();
    await pay(order.id, '10.00', am.headers, { paidAt: '2026-01-10T08:00:00Z', method: 'cash' }).expect(201);
    await pay(order.id, '20.00', am.headers, { paidAt: '2026-02-10T08:00:00Z' }).expect(201);
    const list = (query: Record<string, string>, headers = am.headers) =>
      ctx.http.get('/api/v1/payments').set(headers).query(query).expect(200);
    expect((await list({ orderId: order.id })).body).toMatchObject({
      total: 2,
      data: [{ amount: '20.00' }, { amount: '10.00' }],
    });
    expect(
      (await list({ customerId: order.customerId, method: 'cash' })).body.data.map((p: { amount: string }) => p.amount),
    ).toEqual(['10.00']);
    expect((await list({ orderId: order.id, from: '2026-02-01', to: '2026-02-10' })).body.total).toBe(1);
    expect((await list({ orderId: order.id, sort: 'amount' })).body.data[0].amount).toBe('10.00');
    const other = await loginAs(ctx, Role.AccountManager);
    expect((await list({ orderId: order.id }, other.headers)).body.total).toBe(0);
  });

  it('corrects payment details but not the amount', async () => {
    const order = await confirmedOrder();
    const created = await pay(order.id, '10.00').expect(201);
    const res = await ctx.http
      .patch(`/api/v1/payments/${created.body.id}`)
      .set(am.headers)
      .send({ version: 1, reference: 'CHQ-9', method: 'cheque' })
      .expect(200);
    expect(res.body).toMatchObject({ reference: 'CHQ-9', method: 'cheque', amount: '10.00', version: 2 });
    await ctx.http
      .patch(`/api/v1/payments/${created.body.id}`)
      .set(am.headers)
      .send({ version: 2, amount: '5.00' })
      .expect(400);
  });

  it('emits payment.received with the amount', async () => {
    const order = await confirmedOrder();
    const seen: unknown[] = [];
    const events = ctx.app.get(EventEmitter2);
    const listener = (e: unknown) => seen.push(e);
    events.on(PaymentEvents.Received, listener);
    try {
      const res = await pay(order.id, '12.00').expect(201);
      expect(seen).toEqual([{ id: res.body.id, orderId: order.id, customerId: order.customerId, amount: '12.00' }]);
    } finally {
      events.off(PaymentEvents.Received, listener);
    }
  });

  it('has a factory that pays the whole outstanding amount by default', async () => {
    const order = await confirmedOrder();
    const payment = await createPayment(ctx.ds, { orderId: order.id });
    expect(payment.amount).toBe('1000.00');
    expect((await orderRow(order.id)).paid_amount).toBe('1000.00');
  });
});
