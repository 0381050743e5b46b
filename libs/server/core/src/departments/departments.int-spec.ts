import { Role } from '../auth/roles';
import { createDepartment, createTestApp, createUser, loginAs, TestContext } from '../testing';

describe('/api/v1/departments', () => {
  let ctx: TestContext;
  let admin: { Authorization: string };
  beforeAll(async () => {
    ctx = await createTestApp();
    admin = (await loginAs(ctx, Role.Admin)).headers;
  });
  afterAll(() => ctx.close());

  it('creates a department: 201 with the record', async () => {
    const manager = await createUser(ctx.ds, { roles: [Role.SalesManager] });
    const parent = await createDepartment(ctx.ds);
    const res = await ctx.http
      .post('/api/v1/departments')
      .set(admin)
      .send({ name: 'Sales East', description: 'East coast', managerId: manager.id, parentId: parent.id })
      .expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'Sales East',
      description: 'East coast',
      managerId: manager.id,
      parentId: parent.id,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
  });

  it('answers 409 naming name for a name already used, whatever its case', async () => {
    await createDepartment(ctx.ds, { name: 'Support' });
    const res = await ctx.http.post('/api/v1/departments').set(admin).send({ name: 'SUPPORT' }).expect(409);
    expect(res.body).toMatchObject({ status: 409, code: 'department_name_taken', errors: [{ field: 'name' }] });
  });

  it('answers 400 naming managerId or parentId when they do not exist', async () => {
    const missing = '6b0c3c3e-1111-4222-8333-444455556666';
    const m = await ctx.http
      .post('/api/v1/departments')
      .set(admin)
      .send({ name: 'A1', managerId: missing })
      .expect(400);
    expect(m.body.errors).toEqual([expect.objectContaining({ field: 'managerId' })]);
    const p = await ctx.http.post('/api/v1/departments').set(admin).send({ name: 'A2', parentId: missing }).expect(400);
    expect(p.body.errors).toEqual([expect.objectContaining({ field: 'parentId' })]);
  });

  it('lets every signed-in role read departments, but only admins change them', async () => {
    const department = await createDepartment(ctx.ds, { name: 'Readable' });
    const { headers } = await loginAs(ctx, Role.CallAgent);
    const list = await ctx.http.get('/api/v1/departments').query({ q: 'readab' }).set(headers).expect(200);
    expect(list.body).toMatchObject({ total: 1, data: [{ id: department.id, name: 'Readable' }] });
    await ctx.http.get(`/api/v1/departments/${department.id}`).set(headers).expect(200);
    await ctx.http.post('/api/v1/departments').set(headers).send({ name: 'Nope' }).expect(403);
    await ctx.http
      .patch(`/api/v1/departments/${department.id}`)
      .set(headers)
      .send({ name: 'N', version: 1 })
      .expect(403);
    await ctx.http.delete(`/api/v1/departments/${department.id}`).set(headers).expect(403);
    await ctx.http.get('/api/v1/departments').expect(401);
  });

  it('updates with the current version and answers 409 stale_version for an old one', async () => {
    const department = await createDepartment(ctx.ds);
    const ok = await ctx.http
      .patch(`/api/v1/departments/${department.id}`)
      .set(admin)
      .send({ name: 'Renamed dept', description: null, version: 1 })
      .expect(200);
    expect(ok.body).toMatchObject({ name: 'Renamed dept', description: null, version: 2 });
    const stale = await ctx.http
      .patch(`/api/v1/departments/${department.id}`)
      .set(admin)
      .send({ name: 'Again', version: 1 })
      .expect(409);
    expect(stale.body.code).toBe('stale_version');
  });

  it('refuses to nest a department under itself or one of its sub-departments (422)', async () => {
    const top = await createDepartment(ctx.ds);
    const child = await createDepartment(ctx.ds, { parentId: top.id });
    const grandchild = await createDepartment(ctx.ds, { parentId: child.id });
    const res = await ctx.http
      .patch(`/api/v1/departments/${top.id}`)
      .set(admin)
      .send({ parentId: grandchild.id, version: 1 })
      .expect(422);
    expect(res.body).toMatchObject({ code: 'department_cycle', errors: [{ field: 'parentId' }] });
    await ctx.http.patch(`/api/v1/departments/${top.id}`).set(admin).send({ parentId: top.id, version: 1 }).expect(422);
  });

  it('deletes an unused department with 204', async () => {
    const department = await createDepartment(ctx.ds);
    await ctx.http.delete(`/api/v1/departments/${department.id}`).set(admin).expect(204);
    const rows = await ctx.ds.query('SELECT id FROM departments WHERE id = $1', [department.id]);
    expect(rows).toEqual([]);
    await ctx.http.get(`/api/v1/departments/${department.id}`).set(admin).expect(404);
  });

  it('answers 409 department_in_use when users or sub-departments belong to it, and keeps it', async () => {
    const withUsers = await createDepartment(ctx.ds);
    await createUser(ctx.ds, { departmentId: withUsers.id });
    const res = await ctx.http.delete(`/api/v1/departments/${withUsers.id}`).set(admin).expect(409);
    expect(res.body).toMatchObject({
      status: 409,
      code: 'department_in_use',
      detail: '1 user belongs to this department; move them to another department first',
    });
    const parent = await createDepartment(ctx.ds);
    await createDepartment(ctx.ds, { parentId: parent.id });
    const nested = await ctx.http.delete(`/api/v1/departments/${parent.id}`).set(admin).expect(409);
    expect(nested.body.code).toBe('department_in_use');
    const rows = await ctx.ds.query('SELECT id FROM departments WHERE id IN ($1, $2)', [withUsers.id, parent.id]);
    expect(rows).toHaveLength(2);
  });
});
