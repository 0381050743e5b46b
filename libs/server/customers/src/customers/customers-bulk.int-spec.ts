import { randomUUID } from 'node:crypto';
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

describe('POST /customers/bulk-update', () => {
  let ctx: TestContext;
  let admin: Headers;
  // A sales manager with two account managers in the team.
  let manager: Headers;
  let managerId: string;
  let rep1: string;
  let rep2: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = (await loginAs(ctx, Role.Admin)).headers;
    const m = await createUser(ctx.ds, { roles: [Role.SalesManager] });
    const team = await createDepartment(ctx.ds, { managerId: m.id });
    rep1 = (await createUser(ctx.ds, { roles: [Role.AccountManager], departmentId: team.id })).id;
    rep2 = (await createUser(ctx.ds, { roles: [Role.AccountManager], departmentId: team.id })).id;
    managerId = m.id;
    manager = authHeader(ctx, m);
  });
  afterAll(() => ctx.close());

  const bulk = (headers: Headers, body: unknown, status: number, language?: string) => {
    const req = ctx.http.post('/api/v1/customers/bulk-update').set(headers);
    if (language) req.set('Accept-Language', language);
    return req.send(body as object).expect(status);
  };
  const row = async (id: string) =>
    (await ctx.ds.query(`SELECT owner_id, status, tags, version FROM customers WHERE id = $1`, [id]))[0];

  it('reassigns three customers, each with its own audit entry and customer.updated event', async () => {
    const customers = await Promise.all([1, 2, 3].map(() => createCustomer(ctx.ds, { ownerId: rep1 })));
    const ids = customers.map((c) => c.id);
    const seen: unknown[] = [];
    const listener = (e: unknown) => seen.push(e);
    ctx.app.get(EventEmitter2).on(CustomerEvents.Updated, listener);

    const res = await bulk(manager, { ids, changes: { ownerId: rep2 } }, 200);
    ctx.app.get(EventEmitter2).off(CustomerEvents.Updated, listener);

    expect(res.body).toEqual({ updated: 3, unchanged: 0, failed: [] });
    for (const id of ids) expect(await row(id)).toMatchObject({ owner_id: rep2, version: 2 });
    expect(seen).toEqual(expect.arrayContaining(ids.map((id) => ({ id }))));
    expect(seen).toHaveLength(3);
    const audit = await ctx.ds.query(
      `SELECT entity_id, actor_id, changes FROM audit_log
       WHERE entity = 'customers' AND action = 'update' AND entity_id = ANY($1)`,
      [ids],
    );
    expect(audit).toHaveLength(3);
    expect(audit.map((a: { entity_id: string }) => a.entity_id).sort()).toEqual([...ids].sort());
    for (const entry of audit)
      expect(entry).toMatchObject({ actor_id: managerId, changes: { ownerId: { before: rep1, after: rep2 } } });
  });

  it('adds and removes tags without repeating one, and counts customers that already match as unchanged', async () => {
    const a = await createCustomer(ctx.ds, { ownerId: rep1, tags: ['vip', 'old'] });
    const b = await createCustomer(ctx.ds, { ownerId: rep1, tags: [] });
    const c = await createCustomer(ctx.ds, { ownerId: rep1, tags: ['vip', 'east'] });
    const res = await bulk(
      manager,
      { ids: [a.id, b.id, c.id], changes: { addTags: ['vip', ' east ', 'east'], removeTags: ['old'] } },
      200,
    );
    expect(res.body).toEqual({ updated: 2, unchanged: 1, failed: [] });
    expect((await row(a.id)).tags).toEqual(['vip', 'east']);
    expect((await row(b.id)).tags).toEqual(['vip', 'east']);
    expect(await row(c.id)).toMatchObject({ tags: ['vip', 'east'], version: 1 });
    const [{ n }] = await ctx.ds.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'customers' AND action = 'update' AND entity_id = $1`,
      [c.id],
    );
    expect(n).toBe(0);
  });

  it("reports another manager's customer and a missing id as not found and leaves them untouched", async () => {
    const otherRep = await createUser(ctx.ds, { roles: [Role.AccountManager] });
    const theirs = await createCustomer(ctx.ds, { ownerId: otherRep.id, status: 'prospect' });
    const mine = await createCustomer(ctx.ds, { ownerId: rep1, status: 'prospect' });
    const missing = randomUUID();
    const res = await bulk(manager, { ids: [theirs.id, mine.id, missing], changes: { status: 'active' } }, 200);
    expect(res.body).toEqual({
      updated: 1,
      unchanged: 0,
      failed: [
        { id: theirs.id, code: 'not_found', message: `Customer ${theirs.id} was not found` },
        { id: missing, code: 'not_found', message: `Customer ${missing} was not found` },
      ],
    });
    expect(await row(theirs.id)).toMatchObject({ status: 'prospect', owner_id: otherRep.id, version: 1 });
    expect((await row(mine.id)).status).toBe('active');

    const zh = await bulk(manager, { ids: [theirs.id], changes: { status: 'lost' } }, 200, 'zh-CN');
    expect(zh.body.failed[0].message).toMatch(/客户/);
  });

  it('reports a customer in the bin as not found', async () => {
    const binned = await createCustomer(ctx.ds, { ownerId: rep1, deletedAt: new Date() });
    const res = await bulk(admin, { ids: [binned.id], changes: { status: 'lost' } }, 200);
    expect(res.body.failed).toEqual([expect.objectContaining({ id: binned.id, code: 'not_found' })]);
  });

  it('refuses an account manager handing customers to someone else, as the single update does', async () => {
    const rep = await loginAs(ctx, Role.AccountManager);
    const own = await createCustomer(ctx.ds, { ownerId: rep.user.id });
    const res = await bulk(rep.headers, { ids: [own.id], changes: { ownerId: rep2 } }, 400);
    expect(res.body.errors).toEqual([
      { field: 'changes.ownerId', message: 'changes.ownerId must be you or a member of your team' },
    ]);
    await ctx.http
      .patch(`/api/v1/customers/${own.id}`)
      .set(rep.headers)
      .send({ ownerId: rep2, version: 1 })
      .expect(400);
    expect((await row(own.id)).owner_id).toBe(rep.user.id);

    // The rest of the bulk update is theirs to use.
    const status = await bulk(rep.headers, { ids: [own.id], changes: { status: 'inactive' } }, 200);
    expect(status.body).toEqual({ updated: 1, unchanged: 0, failed: [] });
  });

  it('refuses an inactive owner and lets only customer writers in', async () => {
    const c = await createCustomer(ctx.ds, { ownerId: rep1 });
    const inactive = await createUser(ctx.ds, { roles: [Role.AccountManager], active: false });
    const res = await bulk(admin, { ids: [c.id], changes: { ownerId: inactive.id } }, 400);
    expect(res.body.errors[0].field).toBe('changes.ownerId');
    const { headers } = await loginAs(ctx, Role.Executive);
    await bulk(headers, { ids: [c.id], changes: { status: 'lost' } }, 403);
  });

  it('fails a customer whose tags would pass the limit and changes the others', async () => {
    const full = await createCustomer(ctx.ds, {
      ownerId: rep1,
      tags: Array.from({ length: 50 }, (_, i) => `t${i}`),
    });
    const other = await createCustomer(ctx.ds, { ownerId: rep1 });
    const res = await bulk(manager, { ids: [full.id, other.id], changes: { addTags: ['new'], ownerId: rep2 } }, 200);
    expect(res.body).toEqual({
      updated: 1,
      unchanged: 0,
      failed: [
        { id: full.id, code: 'too_many_tags', message: 'The customer would have 51 tags; at most 50 are allowed' },
      ],
    });
    expect(await row(full.id)).toMatchObject({ owner_id: rep1, version: 1 });
    expect(await row(other.id)).toMatchObject({ owner_id: rep2, tags: ['new'] });
  });

  it('names the field of each validation error', async () => {
    const id = randomUUID();
    const fields = async (body: unknown) =>
      (await bulk(admin, body, 400)).body.errors.map((e: { field: string }) => e.field);
    expect(await fields({ ids: [id] })).toEqual(['changes']);
    expect(await fields({ ids: [id], changes: {} })).toEqual(['changes']);
    expect(await fields({ ids: [], changes: { status: 'active' } })).toEqual(['ids']);
    expect(await fields({ ids: [id, id], changes: { status: 'active' } })).toEqual(['ids']);
    expect(await fields({ ids: ['nope'], changes: { status: 'active' } })).toEqual(['ids']);
    expect(await fields({ ids: Array.from({ length: 501 }, randomUUID), changes: { status: 'active' } })).toEqual([
      'ids',
    ]);
    expect(await fields({ ids: [id], changes: { status: 'gone' } })).toEqual(['changes.status']);
    expect(await fields({ ids: [id], changes: { addTags: ['a'], removeTags: ['a'] } })).toEqual(['changes.removeTags']);
    expect(await fields({ ids: [id], changes: { ownerId: 'x' } })).toEqual(['changes.ownerId']);

    const unknown = await bulk(admin, { ids: [id], changes: { name: 'X' }, force: true }, 400);
    expect(unknown.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'force', message: 'force is not an allowed field' },
        { field: 'changes.name', message: 'changes.name is not an allowed field' },
      ]),
    );
    const zh = await bulk(admin, { ids: [id], changes: {} }, 400, 'zh');
    expect(zh.body.errors[0].message).toBe('changes 至少要包含以下一项：ownerId, status, addTags, removeTags');
  });
});
