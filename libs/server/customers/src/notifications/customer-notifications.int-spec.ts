import { AuthUser, Role, runAsSystem } from '@crm/server-core';
import { createTestApp, loginAs, TestContext, waitFor } from '@crm/server-core/testing';
import { OrderWorkflowService } from '../orders/order-workflow.service';
import { createCustomer, createOrder } from '../testing';

type Headers = { Authorization: string };
interface Note {
  type: string;
  title: string;
  body: string | null;
  link: string | null;
  data: Record<string, unknown> | null;
}

const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\n'), 'utf8');

describe('notifications from customer, order and import events', () => {
  let ctx: TestContext;
  let admin: { user: { id: string; name: string }; headers: Headers };

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = await loginAs(ctx, Role.Admin, { name: 'Ada Admin' });
  });
  afterAll(() => ctx.close());

  const notes = async (headers: Headers, language?: string): Promise<Note[]> => {
    const req = ctx.http.get('/api/v1/notifications').set(headers);
    if (language) req.set('Accept-Language', language);
    return (await req.expect(200)).body.data;
  };
  // Notifications are written by listeners after the response; wait for the expected count.
  const waitForNotes = (headers: Headers, count: number, language?: string) =>
    waitFor(async () => {
      const found = await notes(headers, language);
      return found.length >= count && found;
    }, `${count} notification(s)`);
  // A later event proves the earlier one was handled (listeners run in order) without a sleep.
  const rep = () => loginAs(ctx, Role.AccountManager, { name: 'Rita Rep' });

  it('tells a rep a customer was assigned to them on edit, in their language, and not when they did it', async () => {
    const am = await rep();
    const customer = await createCustomer(ctx.ds, { name: 'Acme Trading', code: 'C-ACME', ownerId: admin.user.id });
    await ctx.http
      .patch(`/api/v1/customers/${customer.id}`)
      .set(admin.headers)
      .send({ ownerId: am.user.id, version: customer.version })
      .expect(200);

    const [note] = await waitForNotes(am.headers, 1);
    expect(note).toMatchObject({
      type: 'customer.assigned',
      title: 'Customer Acme Trading assigned to you',
      body: 'Ada Admin made you the owner of Acme Trading (C-ACME).',
      link: `/customers/${customer.id}/show`,
      data: { customerId: customer.id, byUserId: admin.user.id },
    });
    const [zh] = await notes(am.headers, 'zh-CN');
    expect(zh.title).toBe('客户 Acme Trading 已分配给你');
    expect(zh.body).toBe('Ada Admin 将你设为 Acme Trading（C-ACME）的负责人。');
    // Searching still works on the stored English.
    const found = await ctx.http.get('/api/v1/notifications?q=acme').set(am.headers).expect(200);
    expect(found.body.total).toBe(1);

    // The rep creating a customer for themselves is not told.
    await ctx.http.post('/api/v1/customers').set(am.headers).send({ name: 'My Own Ltd' }).expect(201);
    await ctx.http
      .post('/api/v1/customers')
      .set(admin.headers)
      .send({ name: 'Beta Co', ownerId: am.user.id })
      .expect(201);
    const after = await waitForNotes(am.headers, 2);
    expect(after.map((n) => n.title)).toEqual([
      'Customer Beta Co assigned to you',
      'Customer Acme Trading assigned to you',
    ]);
  });

  it('tells each new owner once per customer on a bulk reassignment', async () => {
    const am = await rep();
    const [a, b] = await Promise.all(['Gamma', 'Delta'].map((name) => createCustomer(ctx.ds, { name })));
    const already = await createCustomer(ctx.ds, { name: 'Epsilon', ownerId: am.user.id });
    await ctx.http
      .post('/api/v1/customers/bulk-update')
      .set(admin.headers)
      .send({ ids: [a.id, b.id, already.id], changes: { ownerId: am.user.id } })
      .expect(200);
    const found = await waitForNotes(am.headers, 2);
    expect(found.map((n) => n.title).sort()).toEqual([
      'Customer Delta assigned to you',
      'Customer Gamma assigned to you',
    ]);
  });

  it("tells the customer's owner an order was confirmed and then paid in full, unless they did it", async () => {
    const am = await rep();
    const customer = await createCustomer(ctx.ds, { name: 'Orion Ltd', ownerId: am.user.id });
    const byAdmin = await createOrder(ctx.ds, {
      customerId: customer.id,
      lines: [{ quantity: 2, unitPrice: '250.00' }],
    });
    const byRep = await createOrder(ctx.ds, { customerId: customer.id, lines: [{ unitPrice: '10.00' }] });
    await ctx.http.post(`/api/v1/orders/${byRep.id}/confirm`).set(am.headers).expect(200);
    await ctx.http.post(`/api/v1/orders/${byAdmin.id}/confirm`).set(admin.headers).expect(200);
    const [confirmed] = await waitForNotes(am.headers, 1);
    expect(confirmed).toMatchObject({
      type: 'order.confirmed',
      title: `Order ${byAdmin.number} of Orion Ltd confirmed`,
      body: `Ada Admin confirmed order ${byAdmin.number} of Orion Ltd: 500.00 CNY.`,
      link: `/orders/${byAdmin.id}/show`,
    });

    const pay = (orderId: string, amount: string, headers: Headers) =>
      ctx.http
        .post('/api/v1/payments')
        .set(headers)
        .send({ orderId, amount, paidAt: '2026-05-01T10:00:00Z', method: 'bank_transfer' })
        .expect(201);
    await pay(byAdmin.id, '200.00', admin.headers); // partial: nothing yet
    await pay(byRep.id, '10.00', am.headers); // settled by the owner: nothing
    await pay(byAdmin.id, '300.00', admin.headers);
    const [paid, ...rest] = await waitForNotes(am.headers, 2, 'zh');
    expect(rest).toHaveLength(1);
    expect(paid).toMatchObject({
      type: 'order.paid',
      title: `Orion Ltd 的订单 ${byAdmin.number} 已全部回款`,
      body: `一笔 300.00 CNY 的回款结清了订单 ${byAdmin.number}（500.00 CNY）。`,
      link: `/orders/${byAdmin.id}/show`,
    });
  });

  it('stays quiet about what the system does on its own, such as the demo seed', async () => {
    const am = await rep();
    const customer = await createCustomer(ctx.ds, { name: 'Quiet Co', ownerId: am.user.id });
    const bySeed = await createOrder(ctx.ds, { customerId: customer.id });
    const byAdmin = await createOrder(ctx.ds, { customerId: customer.id });
    const seed: AuthUser = {
      id: null,
      email: 'seed',
      name: 'seed',
      roles: [Role.Admin],
      departmentId: null,
      kind: 'user',
      permissions: ['orders.confirm'],
    };
    await runAsSystem('seed', () => ctx.app.get(OrderWorkflowService).confirmOrder(bySeed.id, seed));
    await ctx.http.post(`/api/v1/orders/${byAdmin.id}/confirm`).set(admin.headers).expect(200);
    const found = await waitForNotes(am.headers, 1);
    expect(found.map((n) => n.title)).toEqual([`Order ${byAdmin.number} of Quiet Co confirmed`]);
  });

  it('tells whoever started an import that it finished, with its counts and a link; not for a dry run', async () => {
    const am = await rep();
    const file = csv([
      ['name', 'email'],
      ['Import One', 'one@example.com'],
      ['Import Two', 'not-an-email'],
    ]);
    const upload = (dryRun: boolean) =>
      ctx.http
        .post('/api/v1/imports')
        .set(am.headers)
        .field('entity', 'customers')
        .field('dryRun', String(dryRun))
        .attach('file', file, 'leads.csv')
        .expect(200);
    await upload(true);
    const res = await upload(false);
    const found = await waitForNotes(am.headers, 1);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      type: 'import.completed',
      title: 'Import of leads.csv finished',
      body: '1 created, 0 updated, 1 failed of 2 rows.',
      link: `/import?id=${res.body.id}`,
      data: { importId: res.body.id, created: 1, failed: 1 },
    });
  });
});
