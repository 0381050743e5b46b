import { Role, RuleViolationError } from '@crm/server-core';
import { createTestApp, createUser, loginAs, TestContext } from '@crm/server-core/testing';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { CustomerEvents, CustomerMergingEvent } from '../customers/customer.events';
import { createContact, createCustomer, createInteraction } from '../testing';

interface Group {
  reason: string;
  key: string;
  customers: Array<{ id: string }>;
}

describe('duplicates and merge API', () => {
  let ctx: TestContext;
  let admin: Awaited<ReturnType<typeof loginAs>>;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = await loginAs(ctx, Role.Admin);
  });
  afterAll(() => ctx.close());

  const groups = async (headers: { Authorization: string }, query = 'pageSize=200') =>
    (await ctx.http.get(`/api/v1/customers/duplicates?${query}`).set(headers).expect(200)).body.data as Group[];
  const ids = (g: Group | undefined) => g?.customers.map((c) => c.id);

  it('groups likely duplicates by normalised name, phone and email, with the reason', async () => {
    const a = await createCustomer(ctx.ds, { name: 'Nimbus Cloud Co., Ltd.' });
    const b = await createCustomer(ctx.ds, { name: 'NIMBUS  cloud' });
    const c = await createCustomer(ctx.ds, { name: 'Alpha', phone: '+86 139-2222-3333' });
    const d = await createCustomer(ctx.ds, { name: 'Beta', phone: '13922223333' });
    const e = await createCustomer(ctx.ds, { name: 'Gamma', email: 'Info@Orbit.example' });
    const f = await createCustomer(ctx.ds, { name: 'Delta', email: ' info@orbit.example' });
    const g = await createCustomer(ctx.ds, { name: '杭州星辰科技有限公司' });
    const h = await createCustomer(ctx.ds, { name: '杭州星辰科技' });
    // In the bin: never a duplicate.
    await createCustomer(ctx.ds, { name: 'Nimbus Cloud Inc', deletedAt: new Date() });

    const found = await groups(admin.headers);
    const by = (reason: string, key: string) => found.find((x) => x.reason === reason && x.key === key);
    expect(ids(by('name', 'nimbuscloud'))).toEqual([a.id, b.id]);
    expect(ids(by('phone', '22223333'))).toEqual([c.id, d.id]);
    expect(ids(by('email', 'info@orbit.example'))).toEqual([e.id, f.id]);
    expect(ids(by('name', '杭州星辰科技'))).toEqual([g.id, h.id]);

    expect(ids((await groups(admin.headers, 'q=orbit'))[0])).toEqual([e.id, f.id]);
    const phoneOnly = await groups(admin.headers, 'reason=phone');
    expect(phoneOnly.every((x) => x.reason === 'phone')).toBe(true);
    const paged = await ctx.http.get('/api/v1/customers/duplicates?pageSize=1&page=2').set(admin.headers).expect(200);
    expect(paged.body).toMatchObject({ page: 2, pageSize: 1, total: found.length });
    expect(paged.body.data).toHaveLength(1);
  });

  it('shows a sales manager only duplicates within their team, and refuses account managers', async () => {
    const manager = await loginAs(ctx, Role.SalesManager);
    const outsider = await createUser(ctx.ds);
    await createCustomer(ctx.ds, { name: 'Quasar Mining', ownerId: manager.user.id });
    await createCustomer(ctx.ds, { name: 'Quasar Mining Ltd', ownerId: outsider.id });
    await createCustomer(ctx.ds, { name: 'Quasar Mining GmbH', ownerId: manager.user.id });
    const found = await groups(manager.headers);
    expect(found).toEqual([
      expect.objectContaining({ reason: 'name', key: 'quasarmining', customers: expect.any(Array) }),
    ]);
    expect(found[0].customers).toHaveLength(2);
    const am = await loginAs(ctx, Role.AccountManager);
    await ctx.http.get('/api/v1/customers/duplicates').set(am.headers).expect(403);
  });

  it('merges the source into the target in one transaction and bins the source', async () => {
    const target = await createCustomer(ctx.ds, { name: 'Orion Foods', email: null, tags: ['food'] });
    const source = await createCustomer(ctx.ds, {
      name: 'Orion Foods Ltd',
      email: 'hello@orion.example',
      phone: '021-5555-6666',
      region: 'east_china',
      tags: ['food', 'frozen'],
      customFields: { erpId: 'X-9' },
    });
    const targetPrimary = await createContact(ctx.ds, { customerId: target.id, isPrimary: true });
    const sourcePrimary = await createContact(ctx.ds, { customerId: source.id, isPrimary: true });
    const sourceOther = await createContact(ctx.ds, { customerId: source.id });
    const interaction = await createInteraction(ctx.ds, { customerId: source.id });
    await ctx.ds.query(
      `INSERT INTO customer_lifecycle_changes (customer_id, to_stage, reason, origin) VALUES ($1, 'exploration', 'Customer created', 'created')`,
      [source.id],
    );

    // Another module moving its own records inside the merge transaction.
    const seen: Array<{ targetId: string; sourceId: string; inTransaction: boolean }> = [];
    const events = ctx.app.get(EventEmitter2);
    const listener = async (e: CustomerMergingEvent) => {
      seen.push({
        targetId: e.targetId,
        sourceId: e.sourceId,
        inTransaction: !!e.manager.queryRunner?.isTransactionActive,
      });
    };
    events.on(CustomerEvents.Merging, listener);
    const res = await ctx.http
      .post(`/api/v1/customers/${target.id}/merge`)
      .set(admin.headers)
      .send({ sourceId: source.id })
      .expect(200);
    events.off(CustomerEvents.Merging, listener);
    expect(seen).toEqual([{ targetId: target.id, sourceId: source.id, inTransaction: true }]);

    expect(res.body).toMatchObject({
      id: target.id,
      name: 'Orion Foods',
      email: 'hello@orion.example',
      phone: '021-5555-6666',
      region: 'east_china',
      tags: ['food', 'frozen'],
      customFields: { erpId: 'X-9' },
    });
    const contacts = await ctx.ds.query(
      `SELECT id, customer_id, is_primary FROM contacts WHERE id = ANY($1) ORDER BY id`,
      [[targetPrimary.id, sourcePrimary.id, sourceOther.id]],
    );
    expect(contacts.every((c: { customer_id: string }) => c.customer_id === target.id)).toBe(true);
    expect(contacts.filter((c: { is_primary: boolean }) => c.is_primary).map((c: { id: string }) => c.id)).toEqual([
      targetPrimary.id,
    ]);
    const [moved] = await ctx.ds.query(`SELECT customer_id FROM interactions WHERE id = $1`, [interaction.id]);
    expect(moved.customer_id).toBe(target.id);
    const [{ n }] = await ctx.ds.query(
      `SELECT count(*)::int AS n FROM customer_lifecycle_changes WHERE customer_id = $1`,
      [source.id],
    );
    expect(n).toBe(0);

    const [binned] = await ctx.ds.query(`SELECT deleted_at, merged_into_id FROM customers WHERE id = $1`, [source.id]);
    expect(binned).toEqual({ deleted_at: expect.any(Date), merged_into_id: target.id });
    await ctx.http.get(`/api/v1/customers/${source.id}`).set(admin.headers).expect(404);
    const list = await ctx.http.get('/api/v1/customers?q=Orion').set(admin.headers).expect(200);
    expect(list.body.data.map((c: { id: string }) => c.id)).toEqual([target.id]);
    const restore = await ctx.http.post(`/api/v1/customers/${source.id}/restore`).set(admin.headers).expect(422);
    expect(restore.body.code).toBe('customer_merged');

    const audit = await ctx.ds.query(
      `SELECT changes FROM audit_log WHERE entity = 'customers' AND entity_id = $1 AND changes ? 'mergedFrom'`,
      [target.id],
    );
    expect(audit).toEqual([
      {
        changes: expect.objectContaining({
          mergedFrom: { before: null, after: { id: source.id, code: source.code, name: 'Orion Foods Ltd' } },
          movedRecords: { before: null, after: { contacts: 2, interactions: 1, customer_lifecycle_changes: 1 } },
        }),
      },
    ]);
  });

  it('rolls the whole merge back when a listener refuses it', async () => {
    const target = await createCustomer(ctx.ds);
    const source = await createCustomer(ctx.ds);
    const contact = await createContact(ctx.ds, { customerId: source.id });
    const events = ctx.app.get(EventEmitter2);
    const failing = async () => {
      throw new RuleViolationError('open_invoice_conflict', 'Both customers have an open invoice run');
    };
    events.on(CustomerEvents.Merging, failing);
    const res = await ctx.http
      .post(`/api/v1/customers/${target.id}/merge`)
      .set(admin.headers)
      .send({ sourceId: source.id })
      .expect(422);
    expect(res.body.code).toBe('open_invoice_conflict');
    events.off(CustomerEvents.Merging, failing);
    const [row] = await ctx.ds.query(`SELECT customer_id FROM contacts WHERE id = $1`, [contact.id]);
    expect(row.customer_id).toBe(source.id);
    await ctx.http.get(`/api/v1/customers/${source.id}`).set(admin.headers).expect(200);
  });

  it('refuses merging a customer into itself, an invisible source, and account managers', async () => {
    const manager = await loginAs(ctx, Role.SalesManager);
    const mine = await createCustomer(ctx.ds, { ownerId: manager.user.id });
    const outsider = await createCustomer(ctx.ds, { ownerId: (await createUser(ctx.ds)).id });
    const self = await ctx.http
      .post(`/api/v1/customers/${mine.id}/merge`)
      .set(manager.headers)
      .send({ sourceId: mine.id })
      .expect(422);
    expect(self.body.code).toBe('cannot_merge_into_itself');
    const hidden = await ctx.http
      .post(`/api/v1/customers/${mine.id}/merge`)
      .set(manager.headers)
      .send({ sourceId: outsider.id })
      .expect(400);
    expect(hidden.body.errors[0].field).toBe('sourceId');
    await ctx.http
      .post(`/api/v1/customers/${outsider.id}/merge`)
      .set(manager.headers)
      .send({ sourceId: mine.id })
      .expect(404);
    const am = await loginAs(ctx, Role.AccountManager);
    await ctx.http
      .post(`/api/v1/customers/${mine.id}/merge`)
      .set(am.headers)
      .send({ sourceId: outsider.id })
      .expect(403);
  });
});
