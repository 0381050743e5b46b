import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { JobWorkers } from './job-workers.service';
import { QUEUES } from './jobs.service';
import { quitRedis, REDIS } from './redis';

// Closes in order on app.close(): workers (waiting for in-flight jobs), then the
// queues, then the shared Redis connection. @nestjs/bullmq closes the queues again
// later; BullMQ makes that a no-op.
@Injectable()
export class JobsShutdown implements OnModuleDestroy {
  constructor(
    @Inject(QUEUES) private readonly queues: Map<string, Queue>,
    @Optional() @Inject(REDIS) private readonly redis?: Redis,
    @Optional() @Inject(JobWorkers) private readonly workers?: JobWorkers,
  ) {}

  async onModuleDestroy() {
    await this.workers?.close();
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
    if (this.redis) await quitRedis(this.redis);
  }
}
