import { Role } from '@crm/server-core';
import {
  createDepartment,
  createTestApp,
  createUser,
  authHeader,
  loginAs,
  TestContext,
} from '@crm/server-core/testing';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { createCustomer, createOrder, createPayment, createProduct } from '../testing';
import { OrderEvents } from './order.events';

type Headers = { Authorization: string };

describe('orders API', () => {
  let ctx: TestContext;
  let admin: Headers;
  let am: { user: { id: string }; headers: Headers };

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = (await loginAs(ctx, Role.Admin)).headers;
    am = await loginAs(ctx, Role.AccountManager);
  });
  afterAll(() => ctx.close());

  const newCustomer = () => createCustomer(ctx.ds, { ownerId: am.user.id });
  const orderRow = async (id: string) =>
    (await ctx.ds.query(`SELECT status, total, paid_amount, delivery_status FROM orders WHERE id = $1`, [id]))[0];
  const stockOf = async (id: string) =>
    (await ctx.ds.query(`SELECT stock_on_hand FROM products WHERE id = $1`, [id]))[0].stock_on_hand as number;

  async function draft(lines: Array<Record<string, unknown>>, customerId?: string) {
    const customer = customerId ?? (await newCustomer()).id;
    const res = await ctx.http.post('/api/v1/orders').set(am.headers).send({ customerId: customer, lines });
    expect(res.status).toBe(201);
    return res.body;
  }
  const act = (id: string, step: string, body: object = {}, headers = am.headers) =>
    ctx.http.post(`/api/v1/orders/${id}/${step}`).set(headers).send(body);

  describe('creating', () => {
    it('computes line totals, subtotal, discount and total on the server', async () => {
      const pump = await createProduct(ctx.ds, { listPrice: '1250.00' });
      const seal = await createProduct(ctx.ds, { listPrice: '19.99' });
      const customer = await newCustomer();
      const res = await ctx.http
        .post('/api/v1/orders')
        .set(am.headers)
        .send({
          customerId: customer.id,
          orderDate: '2026-03-15',
          terms: 'Net 30',
          lines: [
            { productId: pump.id, quantity: 10, unitPrice: '1250.00', discount: 10 },
            { productId: seal.id, quantity: 3, unitPrice: 19.99, discount: 12.5 },
          ],
        })
        .expect(201);
      expect(res.body).toMatchObject({
        number: expect.stringMatching(/^SO-2026-\d{6}$/),
        customerId: customer.id,
        ownerId: am.user.id,
        orderDate: '2026-03-15',
        status: 'draft',
        currency: 'CNY',
        terms: 'Net 30',
        lines: [
          {
            productId: pump.id,
            productName: pump.name,
            quantity: 10,
            unitPrice: '1250.00',
            discount: 10,
            lineTotal: '11250.00',
          },
          // 3 × 19.99 × 0.875 = 52.47375
          { productId: seal.id, quantity: 3, unitPrice: '19.99', discount: 12.5, lineTotal: '52.47' },
        ],
        subtotal: '12559.97',
        discountTotal: '1257.50',
        total: '11302.47',
        paidAmount: '0.00',
        outstandingAmount: '11302.47',
        deliveryStatus: 'pending',
        version: 1,
      });
      const [row] = await ctx.ds.query(`SELECT subtotal, discount_total, total FROM orders WHERE id = $1`, [
        res.body.id,
      ]);
      expect(row).toEqual({ subtotal: '12559.97', discount_total: '1257.50', total: '11302.47' });
    });

    it('rejects totals sent by the client as unknown fields', async () => {
      const product = await createProduct(ctx.ds);
      const customer = await newCustomer();
      const res = await ctx.http
        .post('/api/v1/orders')
        .set(am.headers)
        .send({
          customerId: customer.id,
          total: '1.00',
          lines: [{ productId: product.id, quantity: 1, lineTotal: '1.00' }],
        })
        .expect(400);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'total', message: 'total is not an allowed field' },
          { field: 'lines[0].lineTotal', message: 'lines[0].lineTotal is not an allowed field' },
        ]),
      );
      expect(
        (await ctx.ds.query(`SELECT count(*)::int AS n FROM orders WHERE customer_id = $1`, [customer.id]))[0].n,
      ).toBe(0);
    });

    it("defaults the unit price to the product's list price and the owner to the customer's owner", async () => {
      const product = await createProduct(ctx.ds, { listPrice: '88.80' });
      const order = await draft([{ productId: product.id, quantity: 2 }]);
      expect(order.lines[0]).toMatchObject({ unitPrice: '88.80', discount: 0, lineTotal: '177.60' });
      expect(order).toMatchObject({ total: '177.60', ownerId: am.user.id });
    });

    it('validates lines: quantity above zero, discount 0–100, an existing active product', async () => {
      const customer = await newCustomer();
      const discontinued = await createProduct(ctx.ds, { status: 'discontinued' as never });
      const bad = await ctx.http
        .post('/api/v1/orders')
        .set(am.headers)
        .send({ customerId: customer.id, lines: [{ productId: discontinued.id, quantity: 0, discount: 101 }] })
        .expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['lines[0].quantity', 'lines[0].discount']),
      );
      await ctx.http.post('/api/v1/orders').set(am.headers).send({ customerId: customer.id, lines: [] }).expect(400);
      const missing = await ctx.http
        .post('/api/v1/orders')
        .set(am.headers)
        .send({ customerId: customer.id, lines: [{ productId: '00000000-0000-4000-8000-000000000000', quantity: 1 }] })
        .expect(400);
      expect(missing.body.errors).toEqual([
        { field: 'lines[0].productId', message: 'lines[0].productId must refer to an existing product' },
      ]);
      const stopped = await ctx.http
        .post('/api/v1/orders')
        .set(am.headers)
        .send({ customerId: customer.id, lines: [{ productId: discontinued.id, quantity: 1 }] })
        .expect(422);
      expect(stopped.body.code).toBe('product_discontinued');
    });

    it('keeps order numbers unique and accepts a hand-entered one', async () => {
      const product = await createProduct(ctx.ds);
      const customer = await newCustomer();
      const body = { customerId: customer.id, number: 'CONTRACT-7', lines: [{ productId: product.id, quantity: 1 }] };
      await ctx.http.post('/api/v1/orders').set(am.headers).send(body).expect(201);
      const dup = await ctx.http.post('/api/v1/orders').set(am.headers).send(body).expect(409);
      expect(dup.body).toMatchObject({ code: 'order_number_taken', errors: [{ field: 'number' }] });
    });

    it('tells the order form the real next number without using it up, skipping hand-typed ones', async () => {
      const product = await createProduct(ctx.ds);
      const customer = await newCustomer();
      const hint = async (orderDate: string) =>
        (await ctx.http.get(`/api/v1/orders/next-number?orderDate=${orderDate}`).set(am.headers).expect(200)).body
          .number as string;
      const next = await hint('2026-05-01');
      expect(next).toMatch(/^SO-2026-\d{6}$/);
      // Asking again does not move it; the year follows the order date.
      expect(await hint('2026-05-01')).toBe(next);
      expect(await hint('2027-01-02')).toBe(next.replace('SO-2026-', 'SO-2027-'));
      // Someone typing the next number by hand pushes the hint (and the generator) past it.
      const n = Number(next.slice(-6));
      const typed = `SO-2026-${String(n).padStart(6, '0')}`;
      await ctx.http
        .post('/api/v1/orders')
        .set(am.headers)
        .send({ customerId: customer.id, number: typed, lines: [{ productId: product.id, quantity: 1 }] })
        .expect(201);
      const after = await hint('2026-05-01');
      expect(after).toBe(`SO-2026-${String(n + 1).padStart(6, '0')}`);
      const created = await ctx.http
        .post('/api/v1/orders')
        .set(am.headers)
        .send({ customerId: customer.id, orderDate: '2026-05-01', lines: [{ productId: product.id, quantity: 1 }] })
        .expect(201);
      expect(created.body.number).toBe(after);
    });

    it('gives concurrent orders distinct, consecutive numbers', async () => {
      const product = await createProduct(ctx.ds);
      const customer = await newCustomer();
      const first = Number(
        (
          await ctx.http.get('/api/v1/orders/next-number?orderDate=2026-06-01').set(am.headers).expect(200)
        ).body.number.slice(-6),
      );
      const created = await Promise.all(
        Array.from({ length: 8 }, () =>
          ctx.http
            .post('/api/v1/orders')
            .set(am.headers)
            .send({ customerId: customer.id, orderDate: '2026-06-01', lines: [{ productId: product.id, quantity: 1 }] })
            .expect(201),
        ),
      );
      const numbers = created.map((r) => Number(r.body.number.slice(-6))).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => first + i));
    });

    it('lets only order writers ask for the next number', async () => {
      const executive = await loginAs(ctx, Role.Executive);
      await ctx.http.get('/api/v1/orders/next-number').set(executive.headers).expect(403);
      const res = await ctx.http.get('/api/v1/orders/next-number').set(admin).expect(200);
      expect(res.body.number).toMatch(new RegExp(`^SO-${new Date().getUTCFullYear()}-\\d{6}$`));
      await ctx.http.get('/api/v1/orders/next-number?orderDate=tomorrow').set(admin).expect(400);
    });

    it('emits order.created after the commit', async () => {
      const seen: unknown[] = [];
      const events = ctx.app.get(EventEmitter2);
      const listener = (e: unknown) => seen.push(e);
      events.on(OrderEvents.Created, listener);
      try {
        const order = await draft([{ productId: (await createProduct(ctx.ds)).id, quantity: 1 }]);
        expect(seen).toEqual([{ id: order.id, customerId: order.customerId }]);
      } finally {
        events.off(OrderEvents.Created, listener);
      }
    });
  });

  describe('workflow', () => {
    it('confirms, delivers, takes payment and completes an order', async () => {
      const product = await createProduct(ctx.ds, { listPrice: '500.00', stockOnHand: 10 });
      const order = await draft([{ productId: product.id, quantity: 4 }]);
      const confirmed: string[] = [];
      const events = ctx.app.get(EventEmitter2);
      const onConfirm = (e: { id: string }) => confirmed.push(e.id);
      events.on(OrderEvents.Confirmed, onConfirm);

      const c = await act(order.id, 'confirm').expect(200);
      events.off(OrderEvents.Confirmed, onConfirm);
      expect(c.body).toMatchObject({ status: 'confirmed', confirmedAt: expect.any(String), version: 2 });
      expect(confirmed).toEqual([order.id]);

      const d = await act(order.id, 'deliver', { deliveredAt: '2026-04-01T09:30:00.000Z', note: 'Dock 3' }).expect(200);
      expect(d.body).toMatchObject({
        status: 'delivered',
        deliveryStatus: 'delivered',
        deliveredAt: '2026-04-01T09:30:00.000Z',
      });
      expect(await stockOf(product.id)).toBe(6);

      await ctx.http
        .post('/api/v1/payments')
        .set(am.headers)
        .send({ orderId: order.id, amount: '2000.00', paidAt: '2026-04-02', method: 'bank_transfer' })
        .expect(201);
      const done = await act(order.id, 'complete').expect(200);
      expect(done.body).toMatchObject({
        status: 'completed',
        paidAmount: '2000.00',
        outstandingAmount: '0.00',
        completedAt: expect.any(String),
      });
    });

    it('answers 422 illegal_order_transition for a step the status does not allow', async () => {
      const order = await draft([{ productId: (await createProduct(ctx.ds)).id, quantity: 1 }]);
      const res = await act(order.id, 'complete').expect(422);
      expect(res.body).toMatchObject({
        status: 422,
        code: 'illegal_order_transition',
        detail: 'An order in status draft cannot be completed',
      });
      expect((await act(order.id, 'deliver').expect(422)).body.detail).toBe(
        'An order in status draft cannot be delivered',
      );
      await act(order.id, 'confirm').expect(200);
      expect((await act(order.id, 'confirm').expect(422)).body.detail).toBe(
        'An order in status confirmed cannot be confirmed',
      );
      expect((await orderRow(order.id)).status).toBe('confirmed');
    });

    it('cancels draft and confirmed orders with a reason, but not delivered ones', async () => {
      const product = await createProduct(ctx.ds);
      const a = await draft([{ productId: product.id, quantity: 1 }]);
      await act(a.id, 'cancel', {}).expect(400);
      const cancelled = await act(a.id, 'cancel', { reason: 'Customer withdrew' }).expect(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Customer withdrew' });

      const b = await draft([{ productId: product.id, quantity: 1 }]);
      await act(b.id, 'confirm').expect(200);
      await act(b.id, 'cancel', { reason: 'Budget cut' }).expect(200);

      const c = await draft([{ productId: product.id, quantity: 1 }]);
      await act(c.id, 'confirm').expect(200);
      await act(c.id, 'deliver').expect(200);
      const res = await act(c.id, 'cancel', { reason: 'Too late' }).expect(422);
      expect(res.body.detail).toBe('An order in status delivered cannot be cancelled');
    });

    it('freezes the lines once the order is confirmed, but keeps notes editable', async () => {
      const product = await createProduct(ctx.ds, { listPrice: '10.00' });
      const order = await draft([{ productId: product.id, quantity: 1 }]);
      const edited = await ctx.http
        .patch(`/api/v1/orders/${order.id}`)
        .set(am.headers)
        .send({ version: 1, lines: [{ productId: product.id, quantity: 5, discount: 20 }] })
        .expect(200);
      expect(edited.body).toMatchObject({ total: '40.00', lines: [{ quantity: 5, lineTotal: '40.00' }], version: 2 });

      const confirmed = await act(order.id, 'confirm').expect(200);
      const frozen = await ctx.http
        .patch(`/api/v1/orders/${order.id}`)
        .set(am.headers)
        .send({ version: confirmed.body.version, lines: [{ productId: product.id, quantity: 9 }] })
        .expect(422);
      expect(frozen.body).toMatchObject({ code: 'order_not_draft', errors: [{ field: 'lines' }] });
      expect((await orderRow(order.id)).total).toBe('40.00');

      const noted = await ctx.http
        .patch(`/api/v1/orders/${order.id}`)
        .set(am.headers)
        .send({ version: confirmed.body.version, notes: 'Ship by rail' })
        .expect(200);
      expect(noted.body.notes).toBe('Ship by rail');
      await ctx.http
        .patch(`/api/v1/orders/${order.id}`)
        .set(am.headers)
        .send({ version: confirmed.body.version, notes: 'stale' })
        .expect(409);
    });

    it('takes delivered quantities off stock and lists the delivery', async () => {
      const a = await createProduct(ctx.ds, { stockOnHand: 10 });
      const b = await createProduct(ctx.ds, { stockOnHand: 3 });
      const order = await draft([
        { productId: a.id, quantity: 4 },
        { productId: b.id, quantity: 3 },
        { productId: a.id, quantity: 1 },
      ]);
      await act(order.id, 'confirm').expect(200);
      await act(order.id, 'deliver', { note: 'Complete' }).expect(200);
      expect(await stockOf(a.id)).toBe(5);
      expect(await stockOf(b.id)).toBe(0);
      const list = await ctx.http.get(`/api/v1/orders/${order.id}/deliveries`).set(am.headers).expect(200);
      expect(list.body).toMatchObject({
        total: 1,
        data: [{ orderId: order.id, status: 'delivered', note: 'Complete', createdById: am.user.id }],
      });
      const audit = await ctx.ds.query(
        `SELECT changes FROM audit_log WHERE entity = 'products' AND entity_id = $1 AND action = 'update'`,
        [a.id],
      );
      expect(audit).toEqual([
        { changes: { stockOnHand: { before: 10, after: 5 }, delivery: { before: null, after: order.number } } },
      ]);
    });

    it('refuses a delivery without enough stock with 422 and changes nothing', async () => {
      const plenty = await createProduct(ctx.ds, { stockOnHand: 50 });
      const scarce = await createProduct(ctx.ds, { name: 'Scarce valve', code: `SV-${Date.now()}`, stockOnHand: 2 });
      const order = await draft([
        { productId: plenty.id, quantity: 5 },
        { productId: scarce.id, quantity: 3 },
      ]);
      await act(order.id, 'confirm').expect(200);
      const res = await act(order.id, 'deliver').expect(422);
      expect(res.body).toMatchObject({ code: 'insufficient_stock' });
      expect(res.body.detail).toContain('Scarce valve');
      expect(res.body.detail).toContain('2 on hand, 3 to deliver');
      expect(await stockOf(plenty.id)).toBe(50);
      expect(await stockOf(scarce.id)).toBe(2);
      expect(await orderRow(order.id)).toMatchObject({ status: 'confirmed', delivery_status: 'pending' });
      expect(
        (await ctx.ds.query(`SELECT count(*)::int AS n FROM deliveries WHERE order_id = $1`, [order.id]))[0].n,
      ).toBe(0);
    });

    it('refuses to complete a delivered order with an outstanding balance', async () => {
      const order = await createOrder(ctx.ds, {
        customerId: (await newCustomer()).id,
        status: 'delivered',
        lines: [{ quantity: 2, unitPrice: '150.00' }],
      });
      await createPayment(ctx.ds, { orderId: order.id, amount: '100.00' });
      const res = await act(order.id, 'complete').expect(422);
      expect(res.body).toMatchObject({
        code: 'order_outstanding',
        detail: 'The order cannot be completed while 200.00 CNY is outstanding',
      });
      expect((await orderRow(order.id)).status).toBe('delivered');
    });

    it("keeps the customer's order aggregates current on confirm and cancel", async () => {
      const customer = await newCustomer();
      const product = await createProduct(ctx.ds, { listPrice: '300.00' });
      const stats = async () =>
        (
          await ctx.ds.query(
            `SELECT order_count, total_revenue, first_order_at, last_order_at, lifecycle_stage FROM customers WHERE id = $1`,
            [customer.id],
          )
        )[0];
      const a = await ctx.http
        .post('/api/v1/orders')
        .set(am.headers)
        .send({ customerId: customer.id, orderDate: '2026-01-10', lines: [{ productId: product.id, quantity: 1 }] })
        .expect(201);
      const b = await ctx.http
        .post('/api/v1/orders')
        .set(am.headers)
        .send({ customerId: customer.id, orderDate: '2026-02-20', lines: [{ productId: product.id, quantity: 2 }] })
        .expect(201);
      expect(await stats()).toMatchObject({ order_count: 0, total_revenue: '0.00', first_order_at: null });

      await act(a.body.id, 'confirm').expect(200);
      expect(await stats()).toMatchObject({
        order_count: 1,
        total_revenue: '300.00',
        first_order_at: new Date('2026-01-10T00:00:00Z'),
        last_order_at: new Date('2026-01-10T00:00:00Z'),
        lifecycle_stage: 'formation',
      });
      await act(b.body.id, 'confirm').expect(200);
      expect(await stats()).toMatchObject({
        order_count: 2,
        total_revenue: '900.00',
        last_order_at: new Date('2026-02-20T00:00:00Z'),
      });
      await act(b.body.id, 'cancel', { reason: 'Duplicate' }).expect(200);
      expect(await stats()).toMatchObject({
        order_count: 1,
        total_revenue: '300.00',
        last_order_at: new Date('2026-01-10T00:00:00Z'),
      });
      const history = await ctx.ds.query(
        `SELECT to_stage, origin, reason FROM customer_lifecycle_changes WHERE customer_id = $1 AND origin = 'rule'`,
        [customer.id],
      );
      expect(history).toEqual([
        { to_stage: 'formation', origin: 'rule', reason: `First order ${a.body.number} confirmed` },
      ]);
    });

    it('makes a prospect an active customer when its first order is confirmed, and leaves other statuses alone', async () => {
      const product = await createProduct(ctx.ds, { listPrice: '80.00' });
      const prospect = await createCustomer(ctx.ds, { ownerId: am.user.id, status: 'prospect' });
      const inactive = await createCustomer(ctx.ds, { ownerId: am.user.id, status: 'inactive' });
      const statusOf = async (id: string) =>
        (await ctx.ds.query(`SELECT status FROM customers WHERE id = $1`, [id]))[0].status as string;

      const first = await draft([{ productId: product.id, quantity: 1 }], prospect.id);
      expect(await statusOf(prospect.id)).toBe('prospect');
      await act(first.id, 'confirm').expect(200);
      expect(await statusOf(prospect.id)).toBe('active');
      const audit = await ctx.ds.query(
        `SELECT changes FROM audit_log WHERE entity = 'customers' AND entity_id = $1 AND action = 'update'`,
        [prospect.id],
      );
      expect(audit).toContainEqual({ changes: { status: { before: 'prospect', after: 'active' } } });

      await act((await draft([{ productId: product.id, quantity: 1 }], inactive.id)).id, 'confirm').expect(200);
      expect(await statusOf(inactive.id)).toBe('inactive');
    });

    it('deletes drafts only', async () => {
      const product = await createProduct(ctx.ds);
      const order = await draft([{ productId: product.id, quantity: 1 }]);
      await act(order.id, 'confirm').expect(200);
      expect((await ctx.http.delete(`/api/v1/orders/${order.id}`).set(am.headers).expect(422)).body.code).toBe(
        'order_not_deletable',
      );
      const other = await draft([{ productId: product.id, quantity: 1 }]);
      await ctx.http.delete(`/api/v1/orders/${other.id}`).set(am.headers).expect(204);
      await ctx.http.get(`/api/v1/orders/${other.id}`).set(am.headers).expect(404);
    });
  });

  describe('visibility and roles', () => {
    it("hides another account manager's orders: 404, and absent from lists", async () => {
      const other = await loginAs(ctx, Role.AccountManager);
      const order = await draft([{ productId: (await createProduct(ctx.ds)).id, quantity: 1 }]);
      await ctx.http.get(`/api/v1/orders/${order.id}`).set(other.headers).expect(404);
      await act(order.id, 'confirm', {}, other.headers).expect(404);
      await ctx.http.get(`/api/v1/orders/${order.id}/deliveries`).set(other.headers).expect(404);
      const list = await ctx.http.get('/api/v1/orders').set(other.headers).query({ pageSize: 200 }).expect(200);
      expect(list.body.data.map((o: { id: string }) => o.id)).not.toContain(order.id);
      const mine = await ctx.http
        .get('/api/v1/orders')
        .set(am.headers)
        .query({ customerId: order.customerId })
        .expect(200);
      expect(mine.body.data.map((o: { id: string }) => o.id)).toEqual([order.id]);
    });

    it("shows a sales manager their team's orders", async () => {
      const manager = await createUser(ctx.ds, { roles: [Role.SalesManager] });
      const team = await createDepartment(ctx.ds, { managerId: manager.id });
      const rep = await createUser(ctx.ds, { roles: [Role.AccountManager], departmentId: team.id });
      const customer = await createCustomer(ctx.ds, { ownerId: rep.id });
      const order = await createOrder(ctx.ds, { customerId: customer.id });
      await ctx.http.get(`/api/v1/orders/${order.id}`).set(authHeader(ctx, manager)).expect(200);
    });

    it('lets executives read orders but not change them', async () => {
      const exec = await loginAs(ctx, Role.Executive);
      const order = await createOrder(ctx.ds, { customerId: (await newCustomer()).id });
      await ctx.http.get(`/api/v1/orders/${order.id}`).set(exec.headers).expect(200);
      await act(order.id, 'confirm', {}, exec.headers).expect(403);
      await ctx.http
        .post('/api/v1/orders')
        .set(exec.headers)
        .send({ customerId: order.customerId, lines: [{ productId: order.lines[0].productId, quantity: 1 }] })
        .expect(403);
    });

    it('refuses an order for a customer the user cannot see (400 on customerId)', async () => {
      const stranger = await createCustomer(ctx.ds);
      const res = await ctx.http
        .post('/api/v1/orders')
        .set(am.headers)
        .send({ customerId: stranger.id, lines: [{ productId: (await createProduct(ctx.ds)).id, quantity: 1 }] })
        .expect(400);
      expect(res.body.errors).toEqual([
        { field: 'customerId', message: 'customerId must refer to an existing customer' },
      ]);
    });
  });

  describe('lists', () => {
    it('filters by status, customer, owner, dates and text, and sorts', async () => {
      const customer = await createCustomer(ctx.ds, { ownerId: am.user.id, name: `Filterable ${Date.now()}` });
      const product = await createProduct(ctx.ds);
      const jan = await createOrder(ctx.ds, {
        customerId: customer.id,
        orderDate: '2025-01-15',
        status: 'confirmed',
        lines: [{ productId: product.id, unitPrice: '10.00' }],
      });
      const mar = await createOrder(ctx.ds, {
        customerId: customer.id,
        orderDate: '2025-03-15',
        lines: [{ productId: product.id, unitPrice: '30.00' }],
      });
      const q = (query: Record<string, string>) =>
        ctx.http
          .get('/api/v1/orders')
          .set(am.headers)
          .query({ customerId: customer.id, ...query })
          .expect(200);
      expect((await q({ status: 'confirmed' })).body.data.map((o: { id: string }) => o.id)).toEqual([jan.id]);
      expect((await q({ from: '2025-02-01' })).body.data.map((o: { id: string }) => o.id)).toEqual([mar.id]);
      expect((await q({ to: '2025-01-15' })).body.data.map((o: { id: string }) => o.id)).toEqual([jan.id]);
      expect((await q({ sort: '-total' })).body.data.map((o: { id: string }) => o.id)).toEqual([mar.id, jan.id]);
      expect((await q({ q: mar.number })).body.data.map((o: { id: string }) => o.id)).toEqual([mar.id]);
      expect((await q({ q: customer.name.slice(0, 12), ownerId: am.user.id })).body.total).toBe(2);
      const page = (await q({ sort: 'orderDate', pageSize: '1' })).body;
      expect(page).toMatchObject({
        total: 2,
        page: 1,
        pageSize: 1,
        data: [{ id: jan.id, lines: [{ productId: product.id }] }],
      });
      await ctx.http.get('/api/v1/orders').set(am.headers).query({ sort: 'customerId' }).expect(400);
    });
  });

  describe('timeline, search and merges', () => {
    it("shows the order once, at its latest step, and its payment on the customer's timeline", async () => {
      const customer = await newCustomer();
      const order = await draft(
        [{ productId: (await createProduct(ctx.ds, { listPrice: '75.00' })).id, quantity: 2 }],
        customer.id,
      );
      await act(order.id, 'confirm').expect(200);
      const payment = await ctx.http
        .post('/api/v1/payments')
        .set(am.headers)
        .send({ orderId: order.id, amount: '50.00', paidAt: '2030-01-01T00:00:00Z', method: 'cash' })
        .expect(201);
      const res = await ctx.http
        .get(`/api/v1/customers/${customer.id}/timeline`)
        .set(am.headers)
        .query({ types: 'order,payment' })
        .expect(200);
      expect(res.body.data).toEqual([
        expect.objectContaining({
          type: 'payment',
          id: payment.body.id,
          title: 'Payment 50.00 CNY',
          summary: `Order ${order.number} · Cash`,
          data: expect.objectContaining({ orderId: order.id, amount: '50.00', method: 'cash' }),
        }),
        expect.objectContaining({
          type: 'order',
          id: order.id,
          title: `Order ${order.number} confirmed`,
          summary: expect.stringMatching(/^150\.00 CNY/),
          data: expect.objectContaining({ step: 'confirmed', createdAt: expect.any(String) }),
        }),
      ]);
    });

    it('finds orders by number in global search, within visibility', async () => {
      const order = await createOrder(ctx.ds, { customerId: (await newCustomer()).id, number: `ZX-${Date.now()}` });
      const res = await ctx.http
        .get('/api/v1/search')
        .set(am.headers)
        .query({ q: order.number, types: 'order' })
        .expect(200);
      expect(res.body.data).toEqual([
        {
          type: 'order',
          id: order.id,
          title: order.number,
          subtitle: expect.stringContaining('draft'),
          customerId: order.customerId,
        },
      ]);
      const other = await loginAs(ctx, Role.AccountManager);
      const hidden = await ctx.http
        .get('/api/v1/search')
        .set(other.headers)
        .query({ q: order.number, types: 'order' })
        .expect(200);
      expect(hidden.body.data).toEqual([]);
    });

    it('moves orders and payments to the kept customer when duplicates are merged', async () => {
      const target = await newCustomer();
      const source = await newCustomer();
      const kept = await createOrder(ctx.ds, {
        customerId: target.id,
        status: 'confirmed',
        lines: [{ unitPrice: '100.00' }],
      });
      const moved = await createOrder(ctx.ds, {
        customerId: source.id,
        status: 'confirmed',
        lines: [{ unitPrice: '40.00' }],
      });
      const payment = await createPayment(ctx.ds, { orderId: moved.id, amount: '10.00' });
      await ctx.http.post(`/api/v1/customers/${target.id}/merge`).set(admin).send({ sourceId: source.id }).expect(200);
      const [order] = await ctx.ds.query(`SELECT customer_id FROM orders WHERE id = $1`, [moved.id]);
      const [pay] = await ctx.ds.query(`SELECT customer_id FROM payments WHERE id = $1`, [payment.id]);
      expect([order.customer_id, pay.customer_id]).toEqual([target.id, target.id]);
      const [stats] = await ctx.ds.query(`SELECT order_count, total_revenue FROM customers WHERE id = $1`, [target.id]);
      expect(stats).toEqual({ order_count: 2, total_revenue: '140.00' });
      expect(kept.customerId).toBe(target.id);
    });
  });
});
