import { Role } from '@crm/server-core';
import {
  createTestApp,
  createTestWorker,
  deleteRedisKeys,
  loginAs,
  TestContext,
  waitFor,
} from '@crm/server-core/testing';

export interface ClassificationRun {
  name: string;
  processed: number;
  failed: number;
  progress: number;
  status: string;
  summary: Record<string, unknown>;
}

// For specs of the classification job: an app, an admin and a worker, and a way to run the job the
// way staff do (through the API) and wait for the worker to record its run.
export async function startClassificationJob(defaultAsOf: string) {
  const ctx: TestContext = await createTestApp();
  const admin = (await loginAs(ctx, Role.Admin)).headers;
  const worker = await createTestWorker(ctx.runtime);
  await worker.init();

  async function runJob(body: object = { asOf: defaultAsOf }): Promise<ClassificationRun> {
    const res = await ctx.http.post('/api/v1/customers/classify').set(admin).send(body).expect(202);
    expect(res.body).toEqual({ jobId: expect.any(String) });
    return waitFor(
      async () =>
        (
          await ctx.ds.query(
            `SELECT name, processed, failed, progress, status, summary FROM job_runs
             WHERE job_id = $1 AND queue = 'analytics' AND status <> 'running'`,
            [res.body.jobId],
          )
        )[0] as ClassificationRun | undefined,
      'the classification run',
      30_000,
    );
  }

  async function close() {
    await worker.close();
    await ctx.close();
    await deleteRedisKeys(ctx.config.redis.url, ctx.config.redis.prefix);
  }

  return { ctx, admin, runJob, close };
}
