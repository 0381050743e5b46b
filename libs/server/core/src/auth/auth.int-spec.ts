import { JwtService } from '@nestjs/jwt';
import { Role } from './roles';
import { createUser, createTestApp, authHeader, login, loginAs, TestContext } from '../testing';

const userRow = (ctx: TestContext, id: string) =>
  ctx.ds
    .query('SELECT failed_login_count, locked_until, last_login_at FROM users WHERE id = $1', [id])
    .then(
      (rows: Array<{ failed_login_count: number; locked_until: Date | null; last_login_at: Date | null }>) => rows[0],
    );

describe('auth', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    // Many sign-ins from one address here; the sign-in rate limit has its own spec.
    ctx = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '1000' } });
  });
  afterAll(() => ctx.close());

  const signIn = (email: string, password: string) => ctx.http.post('/api/v1/auth/login').send({ email, password });

  describe('POST /api/v1/auth/login', () => {
    it('signs in with the email in any case and returns tokens and the user', async () => {
      const user = await createUser(ctx.ds, { email: 'ann.lee@example.com', roles: [Role.Marketer] });
      const res = await signIn('Ann.Lee@EXAMPLE.com', user.password).expect(200);
      expect(res.body).toEqual({
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        expiresIn: 900,
        user: expect.objectContaining({ id: user.id, email: 'ann.lee@example.com', roles: ['marketer'], active: true }),
      });
      expect(res.body.user).not.toHaveProperty('passwordHash');
      const claims = ctx.app.get(JwtService).decode(res.body.accessToken);
      expect(claims).toMatchObject({ sub: user.id, roles: ['marketer'], typ: 'access' });
      expect(claims.exp - claims.iat).toBe(900);
      expect((await userRow(ctx, user.id)).last_login_at).not.toBeNull();
      const [token] = await ctx.ds.query('SELECT token_hash, family_id FROM refresh_tokens WHERE user_id = $1', [
        user.id,
      ]);
      expect(token.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(token.token_hash).not.toBe(res.body.refreshToken);
    });

    it('answers the same generic 401 for a wrong password and for an unknown email', async () => {
      const user = await createUser(ctx.ds);
      const wrong = await signIn(user.email, 'wrong-password').expect(401);
      const unknown = await signIn('nobody@example.com', 'wrong-password').expect(401);
      expect(wrong.headers['content-type']).toContain('application/problem+json');
      expect(wrong.body).toMatchObject({ status: 401, title: 'Unauthorized', detail: 'Invalid email or password' });
      expect(unknown.body.detail).toBe(wrong.body.detail);
      expect(unknown.body.code).toBe(wrong.body.code);
    });

    it('refuses a deactivated user with 401 "This account is deactivated"', async () => {
      const user = await createUser(ctx.ds, { active: false });
      const res = await signIn(user.email, user.password).expect(401);
      expect(res.body).toMatchObject({
        status: 401,
        code: 'account_deactivated',
        detail: 'This account is deactivated',
      });
    });

    it('rejects a body without a password with a 400 naming the field', async () => {
      const res = await ctx.http.post('/api/v1/auth/login').send({ email: 'a@example.com' }).expect(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password' })]));
    });
  });

  describe('lockout', () => {
    it('locks the account after 5 failed attempts and answers 423 with the time left', async () => {
      const user = await createUser(ctx.ds);
      for (let i = 0; i < 5; i++) await signIn(user.email, `wrong-${i}`).expect(401);
      const res = await signIn(user.email, 'wrong-again').expect(423);
      expect(res.body).toMatchObject({
        status: 423,
        title: 'Locked',
        code: 'account_locked',
        detail: 'This account is locked after 5 failed sign-in attempts. Try again in 15 minutes.',
      });
      const row = await userRow(ctx, user.id);
      expect(row.failed_login_count).toBe(5);
      expect(row.locked_until!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    });

    it('refuses the correct password while the account is locked', async () => {
      const user = await createUser(ctx.ds);
      for (let i = 0; i < 5; i++) await signIn(user.email, 'wrong-password').expect(401);
      const res = await signIn(user.email, user.password).expect(423);
      expect(res.body.code).toBe('account_locked');
    });

    it('computes the minutes left from the lock time', async () => {
      const user = await createUser(ctx.ds);
      await ctx.ds.query(
        `UPDATE users SET failed_login_count = 5, locked_until = now() + interval '3 minutes' WHERE id = $1`,
        [user.id],
      );
      const res = await signIn(user.email, user.password).expect(423);
      expect(res.body.detail).toBe('This account is locked after 5 failed sign-in attempts. Try again in 3 minutes.');
    });

    it('lets the user in once the lock has run out and resets the counter', async () => {
      const user = await createUser(ctx.ds);
      for (let i = 0; i < 5; i++) await signIn(user.email, 'wrong-password').expect(401);
      await signIn(user.email, user.password).expect(423);
      await ctx.ds.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`, [user.id]);
      await signIn(user.email, user.password).expect(200);
      const row = await userRow(ctx, user.id);
      expect(row).toMatchObject({ failed_login_count: 0, locked_until: null });
    });

    it('resets the failure count on success, so failures must be consecutive to lock', async () => {
      const user = await createUser(ctx.ds);
      for (let i = 0; i < 4; i++) await signIn(user.email, 'wrong-password').expect(401);
      await signIn(user.email, user.password).expect(200);
      for (let i = 0; i < 4; i++) await signIn(user.email, 'wrong-password').expect(401);
      await signIn(user.email, user.password).expect(200);
      expect((await userRow(ctx, user.id)).failed_login_count).toBe(0);
    });
  });

  describe('POST /api/v1/auth/refresh', () => {
    it('returns a new pair, after which the old refresh token no longer works', async () => {
      const user = await createUser(ctx.ds);
      const first = await login(ctx, user.email);
      const res = await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
      expect(res.body.refreshToken).not.toBe(first.refreshToken);
      expect(res.body.accessToken).toEqual(expect.any(String));
      expect(res.body.user.id).toBe(user.id);
      await ctx.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    });

    it('revokes the whole family when a used refresh token comes back: the newest one stops working too', async () => {
      const user = await createUser(ctx.ds);
      const first = await login(ctx, user.email);
      const second = (
        await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)
      ).body;
      const reuse = await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
      expect(reuse.body).toMatchObject({
        status: 401,
        code: 'refresh_token_reused',
        detail: 'Refresh token reuse detected; please sign in again',
      });
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
      await ctx.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${second.accessToken}`).expect(401);
      const open = await ctx.ds.query(
        'SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL',
        [user.id],
      );
      expect(open[0].n).toBe(0);
    });

    it('keeps other sessions of the same user when one family is revoked', async () => {
      const user = await createUser(ctx.ds);
      const laptop = await login(ctx, user.email);
      const phone = await login(ctx, user.email);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: laptop.refreshToken }).expect(200);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: laptop.refreshToken }).expect(401);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: phone.refreshToken }).expect(200);
    });

    it('rejects an unknown or expired refresh token with 401', async () => {
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: 'not-a-token' }).expect(401);
      const user = await createUser(ctx.ds);
      const session = await login(ctx, user.email);
      await ctx.ds.query(`UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
        user.id,
      ]);
      const res = await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      expect(res.body.code).toBe('invalid_refresh_token');
    });

    it('refuses to refresh for a user deactivated since signing in', async () => {
      const user = await createUser(ctx.ds);
      const session = await login(ctx, user.email);
      await ctx.ds.query('UPDATE users SET active = false WHERE id = $1', [user.id]);
      const res = await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      expect(res.body.detail).toBe('This account is deactivated');
    });
  });

  describe('POST /api/v1/auth/logout', () => {
    it('answers 204 and ends the session: its refresh and access tokens stop working', async () => {
      const user = await createUser(ctx.ds);
      const session = await login(ctx, user.email);
      await ctx.http.post('/api/v1/auth/logout').send({ refreshToken: session.refreshToken }).expect(204);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      const res = await ctx.http
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${session.accessToken}`)
        .expect(401);
      expect(res.body.code).toBe('session_ended');
    });

    it('answers 204 for an unknown token', async () => {
      await ctx.http.post('/api/v1/auth/logout').send({ refreshToken: 'unknown' }).expect(204);
    });
  });

  describe('authentication of requests', () => {
    it('returns the signed-in user with GET /auth/me', async () => {
      const { user, headers } = await loginAs(ctx, Role.SalesManager);
      const res = await ctx.http.get('/api/v1/auth/me').set(headers).expect(200);
      expect(res.body).toMatchObject({ id: user.id, email: user.email, roles: ['sales_manager'], version: 1 });
    });

    it('answers 401 problem details without credentials', async () => {
      const res = await ctx.http.get('/api/v1/auth/me').expect(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 401, code: 'unauthenticated', errors: [] });
    });

    it('rejects an expired access token with 401', async () => {
      const user = await createUser(ctx.ds);
      const past = Math.floor(Date.now() / 1000) - 60;
      const token = ctx.app
        .get(JwtService)
        .sign({ sub: user.id, roles: user.roles, typ: 'access', iat: past - 900, exp: past });
      const res = await ctx.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
      expect(res.body).toMatchObject({ code: 'token_expired' });
    });

    it('rejects a token signed with another secret, or that is not an access token', async () => {
      const user = await createUser(ctx.ds);
      const jwt = ctx.app.get(JwtService);
      const forged = jwt.sign({ sub: user.id, roles: ['admin'], typ: 'access' }, { secret: 'x'.repeat(40) });
      await ctx.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${forged}`).expect(401);
      const other = jwt.sign({ sub: user.id, roles: user.roles, typ: 'refresh' });
      await ctx.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${other}`).expect(401);
      await ctx.http.get('/api/v1/auth/me').set('Authorization', 'Basic abc').expect(401);
    });

    it('stops the token of a deactivated user on the very next request', async () => {
      const user = await createUser(ctx.ds);
      const headers = authHeader(ctx, user);
      await ctx.http.get('/api/v1/auth/me').set(headers).expect(200);
      await ctx.ds.query('UPDATE users SET active = false WHERE id = $1', [user.id]);
      const res = await ctx.http.get('/api/v1/auth/me').set(headers).expect(401);
      expect(res.body.detail).toBe('This account is deactivated');
    });

    it('answers 403 problem details when the role is missing', async () => {
      const { headers } = await loginAs(ctx, Role.AccountManager);
      const res = await ctx.http.get('/api/v1/users').set(headers).expect(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({
        status: 403,
        title: 'Forbidden',
        detail: 'You need the permission users.manage to do this',
      });
    });

    it('leaves health and docs public', async () => {
      await ctx.http.get('/api/health').expect(200);
      await ctx.http.get('/api/docs-json').expect(200);
    });

    it('verifies tokens for callers outside the routes (Bull Board) with AuthService.verifyAccessToken', async () => {
      const { AuthService } = await import('./auth.service');
      const user = await createUser(ctx.ds, { roles: [Role.Admin] });
      const token = authHeader(ctx, user).Authorization.slice('Bearer '.length);
      await expect(ctx.app.get(AuthService).verifyAccessToken(token)).resolves.toMatchObject({
        id: user.id,
        roles: ['admin'],
        kind: 'user',
      });
      await expect(ctx.app.get(AuthService).verifyAccessToken('garbage')).rejects.toMatchObject({ status: 401 });
    });
  });

  describe('POST /api/v1/auth/change-password', () => {
    it('rejects a wrong current password with 400 naming currentPassword', async () => {
      const { headers } = await loginAs(ctx, Role.Marketer);
      const res = await ctx.http
        .post('/api/v1/auth/change-password')
        .set(headers)
        .send({ currentPassword: 'not-it-at-all', newPassword: 'A-new-password-1' })
        .expect(400);
      expect(res.body).toMatchObject({
        status: 400,
        errors: [{ field: 'currentPassword', message: expect.any(String) }],
      });
    });

    it('rejects a new password that is too short or equal to the email', async () => {
      const user = await createUser(ctx.ds, { email: 'long.address@example.com' });
      const headers = authHeader(ctx, user);
      const short = await ctx.http
        .post('/api/v1/auth/change-password')
        .set(headers)
        .send({ currentPassword: user.password, newPassword: 'short' })
        .expect(400);
      expect(short.body.errors[0].field).toBe('newPassword');
      const email = await ctx.http
        .post('/api/v1/auth/change-password')
        .set(headers)
        .send({ currentPassword: user.password, newPassword: 'Long.Address@example.com' })
        .expect(400);
      expect(email.body.errors).toEqual([
        { field: 'newPassword', message: 'newPassword must not be the same as the email address' },
      ]);
    });

    it('changes the password and ends the other sessions, keeping the current one', async () => {
      const user = await createUser(ctx.ds);
      const current = await login(ctx, user.email);
      const other = await login(ctx, user.email);
      await ctx.http
        .post('/api/v1/auth/change-password')
        .set('Authorization', `Bearer ${current.accessToken}`)
        .send({ currentPassword: user.password, newPassword: 'Brand-new-secret-42' })
        .expect(204);
      await signIn(user.email, user.password).expect(401);
      await signIn(user.email, 'Brand-new-secret-42').expect(200);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: other.refreshToken }).expect(401);
      await ctx.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${other.accessToken}`).expect(401);
      await ctx.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${current.accessToken}`).expect(200);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: current.refreshToken }).expect(200);
    });
  });
});
