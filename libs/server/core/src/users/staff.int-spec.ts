import { Role } from '../auth/roles';
import { createTestApp, createUser, loginAs, TestContext } from '../testing';

describe('GET /api/v1/staff (the staff directory)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('lets any signed-in role list colleagues by name and role, without account details', async () => {
    const rep = await loginAs(ctx, Role.AccountManager);
    const colleague = await createUser(ctx.ds, { name: 'Zhou Min', roles: [Role.SalesManager] });
    const res = await ctx.http.get('/api/v1/staff?q=zhou&role=sales_manager').set(rep.headers).expect(200);
    expect(res.body).toMatchObject({ total: 1, page: 1 });
    expect(res.body.data[0]).toEqual({
      id: colleague.id,
      name: 'Zhou Min',
      roles: ['sales_manager'],
      departmentId: null,
      active: true,
    });
    // The account list itself stays admin-only.
    await ctx.http.get('/api/v1/users').set(rep.headers).expect(403);
  });

  it('does not search or sort by e-mail', async () => {
    const agent = await loginAs(ctx, Role.CallAgent);
    await createUser(ctx.ds, { name: 'Hidden Mail', email: 'findme-by-mail@example.com' });
    const res = await ctx.http.get('/api/v1/staff?q=findme-by-mail').set(agent.headers).expect(200);
    expect(res.body.total).toBe(0);
    const bad = await ctx.http.get('/api/v1/staff?sort=email').set(agent.headers).expect(400);
    expect(bad.body.errors[0].field).toBe('sort');
  });

  it('reads one colleague, 404 for an unknown id and 401 without credentials', async () => {
    const marketer = await loginAs(ctx, Role.Marketer);
    const res = await ctx.http.get(`/api/v1/staff/${marketer.user.id}`).set(marketer.headers).expect(200);
    expect(res.body.name).toBe(marketer.user.name);
    await ctx.http.get('/api/v1/staff/7d0c9a52-8a3b-4d4e-9a55-1c2b3d4e5f60').set(marketer.headers).expect(404);
    await ctx.http.get('/api/v1/staff').expect(401);
  });
});
