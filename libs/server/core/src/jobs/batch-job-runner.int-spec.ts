import type { Job } from 'bullmq';
import { createTestApp, TestContext, waitFor } from '../testing';
import { BatchJob, BatchJobRunner } from './batch-job-runner.service';
import { JobRun } from './job-run.entity';
import { JobRunsService } from './job-runs.service';

interface Item {
  id: string;
  n: number;
}
interface Sum {
  sum: number;
}

describe('BatchJobRunner on PostgreSQL', () => {
  let ctx: TestContext;
  let runner: BatchJobRunner;
  let runs: JobRunsService;

  beforeAll(async () => {
    ctx = await createTestApp();
    runner = ctx.app.get(BatchJobRunner);
    runs = ctx.app.get(JobRunsService);
    // A stand-in for any table a job walks (customers, service requests, …): 25 rows i01…i25.
    await ctx.ds.query('CREATE TABLE items (id text PRIMARY KEY, n int NOT NULL, doubled int)');
    await ctx.ds.query(
      `INSERT INTO items (id, n) SELECT 'i' || lpad(g::text, 2, '0'), g FROM generate_series(1, 25) g`,
    );
  });
  beforeEach(() => ctx.ds.query('UPDATE items SET doubled = NULL'));
  afterAll(() => ctx.close());

  // What each batch saw: its first key and its transaction.
  type Seen = { first: string; size: number; txid: string };

  // A job that doubles n into `doubled` (changing only rows not yet doubled) and sums n.
  function doubling(
    seen: Seen[],
    hooks: { before?: (m: import('typeorm').EntityManager, rows: Item[]) => Promise<void> } = {},
  ) {
    const job: BatchJob<Item, Sum> = {
      name: 'test.double',
      batchSize: 5,
      initialState: () => ({ sum: 0 }),
      prepare: async (session) => (await session.query(`SELECT count(*)::int AS n FROM items`))[0].n,
      readBatch: (session, after, limit) =>
        session.query(`SELECT id, n FROM items WHERE ($1::text IS NULL OR id > $1) ORDER BY id LIMIT $2`, [
          after,
          limit,
        ]),
      keyOf: (row) => row.id,
      processBatch: async (m, rows, state) => {
        const [{ txid }] = await m.query(`SELECT txid_current()::text AS txid`);
        seen.push({ first: rows[0].id, size: rows.length, txid });
        const [, updated] = await m.query(
          `UPDATE items SET doubled = n * 2 WHERE id = ANY($1) AND doubled IS DISTINCT FROM n * 2`,
          [rows.map((r) => r.id)],
        );
        await hooks.before?.(m, rows);
        state.sum += rows.reduce((s, r) => s + r.n, 0);
        return { updated };
      },
    };
    return job;
  }

  function fakeJob(id: string, attemptsMade = 0) {
    const progress: number[] = [];
    const job = {
      queueName: 'analytics',
      name: 'test.double',
      id,
      attemptsMade,
      updateProgress: async (p: number) => void progress.push(p),
    } as unknown as Job;
    return { job, progress };
  }

  const runRecords = (jobId: string) =>
    ctx.ds.getRepository(JobRun).find({ where: { jobId }, order: { startedAt: 'ASC' } });
  const doubledCount = async () =>
    (await ctx.ds.query(`SELECT count(*)::int AS n FROM items WHERE doubled = n * 2`))[0].n as number;

  it('walks the rows in keyset batches, one transaction each, recording counts and progress', async () => {
    const seen: Seen[] = [];
    const { job, progress } = fakeJob('walk-1');
    const result = await runs.track(job, (run) => runner.run(doubling(seen), run));

    expect(seen.map((s) => [s.first, s.size])).toEqual([
      ['i01', 5],
      ['i06', 5],
      ['i11', 5],
      ['i16', 5],
      ['i21', 5],
    ]);
    expect(new Set(seen.map((s) => s.txid)).size).toBe(5);
    expect(progress).toEqual([20, 40, 60, 80, 100]);
    expect(result).toMatchObject({ processed: 25, updated: 25, failed: 0, state: { sum: 325 } });
    const [record] = await runRecords('walk-1');
    expect(record).toMatchObject({
      status: 'completed',
      processed: 25,
      updated: 25,
      failed: 0,
      progress: 100,
      summary: { sum: 325 },
    });
    expect(await doubledCount()).toBe(25);

    // A second run scans everything again and changes nothing.
    const again = await runs.track(fakeJob('walk-2').job, (run) => runner.run(doubling([]), run));
    expect(again).toMatchObject({ processed: 25, updated: 0 });
  });

  it('runs one at a time: a second start meanwhile is skipped and recorded so', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inFirstBatch = new Promise<void>((resolve) => (entered = resolve));
    const first = runs.track(fakeJob('one-1').job, (run) =>
      runner.run(
        doubling([], {
          before: async () => {
            entered();
            await gate;
          },
        }),
        run,
      ),
    );
    await inFirstBatch;
    const seen: Seen[] = [];
    const second = await runs.track(fakeJob('one-2').job, (run) => runner.run(doubling(seen), run));
    release();
    await first;

    expect(second).toMatchObject({ processed: 0, updated: 0, skipped: expect.stringMatching(/in progress/) });
    expect(seen).toEqual([]);
    const [skipped] = await runRecords('one-2');
    expect(skipped).toMatchObject({
      status: 'completed',
      processed: 0,
      summary: { skipped: 'another test.double run is in progress' },
    });
    const [ran] = await runRecords('one-1');
    expect(ran).toMatchObject({ status: 'completed', processed: 25, updated: 25 });
  });

  it('resumes a run killed after batch 2 at batch 3, with its counts and state', async () => {
    // The first attempt's worker dies during batch 3: its session goes away (the transaction rolls
    // back, the advisory lock is freed) and its code stops, leaving its run record "running".
    let announce!: (pid: number) => void;
    const pid = new Promise<number>((resolve) => (announce = resolve));
    let wake!: () => void;
    const frozen = new Promise<void>((resolve) => (wake = resolve));
    const dying = doubling([], {
      before: async (m, rows) => {
        if (rows[0].id !== 'i11') return;
        announce((await m.query(`SELECT pg_backend_pid() AS pid`))[0].pid);
        await frozen;
      },
    });
    const first = runs.track(fakeJob('kill-1').job, (run) => runner.run(dying, run));
    const backend = await pid;
    expect(await doubledCount()).toBe(10);
    await ctx.ds.query(`SELECT pg_terminate_backend($1)`, [backend]);
    await waitFor(
      async () =>
        (await ctx.ds.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [backend])).length === 0 || undefined,
      'the killed session to end',
    );

    // BullMQ hands the stalled job (same id) to the next worker.
    const seen: Seen[] = [];
    const { job, progress } = fakeJob('kill-1');
    const result = await runs.track(job, (run) => runner.run(doubling(seen), run));

    expect(seen.map((s) => s.first)).toEqual(['i11', 'i16', 'i21']);
    expect(progress).toEqual([60, 80, 100]);
    expect(result).toMatchObject({ processed: 25, updated: 25, resumedAfter: 'i10', state: { sum: 325 } });
    const [killed, resumed] = await runRecords('kill-1');
    expect(killed).toMatchObject({
      status: 'failed',
      processed: 10,
      updated: 10,
      error: expect.stringMatching(/Interrupted/),
    });
    expect(resumed).toMatchObject({ status: 'completed', processed: 25, updated: 25, summary: { sum: 325 } });
    expect(await doubledCount()).toBe(25);

    // Only so the test can end: the frozen code finds its connection gone and gives up.
    wake();
    await expect(first).rejects.toThrow();
  });

  it('fails the run on a failing batch, keeping the batches before it, and its retry resumes there', async () => {
    const failing = doubling([], {
      before: async (_m, rows) => {
        if (rows[0].id === 'i06') throw new Error('disk full');
      },
    });
    await expect(runs.track(fakeJob('retry-1').job, (run) => runner.run(failing, run))).rejects.toThrow('disk full');
    const [failed] = await runRecords('retry-1');
    expect(failed).toMatchObject({ status: 'failed', processed: 5, updated: 5, error: 'disk full' });
    expect(await doubledCount()).toBe(5);

    const seen: Seen[] = [];
    await runs.track(fakeJob('retry-1', 1).job, (run) => runner.run(doubling(seen), run));
    expect(seen[0].first).toBe('i06');
    const [, retried] = await runRecords('retry-1');
    expect(retried).toMatchObject({ status: 'completed', attempt: 2, processed: 25, updated: 25 });
  });

  it('counts rows that fail on their own as errors and goes on, when asked to isolate failures', async () => {
    const job = {
      ...doubling([], {
        before: async (_m, rows) => {
          const bad = rows.find((r) => r.n === 13 || r.n === 17);
          if (bad) throw new Error(`cannot double ${bad.n}`);
        },
      }),
      isolateFailures: true,
    };
    const result = await runs.track(fakeJob('errors-1').job, (run) => runner.run(job, run));

    expect(result).toMatchObject({ processed: 25, updated: 23, failed: 2, state: { sum: 325 - 13 - 17 } });
    const [record] = await runRecords('errors-1');
    expect(record).toMatchObject({
      status: 'completed',
      processed: 25,
      updated: 23,
      failed: 2,
      summary: { sum: 295, failures: ['i13: cannot double 13', 'i17: cannot double 17'] },
    });
    // The failed rows were rolled back; their batch-mates were written.
    const rows = await ctx.ds.query(`SELECT id FROM items WHERE doubled IS NULL ORDER BY id`);
    expect(rows).toEqual([{ id: 'i13' }, { id: 'i17' }]);
  });

  it('runs without a run record (a CLI, the demo seed), resuming nothing', async () => {
    const result = await runner.run(doubling([]));
    expect(result).toMatchObject({ processed: 25, updated: 25, failed: 0 });
  });
});
