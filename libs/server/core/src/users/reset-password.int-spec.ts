import { DataSource, DataSourceOptions } from 'typeorm';
import { Role } from '../auth/roles';
import { dataSourceOptions } from '../database/data-source-options';
import { createTestApp, createUser, TestContext, TestUser } from '../testing';
import { PASSWORD_RESET_ENTITIES, resetPassword } from './reset-password';

// npm run admin:reset-password runs resetPassword on a plain DataSource; the API checks the outcome.
describe('admin:reset-password', () => {
  let ctx: TestContext;
  let ds: DataSource;
  let admin: TestUser;

  beforeAll(async () => {
    ctx = await createTestApp();
    // The same DataSource the CLI builds: only the entities the reset needs, no Nest.
    ds = new DataSource({
      ...(dataSourceOptions(ctx.runtime.databaseUrl, []) as DataSourceOptions),
      entities: PASSWORD_RESET_ENTITIES,
    });
    await ds.initialize();
  });
  beforeEach(async () => {
    admin = await createUser(ctx.ds, { roles: [Role.Admin] });
  });
  afterAll(async () => {
    await ds?.destroy();
    await ctx?.close();
  });

  const login = (password: string) => ctx.http.post('/api/v1/auth/login').send({ email: admin.email, password });

  it('sets a generated password, unlocks the account, ends its sessions and records it in the audit log', async () => {
    const { refreshToken } = (await login(admin.password).expect(200)).body;
    await ctx.ds.query(
      `UPDATE users SET failed_login_count = 5, locked_until = now() + interval '15 minutes' WHERE id = $1`,
      [admin.id],
    );
    expect((await login(admin.password)).status).toBe(423);

    const result = await resetPassword(ds, admin.email.toUpperCase());

    expect(result).toEqual({ email: admin.email, generatedPassword: expect.any(String), active: true });
    expect(result.generatedPassword!.length).toBeGreaterThanOrEqual(16);
    expect((await login(admin.password)).status).toBe(401);
    await login(result.generatedPassword!).expect(200);
    expect((await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken })).status).toBe(401);
    const entries = await ctx.ds.query(
      `SELECT action, actor_kind, actor_name, changes FROM audit_log
       WHERE entity = 'users' AND entity_id = $1 AND action = 'update'`,
      [admin.id],
    );
    expect(entries).toEqual([
      {
        action: 'update',
        actor_kind: 'system',
        actor_name: 'admin:reset-password',
        changes: {
          passwordChangedAt: { before: null, after: expect.any(String) },
          lockedUntil: { before: expect.any(String), after: null },
        },
      },
    ]);
  });

  it('uses the password from ADMIN_PASSWORD when given, and checks it like any password', async () => {
    await expect(resetPassword(ds, admin.email, 'short')).rejects.toThrow(
      'ADMIN_PASSWORD must be at least 10 characters',
    );
    await login(admin.password).expect(200);

    const result = await resetPassword(ds, admin.email, 'Chosen-by-ops-2');
    expect(result).toEqual({ email: admin.email, generatedPassword: undefined, active: true });
    await login('Chosen-by-ops-2').expect(200);
  });

  it('refuses an unknown e-mail address and changes nothing', async () => {
    const [before] = await ctx.ds.query('SELECT count(*)::int AS n FROM audit_log');
    await expect(resetPassword(ds, 'nobody@example.com')).rejects.toThrow(
      'No user has the e-mail address nobody@example.com; nothing was changed',
    );
    const [after] = await ctx.ds.query('SELECT count(*)::int AS n FROM audit_log');
    expect(after.n).toBe(before.n);
  });
});
