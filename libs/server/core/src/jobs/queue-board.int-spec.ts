import { Redis } from 'ioredis';
import { Role } from '../auth/roles';
import { createTestApp, loginAs, TestContext } from '../testing';

describe('queue board at /api/admin/queues', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => {
    await ctx.close();
    const redis = new Redis(ctx.config.redis.url);
    const keys = await redis.keys(`${ctx.config.redis.prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('answers 401 problem details without a token', async () => {
    const res = await ctx.http.get('/api/admin/queues').expect(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 401, title: 'Unauthorized', instance: '/api/admin/queues' });
    await ctx.http.get('/api/admin/queues/api/queues').expect(401);
  });

  it('answers 401 for an invalid token', async () => {
    await ctx.http.get('/api/admin/queues?token=not-a-jwt').expect(401);
  });

  it('answers 403 to a signed-in user who is not an admin', async () => {
    const { headers } = await loginAs(ctx, Role.Executive);
    const res = await ctx.http.get('/api/admin/queues').set(headers).expect(403);
    expect(res.body).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('serves the board to an admin and sets a cookie scoped to the board', async () => {
    const { headers } = await loginAs(ctx, Role.Admin);
    const res = await ctx.http.get('/api/admin/queues').set(headers).expect(200);
    expect(res.headers['content-type']).toContain('text/html');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^crm_queue_board=[\w.-]+;/);
    expect(cookie).toContain('Path=/api/admin/queues');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toMatch(/Max-Age=\d+/);
  });

  it('accepts the token in the query (the admin app opens a new tab) and then the cookie alone', async () => {
    const { headers } = await loginAs(ctx, Role.Admin);
    const token = headers.Authorization.slice('Bearer '.length);
    const page = await ctx.http.get(`/api/admin/queues?token=${token}`).expect(200);
    const cookie = String(page.headers['set-cookie']).split(';')[0];
    // The board's own asset and API requests carry only the cookie.
    const script = /src="(static\/js\/[^"]+\.js)"/.exec(page.text)![1];
    await ctx.http
      .get(`/api/admin/queues/${script}`)
      .set('Cookie', cookie)
      .expect(200)
      .expect('content-type', /javascript/);
    await ctx.http.get(`/api/admin/queues/${script}`).expect(401);
    const api = await ctx.http.get('/api/admin/queues/api/queues').set('Cookie', cookie).expect(200);
    const names = (api.body.queues as Array<{ name: string }>).map((q) => q.name).sort();
    // Core's queues and those the customers lib declares; no domain queue is named in core.
    expect(names).toEqual(['analytics', 'imports', 'mail', 'maintenance', 'webhooks']);
  });
});
