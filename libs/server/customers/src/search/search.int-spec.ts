import { Role } from '@crm/server-core';
import { createTestApp, createUser, loginAs, TestContext } from '@crm/server-core/testing';
import { createContact, createCustomer } from '../testing';
import { SearchService } from './search.service';

describe('global search API', () => {
  let ctx: TestContext;
  let me: Awaited<ReturnType<typeof loginAs>>;

  beforeAll(async () => {
    ctx = await createTestApp();
    me = await loginAs(ctx, Role.AccountManager);
  });
  afterAll(() => ctx.close());

  it('finds customers and contacts by partial name, phone and email, best match first', async () => {
    const customer = await createCustomer(ctx.ds, {
      ownerId: me.user.id,
      name: 'Hangzhou Tea Traders',
      phone: '0571-8888-1234',
    });
    await createContact(ctx.ds, {
      customerId: customer.id,
      name: 'Wang Fang',
      email: 'wang.fang@teatraders.example',
      mobile: '139 0000 5555',
    });

    const tea = await ctx.http.get('/api/v1/search?q=tea trad').set(me.headers).expect(200);
    expect(tea.body.data[0]).toEqual({
      type: 'customer',
      id: customer.id,
      title: 'Hangzhou Tea Traders',
      subtitle: expect.stringContaining('0571-8888-1234'),
      customerId: customer.id,
    });
    const byEmail = await ctx.http.get('/api/v1/search?q=wang.fang@').set(me.headers).expect(200);
    expect(byEmail.body.data).toEqual([
      expect.objectContaining({ type: 'contact', title: 'Wang Fang', customerId: customer.id }),
    ]);
    const byPhone = await ctx.http.get('/api/v1/search?q=88881234').set(me.headers).expect(200);
    expect(byPhone.body.data.map((r: { type: string }) => r.type)).toEqual(['customer']);
    const onlyContacts = await ctx.http.get('/api/v1/search?q=tea&types=contact').set(me.headers).expect(200);
    expect(onlyContacts.body.data.every((r: { type: string }) => r.type === 'contact')).toBe(true);
  });

  it('leaves out records of customers the user cannot see or that are in the bin', async () => {
    const other = await createUser(ctx.ds, { roles: [Role.AccountManager] });
    const theirs = await createCustomer(ctx.ds, { ownerId: other.id, name: 'Xylophone Hidden' });
    await createContact(ctx.ds, { customerId: theirs.id, name: 'Xylophone Contact' });
    await createCustomer(ctx.ds, { ownerId: me.user.id, name: 'Xylophone Binned', deletedAt: new Date() });
    const res = await ctx.http.get('/api/v1/search?q=xylophone').set(me.headers).expect(200);
    expect(res.body.data).toEqual([]);
    const admin = await loginAs(ctx, Role.Admin);
    const all = await ctx.http.get('/api/v1/search?q=xylophone').set(admin.headers).expect(200);
    expect(all.body.data.map((r: { title: string }) => r.title).sort()).toEqual([
      'Xylophone Contact',
      'Xylophone Hidden',
    ]);
  });

  it('searches sources other modules register, with the same visibility', async () => {
    await ctx.ds.query(
      `CREATE TABLE test_orders (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), customer_id uuid, number text)`,
    );
    ctx.app.get(SearchService).registerSource('test_order', {
      sql: `SELECT o.id, o.number AS title, NULL AS subtitle, o.customer_id, similarity(o.number, :q) AS rank
            FROM test_orders o WHERE o.number ILIKE :pattern`,
    });
    const mine = await createCustomer(ctx.ds, { ownerId: me.user.id });
    const other = await createUser(ctx.ds);
    const theirs = await createCustomer(ctx.ds, { ownerId: other.id });
    await ctx.ds.query(
      `INSERT INTO test_orders (customer_id, number) VALUES ($1, 'SO-2026-0001'), ($2, 'SO-2026-0002')`,
      [mine.id, theirs.id],
    );
    const res = await ctx.http.get('/api/v1/search?q=SO-2026').set(me.headers).expect(200);
    expect(res.body.data).toEqual([
      expect.objectContaining({ type: 'test_order', title: 'SO-2026-0001', customerId: mine.id }),
    ]);
  });

  it('validates q, limit and types', async () => {
    expect((await ctx.http.get('/api/v1/search').set(me.headers).expect(400)).body.errors[0].field).toBe('q');
    expect((await ctx.http.get('/api/v1/search?q=a&limit=500').set(me.headers).expect(400)).body.errors[0].field).toBe(
      'limit',
    );
    expect(
      (await ctx.http.get('/api/v1/search?q=a&types=memes').set(me.headers).expect(400)).body.errors[0].field,
    ).toBe('types');
  });
});
