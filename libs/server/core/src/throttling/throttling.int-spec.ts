import { Redis } from 'ioredis';
import { createTestApp, createUser, TestContext } from '../testing';

describe('rate limiting', () => {
  describe('sign-in limit', () => {
    let ctx: TestContext;
    beforeAll(async () => {
      ctx = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' } });
    });
    afterAll(() => ctx.close());

    it('answers 429 problem details with Retry-After once an address exceeds the sign-in limit', async () => {
      const user = await createUser(ctx.ds);
      for (let i = 0; i < 3; i++)
        await ctx.http.post('/api/v1/auth/login').send({ email: user.email, password: 'wrong-password' }).expect(401);
      const res = await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: user.password })
        .expect(429);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.body).toMatchObject({ status: 429, title: 'Too Many Requests', code: 'too_many_requests' });
      expect(res.body.detail).toMatch(
        /^Too many sign-in attempts from your address \(limit 3 per minute\)\. Try again in \d+ seconds\.$/,
      );
    });

    it('keeps the counters in Redis under the configured prefix', async () => {
      const redis = new Redis(ctx.config.redis.url);
      try {
        const keys = await redis.keys(`${ctx.config.redis.prefix}:throttle:*`);
        expect(keys.some((k) => k.includes('login:AuthController.login:'))).toBe(true);
        expect(keys.some((k) => k.includes('{default:'))).toBe(true);
        const ttl = await redis.pttl(keys[0]);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(60_000);
      } finally {
        redis.disconnect();
      }
    });

    it('does not apply the sign-in limit to other routes', async () => {
      await ctx.http.get('/api/health').expect(200);
    });
  });

  it('limits all requests of an address to RATE_LIMIT_PER_MINUTE', async () => {
    const ctx = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
    try {
      await ctx.http.get('/api/health').expect(200);
      await ctx.http.get('/api/v1/departments').expect(401);
      const res = await ctx.http.get('/api/health').expect(429);
      expect(res.headers['retry-after']).toBeDefined();
      expect(res.body.detail).toMatch(/^Too many requests from your address \(limit 2 per minute\)/);
    } finally {
      await ctx.close();
    }
  });
});
