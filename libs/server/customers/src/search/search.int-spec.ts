import { Role } from '@crm/server-core';
import { createTestApp, createUser, loginAs, TestContext } from '@crm/server-core/testing';
import { Injectable, Module } from '@nestjs/common';
import { createContact, createCustomer } from '../testing';
import { SearchSource } from './search-source';

// Sources another lib declares on providers of its module.
@Injectable()
@SearchSource({
  name: 'test_order',
  sql: `SELECT o.id, o.number AS title, NULL AS subtitle, o.customer_id, similarity(o.number, :q) AS rank
        FROM test_orders o WHERE o.number ILIKE :pattern`,
})
class TestOrderSearchSource {}

// No customer: every signed-in user may read knowledge-base articles.
@Injectable()
@SearchSource({
  name: 'test_article',
  visibility: 'public',
  sql: `SELECT a.id, a.title, a.body AS subtitle, NULL AS customer_id, similarity(a.title, :q) AS rank
        FROM test_articles a WHERE a.title ILIKE :pattern`,
})
class TestArticleSearchSource {}

// No customer and a rule of its own: a campaign is visible to its owner's team.
@Injectable()
@SearchSource({
  name: 'test_campaign',
  visibility: { where: ':seesAll OR x.owner_id = ANY(CAST(:visibleOwnerIds AS uuid[]))' },
  sql: `SELECT c.id, c.name AS title, NULL AS subtitle, NULL AS customer_id, c.owner_id, 1 AS rank
        FROM test_campaigns c WHERE c.name ILIKE :pattern`,
})
class TestCampaignSearchSource {}

@Module({ providers: [TestOrderSearchSource, TestArticleSearchSource, TestCampaignSearchSource] })
class TestSourcesModule {}

describe('global search API', () => {
  let ctx: TestContext;
  let me: Awaited<ReturnType<typeof loginAs>>;

  beforeAll(async () => {
    ctx = await createTestApp({ imports: [TestSourcesModule] });
    me = await loginAs(ctx, Role.AccountManager);
    await ctx.ds.query(
      `CREATE TABLE test_orders (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), customer_id uuid, number text);
       CREATE TABLE test_articles (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), title text, body text);
       CREATE TABLE test_campaigns (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text, owner_id uuid)`,
    );
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

  it('finds records of no customer, each under its own visibility rule', async () => {
    const teammate = await createUser(ctx.ds, { roles: [Role.AccountManager] });
    await ctx.ds.query(`INSERT INTO test_articles (title, body) VALUES ('Zebra care guide', 'How to')`);
    await ctx.ds.query(
      `INSERT INTO test_campaigns (name, owner_id) VALUES ('Zebra spring', $1), ('Zebra autumn', $2)`,
      [me.user.id, teammate.id],
    );
    const res = await ctx.http.get('/api/v1/search?q=zebra').set(me.headers).expect(200);
    expect(res.body.data.map((r: { type: string; title: string; customerId: string | null }) => r)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'test_article', title: 'Zebra care guide', customerId: null }),
        expect.objectContaining({ type: 'test_campaign', title: 'Zebra spring', customerId: null }),
      ]),
    );
    // The other rep's campaign is not visible to me; an admin sees both, and the article too.
    expect(res.body.data.map((r: { title: string }) => r.title)).not.toContain('Zebra autumn');
    const admin = await loginAs(ctx, Role.Admin);
    const all = await ctx.http.get('/api/v1/search?q=zebra&types=test_campaign,test_article').set(admin.headers);
    expect(all.body.data.map((r: { title: string }) => r.title).sort()).toEqual([
      'Zebra autumn',
      'Zebra care guide',
      'Zebra spring',
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
