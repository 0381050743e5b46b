import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm';
import { Page } from '../pagination/list-query.dto';
import { likePattern, paginate } from '../pagination/paginate';
import { JobRunDto, JobRunQueryDto, toJobRunDto } from './dto/job-run.dto';
import { JobRun } from './job-run.entity';

export interface RunCounts {
  processed: number;
  failed?: number;
  // Rows changed, for jobs that tell them apart from the rows processed (batch jobs).
  updated?: number;
}

export interface RunResult extends RunCounts {
  summary?: Record<string, unknown>;
}

// What a job sees of its run: report progress (percent) and the counts so far,
// so a run that fails half-way still shows how far it got.
export interface RunHandle {
  readonly id: string;
  progress(percent: number, counts?: RunCounts): Promise<void>;
}

const MAX_ERROR_LENGTH = 2000;

@Injectable()
export class JobRunsService {
  constructor(@InjectRepository(JobRun) private readonly runs: Repository<JobRun>) {}

  // Records one attempt of a job: start, progress, end, counts and error.
  async track<R extends RunResult>(job: Job, work: (run: RunHandle) => Promise<R>): Promise<R> {
    const jobId = job.id ?? null;
    if (jobId) {
      // A worker that died mid-job leaves its run "running"; BullMQ retries the same job id.
      await this.runs.update(
        { queue: job.queueName, jobId, status: 'running' },
        { status: 'failed', finishedAt: new Date(), error: 'Interrupted: the worker stopped before the job finished' },
      );
    }
    const run = await this.runs.save(
      this.runs.create({
        queue: job.queueName,
        name: job.name,
        jobId,
        attempt: job.attemptsMade + 1,
        status: 'running',
        startedAt: new Date(),
        progress: null,
      }),
    );
    let percent: number | null = null;
    let counts: RunCounts = { processed: 0, failed: 0, updated: 0 };
    const handle: RunHandle = {
      id: run.id,
      progress: async (value, latest) => {
        if (latest) counts = latest;
        const next = Math.max(0, Math.min(100, Math.round(value)));
        if (next === percent && !latest) return;
        percent = next;
        await this.runs.update(run.id, {
          progress: next,
          processed: counts.processed,
          failed: counts.failed ?? 0,
          updated: counts.updated ?? 0,
        });
        await job.updateProgress(next).catch(() => undefined);
      },
    };
    try {
      const result = await work(handle);
      await this.runs.update(run.id, {
        status: 'completed',
        finishedAt: new Date(),
        processed: result.processed,
        failed: result.failed ?? 0,
        updated: result.updated ?? 0,
        progress: percent === null ? null : 100,
        summary: (result.summary ?? null) as QueryDeepPartialEntity<JobRun>['summary'],
      });
      return result;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      await this.runs
        .update(run.id, {
          status: 'failed',
          finishedAt: new Date(),
          processed: counts.processed,
          failed: counts.failed ?? 0,
          updated: counts.updated ?? 0,
          error: message.slice(0, MAX_ERROR_LENGTH),
        })
        .catch(() => undefined);
      throw e;
    }
  }

  // The checkpoint an earlier attempt of the same job (a retry after a failure, or after the worker
  // died) saved, for a batch job to resume from; only recent ones, since BullMQ job ids restart when
  // Redis is emptied.
  async checkpointBefore(runId: string, within = '1 day'): Promise<Record<string, unknown> | null> {
    const rows: Array<{ checkpoint: Record<string, unknown> }> = await this.runs.query(
      `SELECT p.checkpoint FROM job_runs r
       JOIN job_runs p ON p.queue = r.queue AND p.name = r.name AND p.job_id = r.job_id AND p.id <> r.id
       WHERE r.id = $1 AND p.status = 'failed' AND p.checkpoint IS NOT NULL
         AND p.started_at > now() - CAST($2 AS interval) AND p.started_at <= r.started_at
       ORDER BY p.started_at DESC LIMIT 1`,
      [runId, within],
    );
    return rows[0]?.checkpoint ?? null;
  }

  list(query: JobRunQueryDto): Promise<Page<JobRunDto>> {
    const qb = this.runs.createQueryBuilder('r');
    if (query.queue) qb.andWhere('r.queue = :queue', { queue: query.queue });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    // Free text matches the job name or its error.
    if (query.q) qb.andWhere('(r.name ILIKE :q OR r.error ILIKE :q)', { q: likePattern(query.q) });
    return paginate(
      qb,
      query,
      { sortable: { startedAt: 'r.startedAt', finishedAt: 'r.finishedAt' }, defaultSort: '-startedAt' },
      toJobRunDto,
    );
  }
}
