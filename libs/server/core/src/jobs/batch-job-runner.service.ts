import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { JobRunsService, RunHandle, RunResult } from './job-runs.service';

// What one batch did: rows it changed and, when it handles row failures itself, rows that failed.
export interface BatchOutcome {
  updated: number;
  errors?: number;
}

// A job that walks a table (or a prepared temporary table) in key order, in batches; see
// docs/adr/0027-shared-record-rules-and-batch-jobs.md. Rows are read on the run's own database session, and each
// batch is written in its own transaction on that session.
export interface BatchJob<Row, State extends object = Record<string, never>> {
  // Names the advisory lock (one run at a time across all workers) and the log lines.
  name: string;
  batchSize: number;
  // What the batches add up (tallies for the summary): plain JSON, saved with each checkpoint and
  // put back when a run resumes, and rolled back with a failed batch.
  initialState?: () => State;
  // Once per attempt, before the first batch (e.g. fill a temporary table). Returns how many rows
  // there are to scan, for the progress percentage.
  prepare?: (session: QueryRunner) => Promise<number | undefined>;
  // Up to `limit` rows whose key comes after `after` (null: from the start), in key order.
  readBatch: (session: QueryRunner, after: string | null, limit: number) => Promise<Row[]>;
  keyOf: (row: Row) => string;
  // Writes one batch inside its transaction (`m` is the session's manager).
  processBatch: (m: EntityManager, rows: Row[], state: State) => Promise<BatchOutcome>;
  // Always called at the end, success or not (e.g. drop the temporary table).
  cleanup?: (session: QueryRunner) => Promise<void>;
  // When a batch throws, retry its rows one by one, counting those that still fail as errors and
  // going on; without it the run fails (and its retry resumes at that batch).
  isolateFailures?: boolean;
}

export interface BatchRunResult<State> extends RunResult {
  // Rows scanned (processed), changed (updated) and failed (failed), as in the run record.
  updated: number;
  state: State;
  // Set when another run held the lock, so this one did nothing.
  skipped?: string;
  // The key this attempt started after, when it resumed an earlier attempt.
  resumedAfter?: string | null;
}

interface Checkpoint<State> {
  after: string | null;
  scanned: number;
  updated: number;
  errors: number;
  state: State;
  failures: string[];
}

// Row failures kept (with their key) in the run's summary.
const MAX_FAILURES_KEPT = 20;

