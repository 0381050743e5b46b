import { createTestApp, TestContext } from '../testing';
import { InitialAdminService } from './initial-admin.service';

describe('first-start administrator', () => {
  describe('with no ADMIN_EMAIL/ADMIN_PASSWORD', () => {
    let ctx: TestContext;
    beforeAll(async () => {
      ctx = await createTestApp();
    });
    afterAll(() => ctx.close());

    it('is not created by booting a test app', async () => {
      const [row] = await ctx.ds.query('SELECT count(*)::int AS n FROM users');
      expect(row.n).toBe(0);
    });

    it('creates admin@example.com once with a generated password printed in a box, even when started twice at once', async () => {
      const printed: string[] = [];
      const service = ctx.app.get(InitialAdminService);
      const results = await Promise.all([
        service.ensureInitialAdmin((t) => printed.push(t)),
        service.ensureInitialAdmin((t) => printed.push(t)),
      ]);
      const created = results.filter(Boolean);
      expect(created).toHaveLength(1);
      expect(printed).toHaveLength(1);
      const password = created[0]!.generatedPassword!;
      expect(printed[0]).toContain(
        `Administrator created: admin@example.com / ${password} — change it after signing in`,
      );
      expect(printed[0]).toMatch(/┌─+┐/);
      const rows = await ctx.ds.query('SELECT email, roles FROM users');
      expect(rows).toEqual([{ email: 'admin@example.com', roles: ['admin'] }]);
      const res = await ctx.http.post('/api/v1/auth/login').send({ email: 'admin@example.com', password }).expect(200);
      expect(res.body.user.roles).toEqual(['admin']);
      await expect(service.ensureInitialAdmin((t) => printed.push(t))).resolves.toBeNull();
      expect(printed).toHaveLength(1);
    });
  });

  it('uses ADMIN_EMAIL and ADMIN_PASSWORD when set, without printing the password', async () => {
    const ctx = await createTestApp({ env: { ADMIN_EMAIL: 'Boss@Example.com', ADMIN_PASSWORD: 'Chosen-by-ops-1' } });
    try {
      const printed: string[] = [];
      const result = await ctx.app.get(InitialAdminService).ensureInitialAdmin((t) => printed.push(t));
      expect(result).toEqual({ email: 'boss@example.com', generatedPassword: undefined });
      expect(printed).toEqual([]);
      await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: 'boss@example.com', password: 'Chosen-by-ops-1' })
        .expect(200);
    } finally {
      await ctx.close();
    }
  });
});
