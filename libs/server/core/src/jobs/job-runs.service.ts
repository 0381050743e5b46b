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
    let counts: RunCounts = { processed: 0, failed: 0 };
    const handle: RunHandle = {
      id: run.id,
      progress: async (value, latest) => {
        if (latest) counts = latest;
        const next = Math.max(0, Math.min(100, Math.round(value)));
        if (next === percent && !latest) return;
        percent = next;
        await this.runs.update(run.id, { progress: next, processed: counts.processed, failed: counts.failed ?? 0 });
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
          error: message.slice(0, MAX_ERROR_LENGTH),
        })
        .catch(() => undefined);
      throw e;
    }
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
