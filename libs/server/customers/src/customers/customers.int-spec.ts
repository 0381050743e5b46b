import { Role } from '@crm/server-core';
import {
  authHeader,
  createDepartment,
  createTestApp,
  createUser,
  loginAs,
  TestContext,
} from '@crm/server-core/testing';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { createCustomer } from '../testing';
import { CustomerEvents } from './customer.events';

type Headers = { Authorization: string };

describe('customers API', () => {
  let ctx: TestContext;
  let admin: Headers;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = (await loginAs(ctx, Role.Admin)).headers;
  });
  afterAll(() => ctx.close());

  describe('POST /customers', () => {
    it('creates a customer with a generated code and records the first lifecycle stage', async () => {
      const { user, headers } = await loginAs(ctx, Role.AccountManager);
      const res = await ctx.http
        .post('/api/v1/customers')
        .set(headers)
        .send({
          name: '上海华信贸易有限公司',
          kind: 'enterprise',
          industry: 'wholesale',
          region: 'east_china',
          source: 'trade_show',
          phone: '+86 21 5555 0123',
          email: 'Sales@HuaXin.example',
          creditRating: 4,
          tags: ['key-account', ' key-account ', '华东重点'],
          customFields: { employees: 120 },
        })
        .expect(201);
      expect(res.body).toMatchObject({
        code: expect.stringMatching(/^C-\d{6,}$/),
        name: '上海华信贸易有限公司',
        ownerId: user.id,
        status: 'prospect',
        lifecycleStage: 'exploration',
        tags: ['key-account', '华东重点'],
        customFields: { employees: 120 },
        totalRevenue: '0.00',
        orderCount: 0,
        classificationOverrides: [],
        version: 1,
      });
      const [row] = await ctx.ds.query(`SELECT name_key, phone_key, email_key FROM customers WHERE id = $1`, [
        res.body.id,
      ]);
      expect(row).toEqual({ name_key: '上海华信贸易', phone_key: '55550123', email_key: 'sales@huaxin.example' });
      const history = await ctx.ds.query(
        `SELECT from_stage, to_stage, origin, actor_id FROM customer_lifecycle_changes WHERE customer_id = $1`,
        [res.body.id],
      );
      expect(history).toEqual([{ from_stage: null, to_stage: 'exploration', origin: 'created', actor_id: user.id }]);
    });

    it('gives consecutive generated codes and keeps hand-entered codes unique', async () => {
      const a = await ctx.http.post('/api/v1/customers').set(admin).send({ name: 'Alpha' }).expect(201);
      const b = await ctx.http.post('/api/v1/customers').set(admin).send({ name: 'Beta' }).expect(201);
      expect(Number(b.body.code.slice(2))).toBe(Number(a.body.code.slice(2)) + 1);
      await ctx.http.post('/api/v1/customers').set(admin).send({ name: 'Gamma', code: 'VIP-001' }).expect(201);
      const dup = await ctx.http
        .post('/api/v1/customers')
        .set(admin)
        .send({ name: 'Delta', code: 'VIP-001' })
        .expect(409);
      expect(dup.body).toMatchObject({ code: 'customer_code_taken', errors: [{ field: 'code' }] });
    });

    it('skips a generated code someone already typed in by hand', async () => {
      const [{ n }] = await ctx.ds.query(`SELECT last_value + 1 AS n FROM customer_code_seq`);
      const next = `C-${String(n).padStart(6, '0')}`;
      await ctx.http.post('/api/v1/customers').set(admin).send({ name: 'Typed', code: next }).expect(201);
      const res = await ctx.http.post('/api/v1/customers').set(admin).send({ name: 'Generated' }).expect(201);
      expect(res.body.code).not.toBe(next);
    });

    it('names the field of each validation error', async () => {
      const bad = await ctx.http
        .post('/api/v1/customers')
        .set(admin)
        .send({ name: 'X', creditRating: 7, satisfaction: 0, kind: 'alien' })
        .expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
        expect.arrayContaining(['creditRating', 'kind', 'satisfaction']),
      );

      const unknownKey = await ctx.http
        .post('/api/v1/customers')
        .set(admin)
        .send({ name: 'X', industry: 'space_mining', region: 'east_china' })
        .expect(400);
      expect(unknownKey.body.errors).toEqual([{ field: 'industry', message: expect.stringContaining('industry') }]);

      const unknownField = await ctx.http
        .post('/api/v1/customers')
        .set(admin)
        .send({ name: 'X', shoeSize: 42 })
        .expect(400);
      expect(unknownField.body.errors).toEqual([{ field: 'shoeSize', message: 'shoeSize is not an allowed field' }]);

      const missingName = await ctx.http.post('/api/v1/customers').set(admin).send({ name: '  ' }).expect(400);
      expect(missingName.body.errors[0].field).toBe('name');
    });

    it('rejects an inactive dictionary key', async () => {
      await ctx.ds.query(`UPDATE dictionary_entries SET active = false WHERE type = 'region' AND key = 'overseas'`);
      const res = await ctx.http
        .post('/api/v1/customers')
        .set(admin)
        .send({ name: 'X', region: 'overseas' })
        .expect(400);
      expect(res.body.errors[0].field).toBe('region');
      await ctx.ds.query(`UPDATE dictionary_entries SET active = true WHERE type = 'region' AND key = 'overseas'`);
    });

    it('lets executives read but not write (403)', async () => {
      const { headers } = await loginAs(ctx, Role.Executive);
      await ctx.http.post('/api/v1/customers').set(headers).send({ name: 'Nope' }).expect(403);
      const customer = await createCustomer(ctx.ds);
      await ctx.http.get(`/api/v1/customers/${customer.id}`).set(headers).expect(200);
      await ctx.http.patch(`/api/v1/customers/${customer.id}`).set(headers).send({ name: 'N', version: 1 }).expect(403);
      await ctx.http.delete(`/api/v1/customers/${customer.id}`).set(headers).expect(403);
    });

    it('lets service agents read but not create', async () => {
      const { headers } = await loginAs(ctx, Role.ServiceAgent);
      await ctx.http.post('/api/v1/customers').set(headers).send({ name: 'Nope' }).expect(403);
      await ctx.http.get('/api/v1/customers').set(headers).expect(200);
    });

    it('refuses an owner outside the account manager’s own scope', async () => {
      const { headers } = await loginAs(ctx, Role.AccountManager);
      const other = await createUser(ctx.ds, { roles: [Role.AccountManager] });
      const res = await ctx.http
        .post('/api/v1/customers')
        .set(headers)
        .send({ name: 'X', ownerId: other.id })
        .expect(400);
      expect(res.body.errors[0].field).toBe('ownerId');
    });

    it('emits customer.created after the commit', async () => {
      const seen: unknown[] = [];
      const events = ctx.app.get(EventEmitter2);
      const listener = (e: unknown) => seen.push(e);
      events.on(CustomerEvents.Created, listener);
      const res = await ctx.http.post('/api/v1/customers').set(admin).send({ name: 'Evented' }).expect(201);
      events.off(CustomerEvents.Created, listener);
      expect(seen).toEqual([{ id: res.body.id }]);
    });
  });

  describe('GET /customers', () => {
    it('fetches several customers by id in one request, within visibility, and validates the ids', async () => {
      const { user, headers } = await loginAs(ctx, Role.AccountManager);
      const mine = [
        await createCustomer(ctx.ds, { ownerId: user.id }),
        await createCustomer(ctx.ds, { ownerId: user.id }),
      ];
      const theirs = await createCustomer(ctx.ds);
      const ids = [...mine.map((c) => c.id), theirs.id];

      const res = await ctx.http
        .get('/api/v1/customers')
        .query({ id: ids.join(','), pageSize: 200 })
        .set(headers)
        .expect(200);
      expect(res.body.data.map((c: { id: string }) => c.id).sort()).toEqual(mine.map((c) => c.id).sort());
      // Repeating the parameter works the same.
      const repeated = await ctx.http
        .get(`/api/v1/customers?${ids.map((id) => `id=${id}`).join('&')}`)
        .set(admin)
        .expect(200);
      expect(repeated.body.total).toBe(3);

      const bad = await ctx.http.get('/api/v1/customers').query({ id: 'not-an-id' }).set(headers).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
      const tooMany = Array.from({ length: 201 }, () => mine[0].id).join(',');
      await ctx.http.get('/api/v1/customers').query({ id: tooMany }).set(headers).expect(400);
    });

    let owner: Awaited<ReturnType<typeof loginAs>>;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      owner = await loginAs(ctx, Role.AccountManager);
      const mk = async (key: string, overrides: Parameters<typeof createCustomer>[1]) => {
        ids[key] = (await createCustomer(ctx.ds, { ownerId: owner.user.id, ...overrides })).id;
      };
      await mk('acme', {
        name: 'Acme Robotics',
        region: 'east_china',
        industry: 'manufacturing',
        valueTier: 'vip',
        tags: ['robots', 'key-account'],
        phone: '+86 138-1234-5678',
        totalRevenue: '500000.00',
        lastOrderAt: new Date('2026-06-01T00:00:00Z'),
        createdAt: new Date('2026-01-10T08:00:00Z'),
      });
      await mk('bolt', {
        name: 'Bolt Logistics',
        region: 'north_china',
        valueTier: 'small',
        abcClass: 'C',
        tags: ['freight'],
        email: 'ops@bolt-logistics.example',
        totalRevenue: '1200.50',
        lastOrderAt: new Date('2025-03-01T00:00:00Z'),
        createdAt: new Date('2026-02-10T08:00:00Z'),
      });
      await mk('cargo', {
        name: 'Cargo Partners',
        region: 'east_china',
        valueTier: 'major',
        behaviour: 'lost',
        status: 'lost',
        tags: [],
        totalRevenue: '90000.00',
        createdAt: new Date('2026-03-10T08:00:00Z'),
      });
    });

    const list = (query: string) =>
      ctx.http
        .get(`/api/v1/customers?ownerId=${owner.user.id}&${query}`)
        .set(owner.headers)
        .expect(200)
        .then((r) => r.body as { data: Array<{ id: string; name: string }>; total: number });
    const names = (body: { data: Array<{ name: string }> }) => body.data.map((c) => c.name);

    it('filters on region, classification, status and tags (any of)', async () => {
      expect(names(await list('region=east_china&sort=name'))).toEqual(['Acme Robotics', 'Cargo Partners']);
      expect(names(await list('valueTier=small'))).toEqual(['Bolt Logistics']);
      expect(names(await list('abcClass=C'))).toEqual(['Bolt Logistics']);
      expect(names(await list('behaviour=lost&status=lost'))).toEqual(['Cargo Partners']);
      expect(names(await list('tags=freight,robots&sort=name'))).toEqual(['Acme Robotics', 'Bolt Logistics']);
    });

    it('filters on creation and last-order dates, a bare "to" date covering its whole day', async () => {
      expect(names(await list('createdFrom=2026-02-01&createdTo=2026-02-10'))).toEqual(['Bolt Logistics']);
      expect(names(await list('lastOrderFrom=2026-01-01'))).toEqual(['Acme Robotics']);
      expect(names(await list('lastOrderTo=2025-12-31'))).toEqual(['Bolt Logistics']);
    });

    it('sorts by revenue, by value tier rank and by name', async () => {
      expect(names(await list('sort=-totalRevenue'))).toEqual(['Acme Robotics', 'Cargo Partners', 'Bolt Logistics']);
      expect(names(await list('sort=valueTier'))).toEqual(['Acme Robotics', 'Cargo Partners', 'Bolt Logistics']);
      expect(names(await list('sort=-name'))).toEqual(['Cargo Partners', 'Bolt Logistics', 'Acme Robotics']);
      expect(names(await list('sort=-createdAt'))).toEqual(['Cargo Partners', 'Bolt Logistics', 'Acme Robotics']);
    });

    it('rejects sorting on an unknown field and a bad filter value', async () => {
      const sort = await ctx.http.get('/api/v1/customers?sort=shoeSize').set(owner.headers).expect(400);
      expect(sort.body.errors[0].field).toBe('sort');
      const tier = await ctx.http.get('/api/v1/customers?valueTier=gold').set(owner.headers).expect(400);
      expect(tier.body.errors[0].field).toBe('valueTier');
    });

    it('pages with a total', async () => {
      const body = await list('sort=name&page=2&pageSize=2');
      expect(body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(names(body)).toEqual(['Cargo Partners']);
    });

    it('finds customers from partial name, code, phone digits or email', async () => {
      expect(names(await list('q=robot'))).toEqual(['Acme Robotics']);
      expect(names(await list('q=LOGIST'))).toEqual(['Bolt Logistics']);
      expect(names(await list('q=1381234'))).toEqual(['Acme Robotics']);
      expect(names(await list('q=138 1234'))).toEqual(['Acme Robotics']);
      expect(names(await list('q=ops@bolt'))).toEqual(['Bolt Logistics']);
      const [{ code }] = await ctx.ds.query(`SELECT code FROM customers WHERE id = $1`, [ids.cargo]);
      expect(names(await list(`q=${code}`))).toEqual(['Cargo Partners']);
      expect(names(await list('q=100%'))).toEqual([]);
    });

    it('keeps search current when a customer is renamed, and for rows written by plain SQL', async () => {
      const c = await createCustomer(ctx.ds, { ownerId: owner.user.id, name: 'Zebra Widgets' });
      expect(names(await list('q=zebra widg'))).toEqual(['Zebra Widgets']);
      await ctx.http
        .patch(`/api/v1/customers/${c.id}`)
        .set(owner.headers)
        .send({ name: 'Quokka Widgets', version: 1 })
        .expect(200);
      expect(names(await list('q=zebra'))).toEqual([]);
      expect(names(await list('q=QUOKKA'))).toEqual(['Quokka Widgets']);
      await ctx.ds.query(`UPDATE customers SET email = 'Buyer@Narwhal.example' WHERE id = $1`, [c.id]);
      expect(names(await list('q=narwhal'))).toEqual(['Quokka Widgets']);
      await ctx.ds.query(`DELETE FROM customers WHERE id = $1`, [c.id]);
    });

    it('orders search results by similarity when no sort is given', async () => {
      const a = await createCustomer(ctx.ds, { ownerId: owner.user.id, name: 'Partners Cargo International Holdings' });
      const body = await list('q=cargo partners');
      expect(names(body)[0]).toBe('Cargo Partners');
      await ctx.ds.query(`DELETE FROM customers WHERE id = $1`, [a.id]);
    });
  });

  describe('row-level visibility', () => {
    it("hides another account manager's customers (404, absent from lists and search) but shows a sales manager their team's", async () => {
      const a = await loginAs(ctx, Role.AccountManager);
      const bUser = await createUser(ctx.ds, { roles: [Role.AccountManager] });
      const manager = await createUser(ctx.ds, { roles: [Role.SalesManager] });
      const team = await createDepartment(ctx.ds, { managerId: manager.id });
      await ctx.ds.query(`UPDATE users SET department_id = $1 WHERE id = $2`, [team.id, bUser.id]);
      const theirs = await createCustomer(ctx.ds, { ownerId: bUser.id, name: 'Zephyr Secret Account' });
      const mine = await createCustomer(ctx.ds, { ownerId: a.user.id, name: 'Zephyr Open Account' });

      await ctx.http.get(`/api/v1/customers/${theirs.id}`).set(a.headers).expect(404);
      await ctx.http.patch(`/api/v1/customers/${theirs.id}`).set(a.headers).send({ name: 'x', version: 1 }).expect(404);
      await ctx.http.delete(`/api/v1/customers/${theirs.id}`).set(a.headers).expect(404);
      const listed = await ctx.http.get('/api/v1/customers?q=zephyr').set(a.headers).expect(200);
      expect(listed.body.data.map((c: { id: string }) => c.id)).toEqual([mine.id]);
      const found = await ctx.http.get('/api/v1/search?q=zephyr').set(a.headers).expect(200);
      expect(found.body.data.map((r: { id: string }) => r.id)).toEqual([mine.id]);

      const managerHeaders = authHeader(ctx, manager);
      await ctx.http.get(`/api/v1/customers/${theirs.id}`).set(managerHeaders).expect(200);
      await ctx.http.get(`/api/v1/customers/${mine.id}`).set(managerHeaders).expect(404);
      const teamList = await ctx.http.get('/api/v1/customers?q=zephyr').set(managerHeaders).expect(200);
      expect(teamList.body.data.map((c: { id: string }) => c.id)).toEqual([theirs.id]);
    });
  });

  describe('PATCH /customers/:id', () => {
    it('updates with the current version and answers 409 to a stale one', async () => {
      const customer = await createCustomer(ctx.ds, { name: 'Versioned' });
      const ok = await ctx.http
        .patch(`/api/v1/customers/${customer.id}`)
        .set(admin)
        .send({ name: 'Versioned Ltd', status: 'active', version: 1 })
        .expect(200);
      expect(ok.body).toMatchObject({ name: 'Versioned Ltd', status: 'active', version: 2 });
      const stale = await ctx.http
        .patch(`/api/v1/customers/${customer.id}`)
        .set(admin)
        .send({ name: 'Lost update', version: 1 })
        .expect(409);
      expect(stale.body).toMatchObject({ code: 'stale_version', errors: [{ field: 'version' }] });
      const missing = await ctx.http
        .patch(`/api/v1/customers/${customer.id}`)
        .set(admin)
        .send({ name: 'x' })
        .expect(400);
      expect(missing.body.errors[0].field).toBe('version');
    });

    it('records hand-set classifications as overrides, and a cleared one hands it back', async () => {
      const customer = await createCustomer(ctx.ds, { valueTier: 'small' });
      const set = await ctx.http
        .patch(`/api/v1/customers/${customer.id}`)
        .set(admin)
        .send({ valueTier: 'vip', behaviour: 'lost', socialStyle: 'driver', version: 1 })
        .expect(200);
      expect(set.body).toMatchObject({
        valueTier: 'vip',
        behaviour: 'lost',
        behaviourAction: 'Follow up and win back',
        classificationOverrides: ['valueTier', 'behaviour'],
      });
      // A form re-sending unchanged values changes nothing.
      const resent = await ctx.http
        .patch(`/api/v1/customers/${customer.id}`)
        .set(admin)
        .send({ valueTier: 'vip', behaviour: 'lost', classificationOverrides: ['valueTier', 'behaviour'], version: 2 })
        .expect(200);
      expect(resent.body.classificationOverrides).toEqual(['valueTier', 'behaviour']);
      const cleared = await ctx.http
        .patch(`/api/v1/customers/${customer.id}`)
        .set(admin)
        .send({ behaviour: null, version: resent.body.version })
        .expect(200);
      expect(cleared.body).toMatchObject({
        behaviour: null,
        behaviourAction: null,
        classificationOverrides: ['valueTier'],
      });
    });

    it('records a lifecycle change made on the record, with its reason', async () => {
      const customer = await createCustomer(ctx.ds);
      await ctx.http
        .patch(`/api/v1/customers/${customer.id}`)
        .set(admin)
        .send({ lifecycleStage: 'formation', lifecycleReason: 'First contract signed', version: 1 })
        .expect(200);
      const history = await ctx.ds.query(
        `SELECT from_stage, to_stage, reason, origin FROM customer_lifecycle_changes WHERE customer_id = $1`,
        [customer.id],
      );
      expect(history).toEqual([
        { from_stage: 'exploration', to_stage: 'formation', reason: 'First contract signed', origin: 'edit' },
      ]);
    });

    it('writes the change to the audit log with before and after', async () => {
      // Active: a prospect's edit would also record its first fit score.
      const customer = await createCustomer(ctx.ds, { name: 'Audited Co', status: 'active' });
      await ctx.http
        .patch(`/api/v1/customers/${customer.id}`)
        .set(admin)
        .send({ satisfaction: 2, version: 1 })
        .expect(200);
      const [entry] = await ctx.ds.query(
        `SELECT action, changes FROM audit_log WHERE entity = 'customers' AND entity_id = $1 AND action = 'update'`,
        [customer.id],
      );
      expect(entry).toEqual({ action: 'update', changes: { satisfaction: { before: null, after: 2 } } });
    });
  });

  describe('the bin', () => {
    it('soft-deletes, lists the bin for admins only, and restores', async () => {
      const { headers } = await loginAs(ctx, Role.AccountManager);
      const created = await ctx.http.post('/api/v1/customers').set(headers).send({ name: 'Binned Ltd' }).expect(201);
      const id = created.body.id as string;
      await ctx.http.delete(`/api/v1/customers/${id}`).set(headers).expect(204);
      const [row] = await ctx.ds.query(`SELECT deleted_at FROM customers WHERE id = $1`, [id]);
      expect(row.deleted_at).toBeInstanceOf(Date);
      await ctx.http.get(`/api/v1/customers/${id}`).set(headers).expect(404);
      const live = await ctx.http.get('/api/v1/customers?q=Binned').set(admin).expect(200);
      expect(live.body.total).toBe(0);

      await ctx.http.get('/api/v1/customers?deleted=true').set(headers).expect(403);
      const bin = await ctx.http.get('/api/v1/customers?deleted=true&q=Binned').set(admin).expect(200);
      expect(bin.body.data).toEqual([expect.objectContaining({ id, deletedAt: expect.any(String) })]);

      await ctx.http.post(`/api/v1/customers/${id}/restore`).set(headers).expect(403);
      const restored = await ctx.http.post(`/api/v1/customers/${id}/restore`).set(admin).expect(200);
      expect(restored.body).toMatchObject({ id, deletedAt: null });
      await ctx.http.get(`/api/v1/customers/${id}`).set(headers).expect(200);
      const again = await ctx.http.post(`/api/v1/customers/${id}/restore`).set(admin).expect(422);
      expect(again.body.code).toBe('customer_not_deleted');
    });

    it('answers 400 to an id that is not a UUID', async () => {
      await ctx.http.get('/api/v1/customers/not-a-uuid').set(admin).expect(400);
    });
  });
});
