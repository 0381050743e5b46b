import { Role } from '../auth/roles';
import { authHeader, createDepartment, createTestApp, createUser, login, loginAs, TestContext } from '../testing';

describe('/api/v1/users', () => {
  let ctx: TestContext;
  let admin: Awaited<ReturnType<typeof loginAs>>;
  beforeAll(async () => {
    ctx = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '1000' } });
    admin = await loginAs(ctx, Role.Admin);
  });
  afterAll(() => ctx.close());

  const valid = (over: Record<string, unknown> = {}) => ({
    email: `new-${Math.random().toString(36).slice(2, 8)}@example.com`,
    name: 'Ann Lee',
    password: 'Correct-horse-1',
    roles: ['account_manager'],
    ...over,
  });

  describe('POST', () => {
    it('creates a user: 201 with the record, email lower-cased, password hashed with argon2id', async () => {
      const department = await createDepartment(ctx.ds);
      const res = await ctx.http
        .post('/api/v1/users')
        .set(admin.headers)
        .send(valid({ email: 'Bob.Stone@Example.com', departmentId: department.id, roles: ['sales_manager'] }))
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        email: 'bob.stone@example.com',
        name: 'Ann Lee',
        roles: ['sales_manager'],
        departmentId: department.id,
        active: true,
        locale: 'en',
        lastLoginAt: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        version: 1,
      });
      const [row] = await ctx.ds.query('SELECT password_hash FROM users WHERE id = $1', [res.body.id]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      await login(ctx, 'bob.stone@example.com', 'Correct-horse-1');
    });

    it('answers a bad email with 400 problem details naming the field', async () => {
      const res = await ctx.http
        .post('/api/v1/users')
        .set(admin.headers)
        .send(valid({ email: 'not-an-email' }))
        .expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toEqual(
        expect.objectContaining({
          type: expect.any(String),
          title: expect.any(String),
          status: 400,
          detail: expect.any(String),
          errors: [{ field: 'email', message: expect.any(String) }],
        }),
      );
    });

    it('rejects an unknown field with 400 naming it', async () => {
      const res = await ctx.http
        .post('/api/v1/users')
        .set(admin.headers)
        .send(valid({ isRoot: true }))
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'isRoot', message: 'isRoot is not an allowed field' }]);
    });

    it('answers 409 naming email when the email exists in another case', async () => {
      const existing = await createUser(ctx.ds);
      const res = await ctx.http
        .post('/api/v1/users')
        .set(admin.headers)
        .send(valid({ email: existing.email.toUpperCase() }))
        .expect(409);
      expect(res.body).toMatchObject({ status: 409, code: 'email_taken', errors: [{ field: 'email' }] });
    });

    it('answers 400 naming roles for an unknown role', async () => {
      const res = await ctx.http
        .post('/api/v1/users')
        .set(admin.headers)
        .send(valid({ roles: ['superuser'] }))
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'roles' })]);
    });

    it('answers 400 naming departmentId for a department that does not exist', async () => {
      const res = await ctx.http
        .post('/api/v1/users')
        .set(admin.headers)
        .send(valid({ departmentId: '5b0c3c3e-1111-4222-8333-444455556666' }))
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'departmentId' })]);
    });

    it('refuses a password equal to the email', async () => {
      const res = await ctx.http
        .post('/api/v1/users')
        .set(admin.headers)
        .send(valid({ email: 'same.as.password@example.com', password: 'same.as.password@example.com' }))
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
    });

    it('is for admins only', async () => {
      const { headers } = await loginAs(ctx, Role.Executive);
      await ctx.http.post('/api/v1/users').set(headers).send(valid()).expect(403);
      await ctx.http.get('/api/v1/users').set(headers).expect(403);
    });
  });

  describe('GET', () => {
    it('lists users with filters, search and sort in the list envelope', async () => {
      const dept = await createDepartment(ctx.ds);
      const zed = await createUser(ctx.ds, {
        name: 'Zed Quillfeather',
        roles: [Role.CallAgent],
        departmentId: dept.id,
      });
      const amy = await createUser(ctx.ds, {
        name: 'Amy Quillfeather',
        roles: [Role.CallAgent],
        departmentId: dept.id,
      });
      await createUser(ctx.ds, {
        name: 'Old Quillfeather',
        roles: [Role.CallAgent],
        departmentId: dept.id,
        active: false,
      });

      const res = await ctx.http
        .get('/api/v1/users')
        .query({ q: 'quillfeather', role: 'call_agent', active: 'true', departmentId: dept.id, sort: 'name' })
        .set(admin.headers)
        .expect(200);
      expect(res.body).toMatchObject({ total: 2, page: 1, pageSize: 25 });
      expect(res.body.data.map((u: { id: string }) => u.id)).toEqual([amy.id, zed.id]);
      expect(res.body.data[0]).not.toHaveProperty('passwordHash');

      const byEmail = await ctx.http
        .get('/api/v1/users')
        .query({ q: zed.email.slice(0, 12) })
        .set(admin.headers)
        .expect(200);
      expect(byEmail.body.data.map((u: { id: string }) => u.id)).toContain(zed.id);

      const page = await ctx.http
        .get('/api/v1/users')
        .query({ departmentId: dept.id, pageSize: 1, page: 2, sort: '-name' })
        .set(admin.headers)
        .expect(200);
      expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 1, data: [{ name: 'Old Quillfeather' }] });
    });

    it('rejects sorting on an unknown field', async () => {
      const res = await ctx.http.get('/api/v1/users').query({ sort: 'passwordHash' }).set(admin.headers).expect(400);
      expect(res.body.errors[0].field).toBe('sort');
    });

    it('gets one user and answers 404 for an unknown id', async () => {
      const user = await createUser(ctx.ds);
      const res = await ctx.http.get(`/api/v1/users/${user.id}`).set(admin.headers).expect(200);
      expect(res.body).toMatchObject({ id: user.id, email: user.email });
      await ctx.http.get('/api/v1/users/7a0c3c3e-1111-4222-8333-444455556666').set(admin.headers).expect(404);
    });

    it('has no DELETE: users are deactivated instead', async () => {
      const user = await createUser(ctx.ds);
      await ctx.http.delete(`/api/v1/users/${user.id}`).set(admin.headers).expect(404);
    });
  });

  describe('PATCH', () => {
    it('updates fields and bumps the version', async () => {
      const user = await createUser(ctx.ds);
      const dept = await createDepartment(ctx.ds);
      const res = await ctx.http
        .patch(`/api/v1/users/${user.id}`)
        .set(admin.headers)
        .send({
          name: 'Renamed',
          roles: ['marketer', 'service_agent'],
          departmentId: dept.id,
          locale: 'zh',
          version: 1,
        })
        .expect(200);
      expect(res.body).toMatchObject({
        name: 'Renamed',
        roles: ['marketer', 'service_agent'],
        departmentId: dept.id,
        locale: 'zh',
        version: 2,
      });
      const cleared = await ctx.http
        .patch(`/api/v1/users/${user.id}`)
        .set(admin.headers)
        .send({ departmentId: null, version: 2 })
        .expect(200);
      expect(cleared.body.departmentId).toBeNull();
    });

    it('answers 409 stale_version for an old version and leaves the record alone', async () => {
      const user = await createUser(ctx.ds);
      await ctx.http
        .patch(`/api/v1/users/${user.id}`)
        .set(admin.headers)
        .send({ name: 'First', version: 1 })
        .expect(200);
      const res = await ctx.http
        .patch(`/api/v1/users/${user.id}`)
        .set(admin.headers)
        .send({ name: 'Second', version: 1 })
        .expect(409);
      expect(res.body).toMatchObject({ status: 409, code: 'stale_version' });
      const [row] = await ctx.ds.query('SELECT name, version FROM users WHERE id = $1', [user.id]);
      expect(row).toEqual({ name: 'First', version: 2 });
    });

    it('requires version', async () => {
      const user = await createUser(ctx.ds);
      const res = await ctx.http.patch(`/api/v1/users/${user.id}`).set(admin.headers).send({ name: 'X' }).expect(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'version' })]));
    });

    it('refuses to let an admin deactivate themselves or drop their own admin role (422)', async () => {
      const self = await ctx.http
        .patch(`/api/v1/users/${admin.user.id}`)
        .set(admin.headers)
        .send({ active: false, version: admin.user.version })
        .expect(422);
      expect(self.body).toMatchObject({ status: 422, code: 'cannot_deactivate_self', errors: [{ field: 'active' }] });
      const demote = await ctx.http
        .patch(`/api/v1/users/${admin.user.id}`)
        .set(admin.headers)
        .send({ roles: ['executive'], version: admin.user.version })
        .expect(422);
      expect(demote.body.code).toBe('cannot_remove_own_admin_role');
    });

    it('deactivating a user ends their sessions: their token answers 401 and they cannot sign in', async () => {
      const user = await createUser(ctx.ds);
      const session = await login(ctx, user.email);
      await ctx.http
        .patch(`/api/v1/users/${user.id}`)
        .set(admin.headers)
        .send({ active: false, version: 1 })
        .expect(200);
      await ctx.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${session.accessToken}`).expect(401);
      await ctx.http.get('/api/v1/auth/me').set(authHeader(ctx, user)).expect(401);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      const signIn = await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: user.password })
        .expect(401);
      expect(signIn.body.detail).toBe('This account is deactivated');
      const [open] = await ctx.ds.query(
        'SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL',
        [user.id],
      );
      expect(open.n).toBe(0);
    });

    it('setting a password replaces the old one and clears a lockout', async () => {
      const user = await createUser(ctx.ds);
      await ctx.ds.query(
        `UPDATE users SET failed_login_count = 5, locked_until = now() + interval '10 minutes' WHERE id = $1`,
        [user.id],
      );
      await ctx.http
        .patch(`/api/v1/users/${user.id}`)
        .set(admin.headers)
        .send({ password: 'Set-by-admin-99', version: 1 })
        .expect(200);
      await ctx.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(401);
      await login(ctx, user.email, 'Set-by-admin-99');
    });
  });
});