// Runs batch jobs: one run at a time (a PostgreSQL advisory lock held by the run's session; a
// second start is skipped and recorded so), keyset batches, one transaction per batch that also
// saves the checkpoint (last key, counts, state) in the run record, progress to BullMQ and the run
// record after each batch, and a retried run resuming after the last committed batch.
@Injectable()
export class BatchJobRunner {
  private readonly logger = new Logger('BatchJobs');

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(JobRunsService) private readonly runs: JobRunsService,
  ) {}

  // `run` is the handle JobRunsService.track gives; without one (a CLI, the demo seed) nothing is
  // recorded and nothing resumes.
  async run<Row, State extends object>(job: BatchJob<Row, State>, run?: RunHandle): Promise<BatchRunResult<State>> {
    const session = this.ds.createQueryRunner();
    await session.connect();
    try {
      const [{ locked }] = await session.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [job.name]);
      if (!locked) {
        const skipped = `another ${job.name} run is in progress`;
        return { processed: 0, failed: 0, updated: 0, state: initial(job), skipped, summary: { skipped } };
      }
      try {
        return await this.batches(session, job, run);
      } finally {
        await session.query(`SELECT pg_advisory_unlock(hashtext($1))`, [job.name]);
      }
    } finally {
      await session.release();
    }
  }

  private async batches<Row, State extends object>(
    session: QueryRunner,
    job: BatchJob<Row, State>,
    run?: RunHandle,
  ): Promise<BatchRunResult<State>> {
    const saved = run ? ((await this.runs.checkpointBefore(run.id)) as Checkpoint<State> | null) : null;
    const at: Checkpoint<State> = saved ?? {
      after: null,
      scanned: 0,
      updated: 0,
      errors: 0,
      state: initial(job),
      failures: [],
    };
    const resumedAfter = saved ? saved.after : undefined;
    if (saved) this.logger.log(`${job.name}: resuming after ${saved.after} (${saved.scanned} rows done)`);
    try {
      const total = (await job.prepare?.(session)) ?? undefined;
      // A resumed run saves its first checkpoint at once, so a second crash cannot lose the first's.
      if (saved && run) await this.saveCheckpoint(session.manager, run, at);
      for (;;) {
        const rows = await job.readBatch(session, at.after, job.batchSize);
        if (!rows.length) break;
        const before = structuredClone(at.state);
        let outcome: BatchOutcome;
        try {
          outcome = await this.inTransaction(session, async (m) => {
            const result = await job.processBatch(m, rows, at.state);
            if (run) await this.saveCheckpoint(m, run, next(at, rows, job, result));
            return result;
          });
        } catch (e) {
          at.state = before;
          if (!job.isolateFailures || !(await alive(session))) throw e;
          outcome = await this.rowByRow(session, job, rows, at);
          if (run) await this.saveCheckpoint(session.manager, run, next(at, rows, job, outcome));
        }
        Object.assign(at, next(at, rows, job, outcome));
        const percent = total ? (at.scanned / total) * 100 : 100;
        await run?.progress(Math.min(percent, 100), { processed: at.scanned, failed: at.errors, updated: at.updated });
      }
    } finally {
      await job.cleanup?.(session);
    }
    const summary: Record<string, unknown> = { ...(at.state as Record<string, unknown>) };
    if (at.failures.length) summary.failures = at.failures;
    return {
      processed: at.scanned,
      failed: at.errors,
      updated: at.updated,
      state: at.state,
      summary,
      resumedAfter,
    };
  }

  // A failed batch again, one row per transaction: the rows that still fail are the errors.
  private async rowByRow<Row, State extends object>(
    session: QueryRunner,
    job: BatchJob<Row, State>,
    rows: Row[],
    at: Checkpoint<State>,
  ): Promise<BatchOutcome> {
    const outcome = { updated: 0, errors: 0 };
    for (const row of rows) {
      const before = structuredClone(at.state);
      try {
        const result = await this.inTransaction(session, (m) => job.processBatch(m, [row], at.state));
        outcome.updated += result.updated;
        outcome.errors += result.errors ?? 0;
      } catch (e) {
        at.state = before;
        if (!(await alive(session))) throw e;
        outcome.errors++;
        const message = `${job.keyOf(row)}: ${e instanceof Error ? e.message : String(e)}`;
        this.logger.warn(`${job.name}: ${message}`);
        if (at.failures.length < MAX_FAILURES_KEPT) at.failures.push(message.slice(0, 500));
      }
    }
    return outcome;
  }

  private async inTransaction<T>(session: QueryRunner, work: (m: EntityManager) => Promise<T>): Promise<T> {
    await session.startTransaction();
    try {
      const result = await work(session.manager);
      await session.commitTransaction();
      return result;
    } catch (e) {
      if (session.isTransactionActive) await session.rollbackTransaction().catch(() => undefined);
      throw e;
    }
  }

  private async saveCheckpoint<State>(m: EntityManager, run: RunHandle, at: Checkpoint<State>) {
    await m.query(`UPDATE job_runs SET checkpoint = $2, processed = $3, updated = $4, failed = $5 WHERE id = $1`, [
      run.id,
      JSON.stringify(at),
      at.scanned,
      at.updated,
      at.errors,
    ]);
  }
}

const initial = <State extends object>(job: { initialState?: () => State }): State =>
  job.initialState?.() ?? ({} as State);

// The checkpoint once this batch is committed.
function next<Row, State extends object>(
  at: Checkpoint<State>,
  rows: Row[],
  job: BatchJob<Row, State>,
  outcome: BatchOutcome,
): Checkpoint<State> {
  return {
    after: job.keyOf(rows[rows.length - 1]),
    scanned: at.scanned + rows.length,
    updated: at.updated + outcome.updated,
    errors: at.errors + (outcome.errors ?? 0),
    state: at.state,
    failures: at.failures,
  };
}

// After a failure: is the session still usable (a row's fault) or gone (the database's)?
async function alive(session: QueryRunner): Promise<boolean> {
  try {
    await session.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
