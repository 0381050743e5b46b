import { Role } from '@crm/server-core';
import { createTestApp, loginAs, TestContext } from '@crm/server-core/testing';
import { createCustomer, createOrder, createProduct } from '../testing';

describe('GET /orders/next-number', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('tells the number a blank one will get, without taking it, and steps over typed-in numbers', async () => {
    const { user, headers } = await loginAs(ctx, Role.AccountManager);
    const customer = await createCustomer(ctx.ds, { ownerId: user.id });
    const product = await createProduct(ctx.ds);
    await createOrder(ctx.ds, { customerId: customer.id });

    const first = await ctx.http.get('/api/v1/orders/next-number?orderDate=2027-03-01').set(headers).expect(200);
    expect(first.body.number).toMatch(/^SO-2027-\d{6}$/);
    const again = await ctx.http.get('/api/v1/orders/next-number?orderDate=2027-03-01').set(headers).expect(200);
    expect(again.body.number).toBe(first.body.number);

    const created = await ctx.http
      .post('/api/v1/orders')
      .set(headers)
      .send({ customerId: customer.id, orderDate: '2027-03-01', lines: [{ productId: product.id, quantity: 1 }] })
      .expect(201);
    expect(created.body.number).toBe(first.body.number);

    // Someone typed the next one in by hand: the hint skips it, as the generator will.
    const next = Number(first.body.number.slice(-6)) + 1;
    const typed = `SO-2027-${String(next).padStart(6, '0')}`;
    await ctx.http
      .post('/api/v1/orders')
      .set(headers)
      .send({
        customerId: customer.id,
        number: typed,
        orderDate: '2027-03-01',
        lines: [{ productId: product.id, quantity: 1 }],
      })
      .expect(201);
    const skipped = await ctx.http.get('/api/v1/orders/next-number?orderDate=2027-03-01').set(headers).expect(200);
    expect(skipped.body.number).toBe(`SO-2027-${String(next + 1).padStart(6, '0')}`);

    const today = await ctx.http.get('/api/v1/orders/next-number').set(headers).expect(200);
    expect(today.body.number.slice(3, 7)).toBe(new Date().toISOString().slice(0, 4));
  });

  it('refuses a malformed date (400) and callers who may not create orders (403)', async () => {
    const { headers } = await loginAs(ctx, Role.Admin);
    const bad = await ctx.http.get('/api/v1/orders/next-number?orderDate=March').set(headers).expect(400);
    expect(bad.body.errors[0].field).toBe('orderDate');
    const exec = await loginAs(ctx, Role.Executive);
    await ctx.http.get('/api/v1/orders/next-number').set(exec.headers).expect(403);
  });
});
