import { INestApplicationContext } from '@nestjs/common';
import type { Job } from 'bullmq';
import { Role } from '../auth/roles';
import { CoreModule } from '../core.module';
import {
  TestContext,
  createTestApp,
  createTestWorker,
  createUser,
  deleteRedisKeys,
  loginAs,
  waitFor,
} from '../testing';
import { JobRun } from './job-run.entity';
import { JobRunsService } from './job-runs.service';
import { JobsService, QUEUES } from './jobs.service';
import { PurgeExpiredRefreshTokensJob } from './maintenance/maintenance.jobs';
import { QueueName } from './queue-name';

const DAY = 24 * 3600 * 1000;

describe('background jobs', () => {
  let api: TestContext;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    api = await createTestApp();
    // A worker process on the same database and Redis prefix, as apps/worker runs it.
    worker = await createTestWorker(api.runtime);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    if (api) await deleteRedisKeys(api.config.redis.url, api.config.redis.prefix);
  });

  it('purges refresh tokens expired more than a week ago, in batches, and records the run', async () => {
    const user = await createUser(api.ds);
    const token = (expiresInDays: number, n: number) =>
      api.ds.query(
        `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
         SELECT $1, gen_random_uuid(), md5(random()::text || g), $2 FROM generate_series(1, $3) g`,
        [user.id, new Date(Date.now() + expiresInDays * DAY), n],
      );
    await token(-10, 2100); // more than two batches of 1000
    await token(-2, 3); // expired, but within the grace week
    await token(5, 4); // still valid

    const jobId = await api.app.get(JobsService).enqueue(PurgeExpiredRefreshTokensJob, {});
    const run = await waitFor(
      () => api.ds.getRepository(JobRun).findOne({ where: { jobId, queue: 'maintenance', status: 'completed' } }),
      'the purge run to complete',
    );

    expect(run).toMatchObject({
      name: 'purge-expired-refresh-tokens',
      processed: 2100,
      failed: 0,
      progress: 100,
      attempt: 1,
    });
    expect(run.finishedAt!.getTime()).toBeGreaterThanOrEqual(run.startedAt.getTime());
    expect(run.summary).toHaveProperty('cutoff');
    const [{ count }] = await api.ds.query(`SELECT count(*)::int AS count FROM refresh_tokens WHERE user_id = $1`, [
      user.id,
    ]);
    expect(count).toBe(7);
  });

  it('lists job runs newest first, filtered by queue and status, to admins and executives only', async () => {
    const jobId = await api.app.get(JobsService).enqueue(PurgeExpiredRefreshTokensJob, {});
    await waitFor(() => api.ds.getRepository(JobRun).findOneBy({ jobId, status: 'completed' }), 'the second run');
    const { headers: admin } = await loginAs(api, Role.Admin);
    const { headers: executive } = await loginAs(api, Role.Executive);
    const { headers: agent } = await loginAs(api, Role.ServiceAgent);

    const res = await api.http.get('/api/v1/job-runs?queue=maintenance&status=completed').set(admin).expect(200);
    expect(res.body).toMatchObject({ total: 2, page: 1, pageSize: 25 });
    expect(res.body.data[0]).toMatchObject({ jobId, queue: 'maintenance', status: 'completed', processed: 0 });
    expect(Date.parse(res.body.data[0].startedAt)).toBeGreaterThanOrEqual(Date.parse(res.body.data[1].startedAt));
    expect(Object.keys(res.body.data[0]).sort()).toEqual(
      [
        'attempt',
        'error',
        'failed',
        'finishedAt',
        'id',
        'jobId',
        'name',
        'processed',
        'progress',
        'queue',
        'startedAt',
        'status',
        'summary',
        'updated',
      ].sort(),
    );

    await api.http
      .get('/api/v1/job-runs?status=failed')
      .set(executive)
      .expect(200, { data: [], total: 0, page: 1, pageSize: 25 });
    await api.http.get('/api/v1/job-runs').set(agent).expect(403);
    await api.http.get('/api/v1/job-runs?status=nope').set(admin).expect(400);
  });

  it('records a failed run with its error and the counts reached', async () => {
    const job = {
      queueName: 'imports',
      name: 'test-import',
      id: 'fail-1',
      attemptsMade: 1,
      updateProgress: async () => undefined,
    };
    await expect(
      api.app.get(JobRunsService).track(job as unknown as Job, async (run) => {
        await run.progress(40, { processed: 4, failed: 1 });
        throw new Error('row 6: bad date');
      }),
    ).rejects.toThrow('row 6: bad date');
    const run = await api.ds.getRepository(JobRun).findOneByOrFail({ jobId: 'fail-1' });
    expect(run).toMatchObject({
      status: 'failed',
      attempt: 2,
      processed: 4,
      failed: 1,
      progress: 40,
      error: 'row 6: bad date',
    });
    expect(run.finishedAt).toBeInstanceOf(Date);
  });

  it('closes a run left running by a dead worker when the job is retried', async () => {
    const job = {
      queueName: 'imports',
      name: 'test-import',
      id: 'retry-1',
      attemptsMade: 0,
      updateProgress: async () => undefined,
    };
    const runs = api.app.get(JobRunsService);
    // First attempt "dies": its run stays running.
    const first = runs.track(job as unknown as Job, () => new Promise<never>(() => undefined));
    await waitFor(() => api.ds.getRepository(JobRun).findOneBy({ jobId: 'retry-1' }), 'the first run');
    void first;
    await runs.track({ ...job, attemptsMade: 1 } as unknown as Job, async () => ({ processed: 1 }));
    const all = await api.ds.getRepository(JobRun).find({ where: { jobId: 'retry-1' }, order: { attempt: 'ASC' } });
    expect(all.map((r) => [r.attempt, r.status])).toEqual([
      [1, 'failed'],
      [2, 'completed'],
    ]);
    expect(all[0].error).toMatch(/Interrupted/);
  });

  it('keeps one scheduler per scheduled job and removes the ones no longer declared', async () => {
    const jobs = api.app.get(JobsService);
    const queue = api.app.get<Map<string, import('bullmq').Queue>>(QUEUES).get(QueueName.Maintenance)!;
    await jobs.syncSchedulers([{ job: PurgeExpiredRefreshTokensJob, cron: '30 3 * * *' }]);
    await jobs.syncSchedulers([{ job: PurgeExpiredRefreshTokensJob, cron: '0 4 * * *' }]);
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({ key: 'purge-expired-refresh-tokens', pattern: '0 4 * * *' });
    await jobs.syncSchedulers([]);
    expect(await queue.getJobSchedulers()).toHaveLength(0);
  });

  it('refuses to queue a job nobody defined', async () => {
    await expect(api.app.get(JobsService).enqueue(QueueName.Maintenance, 'no-such-job', {})).rejects.toThrow(
      'Unknown job maintenance:no-such-job',
    );
  });

  it('reports Redis and the queues up in the health check', async () => {
    const res = await api.http.get('/api/health').expect(200);
    expect(res.body.redis).toEqual({ status: 'up' });
    expect(res.body.queues.status).toBe('up');
    expect(res.body.queues.detail).toMatch(/^5 queues, \d+ waiting, \d+ active, \d+ failed, \d+ worker connection/);
    expect(res.body.status).toBe('ok');
  });
});

describe('background jobs without Redis', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({
      module: (runtime) => CoreModule.forRoot({ runtime: { ...runtime, redisAvailable: false }, role: 'api' }),
    });
  });
  afterAll(() => ctx.close());

  it('still serves, and reports Redis and the queues disabled', async () => {
    const res = await ctx.http.get('/api/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'degraded',
      database: { status: 'up' },
      redis: { status: 'disabled' },
      queues: { status: 'disabled' },
    });
  });

  it('answers producers with a 503 problem', async () => {
    await expect(ctx.app.get(JobsService).enqueue(PurgeExpiredRefreshTokensJob, {})).rejects.toMatchObject({
      status: 503,
      code: 'jobs_disabled',
      message: 'Background jobs are off: Redis is not reachable',
    });
    await expect(ctx.app.get(JobsService).tryEnqueue(PurgeExpiredRefreshTokensJob, {})).resolves.toBeNull();
  });

  it('does not mount the queue board', async () => {
    const { headers } = await loginAs(ctx, Role.Admin);
    await ctx.http.get('/api/admin/queues').set(headers).expect(404);
  });
});
