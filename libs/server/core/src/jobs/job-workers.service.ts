import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { requestContext } from '../context/request-context';
import { jobKey } from './job-definition';
import { DiscoveredHandler, JobHandlerRegistry } from './job-handler.registry';
import { QUEUE_DEFINITIONS } from './jobs.service';
import type { QueueDefinition } from './queue-name';
import { createRedisClient, quitRedis } from './redis';

// Runs one BullMQ worker per queue that has handlers (worker role only) and
// dispatches each job to its @OnJob handler by name.
@Injectable()
export class JobWorkers implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('JobWorkers');
  private handlers = new Map<string, DiscoveredHandler>();
  private readonly workers: Worker[] = [];
  private connection?: Redis;
  private closing?: Promise<void>;

  constructor(
    @Inject(JobHandlerRegistry) private readonly registry: JobHandlerRegistry,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(QUEUE_DEFINITIONS) private readonly declared: readonly QueueDefinition[],
  ) {}

  // Throws (and so stops start-up) when a job has no handler or two, or sits on an undeclared queue.
  onModuleInit() {
    this.handlers = this.registry.build(undefined, new Set(this.declared.map((q) => q.name)));
  }

  onApplicationBootstrap() {
    const queues = [...new Set([...this.handlers.values()].map((h) => h.job.queue))];
    if (!queues.length) return;
    this.connection = createRedisClient(this.config.redis.url, 'worker');
    for (const queue of queues) this.workers.push(this.startWorker(queue, this.connection));
  }

  get queues(): string[] {
    return this.workers.map((w) => w.name);
  }

  // Waits for in-flight jobs, then drops the connection. Safe to call twice.
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all(this.workers.map((w) => w.close()));
      if (this.connection) await quitRedis(this.connection);
    })();
    return this.closing;
  }

  onModuleDestroy() {
    return this.close();
  }

  private startWorker(queue: string, connection: Redis): Worker {
    const worker = new Worker(queue, (job: Job) => this.dispatch(queue, job), {
      connection,
      prefix: this.config.redis.prefix,
      concurrency: this.declared.find((q) => q.name === queue)?.concurrency ?? 1,
    });
    worker.on('failed', (job, e) =>
      this.logger.warn(`${queue}:${job?.name} #${job?.id} failed (attempt ${job?.attemptsMade}): ${e.message}`),
    );
    worker.on('error', (e) => this.logger.error(`${queue} worker: ${e.message}`));
    return worker;
  }

  private async dispatch(queue: string, job: Job): Promise<unknown> {
    const entry = this.handlers.get(jobKey(queue, job.name));
    // Retrying cannot help a job nobody handles.
    if (!entry) throw new UnrecoverableError(`No handler for job ${jobKey(queue, job.name)}`);
    // Audit entries written by a job name the job as their actor.
    const actor = { id: null, kind: 'system' as const, name: `job ${jobKey(queue, job.name)}` };
    return requestContext.run({ actor, requestId: `job:${queue}:${job.id}` }, () => entry.handle(job));
  }
}
