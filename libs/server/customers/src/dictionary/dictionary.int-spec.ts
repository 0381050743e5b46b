import { Role } from '@crm/server-core';
import { createTestApp, loginAs, TestContext } from '@crm/server-core/testing';
import { createCustomer, createInteraction } from '../testing';
import { DictionaryService } from './dictionary.service';

type Headers = { Authorization: string };

describe('data dictionary API', () => {
  let ctx: TestContext;
  let admin: Headers;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = (await loginAs(ctx, Role.Admin)).headers;
  });
  afterAll(() => ctx.close());

  it('lists the seeded entries of a type in display order for any signed-in user', async () => {
    const { headers } = await loginAs(ctx, Role.CallAgent);
    const res = await ctx.http
      .get('/api/v1/dictionary-entries?type=interaction_type&pageSize=200')
      .set(headers)
      .expect(200);
    expect(res.body.data.map((e: { key: string }) => e.key)).toEqual([
      'visit',
      'call',
      'email',
      'meeting',
      'chat',
      'event',
      'letter',
    ]);
    expect(res.body.data[0]).toMatchObject({
      type: 'interaction_type',
      labelEn: 'Visit',
      labelZh: '拜访',
      active: true,
    });
    const regions = await ctx.http.get('/api/v1/dictionary-entries?type=region&q=华东').set(headers).expect(200);
    expect(regions.body.data).toEqual([expect.objectContaining({ key: 'east_china', labelZh: '华东' })]);
    await ctx.http.get('/api/v1/dictionary-entries').expect(401);
  });

  it('lets only admins write', async () => {
    const { headers } = await loginAs(ctx, Role.SalesManager);
    await ctx.http
      .post('/api/v1/dictionary-entries')
      .set(headers)
      .send({ type: 'region', key: 'moon', labelEn: 'Moon', labelZh: '月球' })
      .expect(403);
  });

  it('creates, relabels and filters out inactive entries', async () => {
    const created = await ctx.http
      .post('/api/v1/dictionary-entries')
      .set(admin)
      .send({ type: 'customer_source', key: 'podcast', labelEn: 'Podcast', labelZh: '播客', sortOrder: 500 })
      .expect(201);
    expect(created.body).toMatchObject({ type: 'customer_source', key: 'podcast', active: true, version: 1 });
    const updated = await ctx.http
      .patch(`/api/v1/dictionary-entries/${created.body.id}`)
      .set(admin)
      .send({ labelEn: 'Podcast ad', active: false, version: 1 })
      .expect(200);
    expect(updated.body).toMatchObject({ labelEn: 'Podcast ad', active: false, version: 2 });
    const active = await ctx.http
      .get('/api/v1/dictionary-entries?type=customer_source&active=true')
      .set(admin)
      .expect(200);
    expect(active.body.data.map((e: { key: string }) => e.key)).not.toContain('podcast');
    await ctx.http
      .patch(`/api/v1/dictionary-entries/${created.body.id}`)
      .set(admin)
      .send({ labelEn: 'Stale', version: 1 })
      .expect(409);
  });

  it('does not let type or key change', async () => {
    const [entry] = await ctx.ds.query(
      `SELECT id, version FROM dictionary_entries WHERE type = 'region' AND key = 'northeast'`,
    );
    const res = await ctx.http
      .patch(`/api/v1/dictionary-entries/${entry.id}`)
      .set(admin)
      .send({ key: 'north_east', version: entry.version })
      .expect(400);
    expect(res.body.errors[0].field).toBe('key');
  });

  it('answers 409 to a duplicate key within a type, and validates key format', async () => {
    const dup = await ctx.http
      .post('/api/v1/dictionary-entries')
      .set(admin)
      .send({ type: 'region', key: 'east_china', labelEn: 'East', labelZh: '东' })
      .expect(409);
    expect(dup.body).toMatchObject({ code: 'dictionary_entry_exists', errors: [{ field: 'key' }] });
    // The same key under another type is fine.
    await ctx.http
      .post('/api/v1/dictionary-entries')
      .set(admin)
      .send({ type: 'sales_region', key: 'east_china', labelEn: 'East', labelZh: '东' })
      .expect(201);
    const bad = await ctx.http
      .post('/api/v1/dictionary-entries')
      .set(admin)
      .send({ type: 'Region', key: 'East China', labelEn: 'East' })
      .expect(400);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
      'key',
      'labelZh',
      'type',
    ]);
  });

  it('refuses to delete an entry a customer or interaction holds (409), and deletes an unused one', async () => {
    const id = async (type: string, key: string) =>
      (await ctx.ds.query(`SELECT id FROM dictionary_entries WHERE type = $1 AND key = $2`, [type, key]))[0].id;
    const customer = await createCustomer(ctx.ds, { industry: 'energy' });
    const inUse = await ctx.http
      .delete(`/api/v1/dictionary-entries/${await id('industry', 'energy')}`)
      .set(admin)
      .expect(409);
    expect(inUse.body.code).toBe('dictionary_entry_in_use');

    await createInteraction(ctx.ds, { customerId: customer.id, type: 'letter' });
    await ctx.http
      .delete(`/api/v1/dictionary-entries/${await id('interaction_type', 'letter')}`)
      .set(admin)
      .expect(409);

    // A soft-deleted customer still holds the key (it may be restored).
    await ctx.ds.query(`UPDATE customers SET deleted_at = now() WHERE id = $1`, [customer.id]);
    await ctx.http
      .delete(`/api/v1/dictionary-entries/${await id('industry', 'energy')}`)
      .set(admin)
      .expect(409);

    const unused = await id('industry', 'agriculture');
    await ctx.http.delete(`/api/v1/dictionary-entries/${unused}`).set(admin).expect(204);
    await ctx.http.get(`/api/v1/dictionary-entries/${unused}`).set(admin).expect(404);
  });

  it('checks usages other modules register', async () => {
    await ctx.ds.query(`CREATE TABLE test_payments (method text)`);
    ctx.app.get(DictionaryService).registerUsage('payment_method', { table: 'test_payments', column: 'method' });
    await ctx.ds.query(`INSERT INTO test_payments VALUES ('alipay')`);
    const [{ id }] = await ctx.ds.query(
      `SELECT id FROM dictionary_entries WHERE type = 'payment_method' AND key = 'alipay'`,
    );
    const res = await ctx.http.delete(`/api/v1/dictionary-entries/${id}`).set(admin).expect(409);
    expect(res.body.code).toBe('dictionary_entry_in_use');
  });
});
