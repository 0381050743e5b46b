import { Role } from '../auth/roles';
import { createTestApp, loginAs, TestContext } from '../testing';
import { sha256 } from './api-key-format';

describe('/api/v1/api-keys', () => {
  let ctx: TestContext;
  let admin: Awaited<ReturnType<typeof loginAs>>;
  beforeAll(async () => {
    ctx = await createTestApp();
    admin = await loginAs(ctx, Role.Admin);
  });
  afterAll(() => ctx.close());

  const createKey = async (body: Record<string, unknown>) =>
    (await ctx.http.post('/api/v1/api-keys').set(admin.headers).send(body).expect(201)).body;

  it('creates a key shown once; only its sha256 is stored', async () => {
    const created = await createKey({ name: 'ERP sync', scopes: ['audit.read'] });
    expect(created).toMatchObject({
      name: 'ERP sync',
      scopes: ['audit.read'],
      createdById: admin.user.id,
      revokedAt: null,
      lastUsedAt: null,
      version: 1,
    });
    expect(created.key).toMatch(new RegExp(`^crm_${created.prefix}_[0-9a-f]{64}$`));
    const [row] = await ctx.ds.query('SELECT key_hash, prefix FROM api_keys WHERE id = $1', [created.id]);
    expect(row).toEqual({ key_hash: sha256(created.key), prefix: created.prefix });
    const stored = JSON.stringify(await ctx.ds.query('SELECT * FROM api_keys WHERE id = $1', [created.id]));
    expect(stored).not.toContain(created.key);

    const list = await ctx.http.get('/api/v1/api-keys').query({ q: 'erp' }).set(admin.headers).expect(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 25 });
    expect(list.body.data[0]).not.toHaveProperty('key');
    expect(list.body.data[0]).not.toHaveProperty('keyHash');
    const one = await ctx.http.get(`/api/v1/api-keys/${created.id}`).set(admin.headers).expect(200);
    expect(one.body).not.toHaveProperty('key');
    expect(one.body.id).toBe(created.id);
  });

  it('authenticates X-API-Key requests with the key scopes and records last use', async () => {
    const created = await createKey({ name: 'BI export', scopes: ['audit.read'] });
    await ctx.http.get('/api/v1/departments').set('X-API-Key', created.key).expect(200);
    await ctx.http.get('/api/v1/audit-log').set('X-API-Key', created.key).expect(200);
    const forbidden = await ctx.http.get('/api/v1/users').set('X-API-Key', created.key).expect(403);
    expect(forbidden.body.detail).toBe('You need the permission users.manage to do this');
    const [row] = await ctx.ds.query('SELECT last_used_at, version FROM api_keys WHERE id = $1', [created.id]);
    expect(row.last_used_at).not.toBeNull();
    // Bookkeeping does not change the record's version.
    expect(row.version).toBe(1);
    const adminKey = await createKey({ name: 'Provisioning', scopes: ['users.manage'] });
    await ctx.http.get('/api/v1/users').set('X-API-Key', adminKey.key).expect(200);
  });

  it('acts as an API key, not as a user: no profile at /auth/me', async () => {
    const created = await createKey({ name: 'No profile', scopes: ['customers.read'] });
    const res = await ctx.http.get('/api/v1/auth/me').set('X-API-Key', created.key).expect(403);
    expect(res.body.status).toBe(403);
  });

  it('revokes a key: 200 with revokedAt, then requests with it answer 401', async () => {
    const created = await createKey({ name: 'Old integration', scopes: ['users.manage'] });
    await ctx.http.get('/api/v1/users').set('X-API-Key', created.key).expect(200);
    const res = await ctx.http.post(`/api/v1/api-keys/${created.id}/revoke`).set(admin.headers).expect(200);
    expect(res.body).toMatchObject({ id: created.id, revokedAt: expect.any(String), version: 2 });
    const refused = await ctx.http.get('/api/v1/users').set('X-API-Key', created.key).expect(401);
    expect(refused.body).toMatchObject({ status: 401, code: 'api_key_revoked' });
    const revoked = await ctx.http.get('/api/v1/api-keys').query({ revoked: 'true' }).set(admin.headers).expect(200);
    expect(revoked.body.data.map((k: { id: string }) => k.id)).toContain(created.id);
  });

  it('refuses expired, unknown and malformed keys with 401', async () => {
    const created = await createKey({
      name: 'Short-lived',
      scopes: ['audit.read'],
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await ctx.http.get('/api/v1/departments').set('X-API-Key', created.key).expect(200);
    await ctx.ds.query(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [created.id]);
    const expired = await ctx.http.get('/api/v1/departments').set('X-API-Key', created.key).expect(401);
    expect(expired.body.code).toBe('api_key_expired');
    await ctx.http
      .get('/api/v1/departments')
      .set('X-API-Key', `crm_00000000_${'0'.repeat(64)}`)
      .expect(401);
    await ctx.http.get('/api/v1/departments').set('X-API-Key', 'garbage').expect(401);
  });

  it('rejects an expiry in the past, an unknown scope and no scopes with field errors', async () => {
    const past = await ctx.http
      .post('/api/v1/api-keys')
      .set(admin.headers)
      .send({ name: 'x', scopes: ['audit.read'], expiresAt: '2020-01-01T00:00:00Z' })
      .expect(400);
    expect(past.body.errors).toEqual([expect.objectContaining({ field: 'expiresAt' })]);
    const unknown = await ctx.http
      .post('/api/v1/api-keys')
      .set(admin.headers)
      .send({ name: 'x', scopes: ['audit.read', 'customers.fly'] })
      .expect(400);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ field: 'scopes', message: 'scopes contains an unknown permission: customers.fly' }),
    ]);
    expect(unknown.body.detail).toBe('scopes contains an unknown permission: customers.fly');
    const legacy = await ctx.http
      .post('/api/v1/api-keys')
      .set(admin.headers)
      .send({ name: 'x', scopes: ['role:admin'] })
      .expect(400);
    expect(legacy.body.errors).toEqual([expect.objectContaining({ field: 'scopes' })]);
    const none = await ctx.http.post('/api/v1/api-keys').set(admin.headers).send({ name: 'x', scopes: [] }).expect(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'scopes' })]);
  });

  it("acts within its creator's current permissions and stops when the creator is deactivated", async () => {
    const { user: creator, headers } = await loginAs(ctx, Role.Admin);
    const created = (
      await ctx.http
        .post('/api/v1/api-keys')
        .set(headers)
        .send({ name: 'Delegated', scopes: ['audit.read', 'users.manage'] })
        .expect(201)
    ).body;
    await ctx.http.get('/api/v1/users').set('X-API-Key', created.key).expect(200);
    // The creator becomes an executive: the key keeps audit.read but loses users.manage.
    await ctx.ds.query(`UPDATE users SET roles = '{executive}' WHERE id = $1`, [creator.id]);
    await ctx.http.get('/api/v1/audit-log').set('X-API-Key', created.key).expect(200);
    await ctx.http.get('/api/v1/users').set('X-API-Key', created.key).expect(403);
    await ctx.ds.query('UPDATE users SET active = false WHERE id = $1', [creator.id]);
    const refused = await ctx.http.get('/api/v1/audit-log').set('X-API-Key', created.key).expect(401);
    expect(refused.body.code).toBe('api_key_creator_inactive');
  });

  it('keeps the permissions of its role for a key made before scopes (role:<role>)', async () => {
    const created = await createKey({ name: 'Legacy', scopes: ['audit.read'] });
    await ctx.ds.query(`UPDATE api_keys SET scopes = '{role:executive}' WHERE id = $1`, [created.id]);
    await ctx.http.get('/api/v1/job-runs').set('X-API-Key', created.key).expect(200);
    await ctx.http.get('/api/v1/customers').set('X-API-Key', created.key).expect(200);
    await ctx.http.get('/api/v1/users').set('X-API-Key', created.key).expect(403);
  });

  it('is for admins only', async () => {
    const { headers } = await loginAs(ctx, Role.SalesManager);
    await ctx.http.get('/api/v1/api-keys').set(headers).expect(403);
    await ctx.http
      .post('/api/v1/api-keys')
      .set(headers)
      .send({ name: 'x', scopes: ['audit.read'] })
      .expect(403);
  });
});
