import { Role } from '../auth/roles';
import { createTestApp, loginAs, TestContext } from '../testing';

describe('GET /api/v1/audit-log', () => {
  let ctx: TestContext;
  let admin: { Authorization: string };
  let adminId: string;
  let departmentId: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    const signedIn = await loginAs(ctx, Role.Admin, { name: 'Grace Admin' });
    admin = signedIn.headers;
    adminId = signedIn.user.id;
    // Create, rename, delete a department through the API.
    const created = await ctx.http.post('/api/v1/departments').set(admin).send({ name: 'Field Sales' }).expect(201);
    departmentId = created.body.id;
    await ctx.http
      .patch(`/api/v1/departments/${departmentId}`)
      .set(admin)
      .send({ name: 'Inside Sales', description: 'Phone and web', version: created.body.version })
      .expect(200);
    await ctx.http.delete(`/api/v1/departments/${departmentId}`).set(admin).expect(204);
  });
  afterAll(() => ctx.close());

  it('shows who created, changed and deleted a record, newest first, with before and after', async () => {
    const res = await ctx.http
      .get(`/api/v1/audit-log?entity=departments&entityId=${departmentId}`)
      .set(admin)
      .expect(200);
    expect(res.body.total).toBe(3);
    const [deleted, updated, created] = res.body.data;
    expect([deleted.action, updated.action, created.action]).toEqual(['delete', 'update', 'create']);
    for (const entry of res.body.data) {
      expect(entry).toMatchObject({
        entity: 'departments',
        entityId: departmentId,
        actorId: adminId,
        actorKind: 'user',
        actorName: 'Grace Admin',
      });
      expect(typeof entry.requestId).toBe('string');
      expect(Object.keys(entry).sort()).toEqual(
        [
          'action',
          'actorId',
          'actorKind',
          'actorName',
          'changes',
          'createdAt',
          'entity',
          'entityId',
          'id',
          'requestId',
        ].sort(),
      );
    }
    expect(created.changes).toEqual({ name: { before: null, after: 'Field Sales' } });
    expect(updated.changes).toEqual({
      name: { before: 'Field Sales', after: 'Inside Sales' },
      description: { before: null, after: 'Phone and web' },
    });
    expect(deleted.changes).toEqual({
      name: { before: 'Inside Sales', after: null },
      description: { before: 'Phone and web', after: null },
    });
  });

  it('never records ignored fields such as the password hash', async () => {
    const res = await ctx.http
      .post('/api/v1/users')
      .set(admin)
      .send({
        email: 'new.rep@example.com',
        name: 'New Rep',
        password: 'Sup3r-secret-pw',
        roles: [Role.AccountManager],
      })
      .expect(201);
    const log = await ctx.http.get(`/api/v1/audit-log?entity=users&entityId=${res.body.id}`).set(admin).expect(200);
    expect(log.body.data).toHaveLength(1);
    expect(log.body.data[0].changes).toMatchObject({ email: { before: null, after: 'new.rep@example.com' } });
    const text = JSON.stringify(log.body);
    expect(text).not.toContain('passwordHash');
    expect(text).not.toContain('argon2');
  });

  it('filters by action, actor, actor name and time window', async () => {
    const deletes = await ctx.http.get('/api/v1/audit-log?action=delete&entity=departments').set(admin).expect(200);
    expect(deletes.body.data.map((e: { entityId: string }) => e.entityId)).toEqual([departmentId]);

    const mine = await ctx.http.get(`/api/v1/audit-log?actorId=${adminId}&pageSize=2`).set(admin).expect(200);
    expect(mine.body).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect(mine.body.data).toHaveLength(2);

    const byName = await ctx.http.get('/api/v1/audit-log?q=grace%20adm').set(admin).expect(200);
    expect(byName.body.total).toBe(4);

    const today = new Date().toISOString().slice(0, 10);
    const window = await ctx.http
      .get(`/api/v1/audit-log?from=${today}&to=${today}&actorId=${adminId}`)
      .set(admin)
      .expect(200);
    expect(window.body.total).toBe(4);
    const future = await ctx.http.get(`/api/v1/audit-log?from=2999-01-01T00:00:00Z`).set(admin).expect(200);
    expect(future.body.total).toBe(0);
    const past = await ctx.http.get(`/api/v1/audit-log?to=2000-01-01&actorId=${adminId}`).set(admin).expect(200);
    expect(past.body.total).toBe(0);
  });

  it('rejects malformed filters with a 400 problem', async () => {
    const res = await ctx.http.get('/api/v1/audit-log?action=rename&entityId=nope').set(admin).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['action', 'entityId']);
  });

  it('is open to executives and closed to other roles', async () => {
    const { headers: executive } = await loginAs(ctx, Role.Executive);
    const { headers: manager } = await loginAs(ctx, Role.SalesManager);
    await ctx.http.get('/api/v1/audit-log').set(executive).expect(200);
    const res = await ctx.http.get('/api/v1/audit-log').set(manager).expect(403);
    expect(res.body).toMatchObject({ status: 403 });
    await ctx.http.get('/api/v1/audit-log').expect(401);
  });
});
