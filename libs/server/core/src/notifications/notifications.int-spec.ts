import { INestApplicationContext } from '@nestjs/common';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Role } from '../auth/roles';
import { JobRun } from '../jobs/job-run.entity';
import { TestContext, createTestApp, createTestWorker, createUser, loginAs, waitFor } from '../testing';
import { NotificationsService } from './notifications.service';

describe('notifications', () => {
  let ctx: TestContext;
  let notifications: NotificationsService;

  beforeAll(async () => {
    ctx = await createTestApp();
    notifications = ctx.app.get(NotificationsService);
  });
  afterAll(async () => {
    await ctx.close();
    const redis = new Redis(ctx.config.redis.url);
    const keys = await redis.keys(`${ctx.config.redis.prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await rm(ctx.config.dataDir, { recursive: true, force: true });
  });

  it('takes a user from one unread notification to none', async () => {
    const { user, headers } = await loginAs(ctx, Role.AccountManager);
    const sent = await notifications.notify([user.id, user.id], {
      type: 'churn.alert',
      title: 'Acme may churn',
      body: 'Score 82',
      link: '/customers/123/show',
      data: { customerId: '123' },
    });
    expect(sent).toBe(1);

    await ctx.http.get('/api/v1/notifications/unread-count').set(headers).expect(200, { count: 1 });
    const list = await ctx.http.get('/api/v1/notifications?unread=true').set(headers).expect(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 25 });
    const [item] = list.body.data;
    expect(item).toMatchObject({
      type: 'churn.alert',
      title: 'Acme may churn',
      body: 'Score 82',
      link: '/customers/123/show',
      data: { customerId: '123' },
      readAt: null,
    });

    const read = await ctx.http.post(`/api/v1/notifications/${item.id}/read`).set(headers).expect(200);
    expect(read.body).toMatchObject({ id: item.id, title: 'Acme may churn' });
    expect(Date.parse(read.body.readAt)).not.toBeNaN();
    // Reading again keeps the first read time.
    const again = await ctx.http.post(`/api/v1/notifications/${item.id}/read`).set(headers).expect(200);
    expect(again.body.readAt).toBe(read.body.readAt);

    await ctx.http.get('/api/v1/notifications/unread-count').set(headers).expect(200, { count: 0 });
    await ctx.http
      .get('/api/v1/notifications?unread=true')
      .set(headers)
      .expect(200, { data: [], total: 0, page: 1, pageSize: 25 });
    const all = await ctx.http.get('/api/v1/notifications').set(headers).expect(200);
    expect(all.body.total).toBe(1);
  });

  it("answers 404 for another user's notification and never lists it", async () => {
    const { headers } = await loginAs(ctx, Role.SalesManager);
    const other = await createUser(ctx.ds);
    await notifications.notify([other.id], { type: 'task', title: 'Private' });
    const [{ id }] = await ctx.ds.query(`SELECT id FROM notifications WHERE user_id = $1`, [other.id]);

    const res = await ctx.http.post(`/api/v1/notifications/${id}/read`).set(headers).expect(404);
    expect(res.body).toMatchObject({ status: 404, code: 'not_found' });
    const list = await ctx.http.get('/api/v1/notifications').set(headers).expect(200);
    expect(list.body.total).toBe(0);
    const [{ read_at }] = await ctx.ds.query(`SELECT read_at FROM notifications WHERE id = $1`, [id]);
    expect(read_at).toBeNull();
  });

  it('marks all of my unread notifications read, newest listed first', async () => {
    const { user, headers } = await loginAs(ctx, Role.Marketer);
    const other = await createUser(ctx.ds);
    for (const title of ['first', 'second', 'third'])
      await notifications.notify([user.id, other.id], { type: 'info', title });

    const list = await ctx.http.get('/api/v1/notifications').set(headers).expect(200);
    expect(list.body.data.map((n: { title: string }) => n.title)).toEqual(['third', 'second', 'first']);
    const found = await ctx.http.get('/api/v1/notifications?q=SEC').set(headers).expect(200);
    expect(found.body.data.map((n: { title: string }) => n.title)).toEqual(['second']);
    await ctx.http.post('/api/v1/notifications/read-all').set(headers).expect(200, { updated: 3 });
    await ctx.http.post('/api/v1/notifications/read-all').set(headers).expect(200, { updated: 0 });
    const [{ count }] = await ctx.ds.query(
      `SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [other.id],
    );
    expect(count).toBe(3);
  });

  it('skips unknown users and rejects a malformed id', async () => {
    expect(await notifications.notify(['00000000-0000-4000-8000-000000000000'], { type: 'x', title: 'y' })).toBe(0);
    expect(await notifications.notify([], { type: 'x', title: 'y' })).toBe(0);
    const { headers } = await loginAs(ctx, Role.CallAgent);
    await ctx.http.post('/api/v1/notifications/not-a-uuid/read').set(headers).expect(400);
    await ctx.http.get('/api/v1/notifications/unread-count').expect(401);
  });

  it('also mails the users when asked, through the mail queue and the worker', async () => {
    const worker: INestApplicationContext = await createTestWorker(ctx.runtime);
    try {
      const user = await createUser(ctx.ds, { email: 'mail.me@example.com' });
      await notifications.notify([user.id], {
        type: 'quote.approved',
        title: 'Quote Q-17 approved',
        body: 'Send it to the customer.',
        link: '/quotes/17/show',
        email: true,
      });
      const dir = join(ctx.config.dataDir, 'mail');
      const [file] = await waitFor(() => readdir(dir).catch(() => undefined), 'the .eml file');
      const eml = await readFile(join(dir, file), 'utf8');
      expect(eml).toContain('To: mail.me@example.com');
      expect(eml).toContain('Subject: Quote Q-17 approved');
      expect(eml).toContain('Send it to the customer.');
      expect(eml).toContain(`${ctx.config.publicUrl}/quotes/17/show`);
      const run = await waitFor(
        () => ctx.ds.getRepository(JobRun).findOneBy({ queue: 'mail', name: 'send', status: 'completed' }),
        'the mail run',
      );
      expect(run.processed).toBe(1);
    } finally {
      await worker.close();
    }
  });
});
