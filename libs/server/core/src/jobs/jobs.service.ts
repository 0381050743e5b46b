import { Inject, Injectable, Logger } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { findJob, JobDefinition, jobKey } from './job-definition';
import { JobsDisabledError, JobsUnavailableError } from './jobs.errors';

// Queue instances by name; empty when Redis was unreachable at start.
export const QUEUES = Symbol('QUEUES');
// Every declared queue (core's and the libs'), with its concurrency; set even without Redis.
export const QUEUE_DEFINITIONS = Symbol('QUEUE_DEFINITIONS');

// Applied to every job unless its definition or the caller says otherwise.
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 10_000 },
  removeOnComplete: 1000,
  // Failed jobs stay for inspection and retry in the queue board.
  removeOnFail: false,
};

export interface JobSchedule<P = unknown> {
  job: JobDefinition<P>;
  // Cron pattern, e.g. "30 3 * * *".
  cron: string;
  payload?: P;
  tz?: string;
}

@Injectable()
export class JobsService {
  private readonly logger = new Logger('Jobs');
  private warnedOff = false;

  constructor(@Inject(QUEUES) private readonly queues: Map<string, Queue>) {}

  // False when Redis was unreachable at start: producers should then do the work
  // inline, skip it, or answer 503 (enqueue throws JobsDisabledError).
  get enabled(): boolean {
    return this.queues.size > 0;
  }

  queue(name: string): Queue {
    const queue = this.queues.get(name);
    if (queue) return queue;
    if (!this.enabled) throw new JobsDisabledError();
    // A programming error, not an outage: the lib defines a job on a queue its descriptor does not declare.
    throw new Error(`Queue "${name}" is not declared: add it to the queues of the lib's CrmModule descriptor`);
  }

  // Queues a job and returns its id. Payloads hold ids, never entities.
  enqueue<P>(job: JobDefinition<P>, payload: P, options?: JobsOptions): Promise<string>;
  enqueue(queue: string, name: string, payload: object, options?: JobsOptions): Promise<string>;
  async enqueue(
    jobOrQueue: JobDefinition | string,
    nameOrPayload: unknown,
    payloadOrOptions?: unknown,
    maybeOptions?: JobsOptions,
  ): Promise<string> {
    const byName = typeof jobOrQueue === 'string';
    const definition = byName ? findJob(jobOrQueue, nameOrPayload as string) : jobOrQueue;
    if (!definition) {
      throw new Error(
        `Unknown job ${jobKey(jobOrQueue as string, String(nameOrPayload))}: declare it with defineJob()`,
      );
    }
    const payload = byName ? payloadOrOptions : nameOrPayload;
    const options = (byName ? maybeOptions : payloadOrOptions) as JobsOptions | undefined;
    const queue = this.queue(definition.queue);
    try {
      const added = await queue.add(definition.name, payload ?? {}, {
        ...DEFAULT_JOB_OPTIONS,
        ...definition.options,
        ...options,
      });
      return added.id ?? '';
    } catch (e) {
      this.logger.warn(`could not queue ${jobKey(definition.queue, definition.name)}: ${(e as Error).message}`);
      throw new JobsUnavailableError();
    }
  }

  // For work that may simply be skipped without Redis: logs once and returns null.
  async tryEnqueue<P>(job: JobDefinition<P>, payload: P, options?: JobsOptions): Promise<string | null> {
    if (!this.enabled) {
      if (!this.warnedOff) this.logger.warn(`background jobs are off; skipping ${jobKey(job.queue, job.name)}`);
      this.warnedOff = true;
      return null;
    }
    return this.enqueue(job, payload, options);
  }

  // Makes Redis hold exactly these schedules (one per job, keyed by job name) and
  // removes the ones no longer declared, so a renamed job stops firing.
  async syncSchedulers(schedules: JobSchedule[]): Promise<void> {
    const declared = new Set(schedules.map((s) => jobKey(s.job.queue, s.job.name)));
    for (const s of schedules) {
      // The scheduler sets the id and timing of the jobs it creates.
      const {
        jobId: _id,
        delay: _delay,
        deduplication: _dedup,
        ...opts
      } = { ...DEFAULT_JOB_OPTIONS, ...s.job.options };
      await this.queue(s.job.queue).upsertJobScheduler(
        s.job.name,
        { pattern: s.cron, ...(s.tz ? { tz: s.tz } : {}) },
        { name: s.job.name, data: s.payload ?? {}, opts },
      );
    }
    for (const [name, queue] of this.queues) {
      for (const existing of await queue.getJobSchedulers()) {
        if (!declared.has(jobKey(name, existing.key))) await queue.removeJobScheduler(existing.key);
      }
    }
  }
}
