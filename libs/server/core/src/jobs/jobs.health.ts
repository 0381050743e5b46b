import { Inject, Injectable, OnModuleInit, Optional } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { HealthService } from '../health/health.service';
import { QUEUES } from './jobs.service';
import { REDIS } from './redis';

const OFF = { status: 'disabled' as const, detail: 'Redis is not reachable; background jobs are off' };

// Feeds the "redis" and "queues" entries of /api/health.
@Injectable()
export class JobsHealth implements OnModuleInit {
  constructor(
    @Inject(HealthService) private readonly health: HealthService,
    @Inject(QUEUES) private readonly queues: Map<string, Queue>,
    @Optional() @Inject(REDIS) private readonly redis?: Redis,
  ) {}

  onModuleInit() {
    const redis = this.redis;
    if (!redis || !this.queues.size) {
      this.health.register('redis', async () => OFF);
      this.health.register('queues', async () => OFF);
      return;
    }
    this.health.register('redis', async () => {
      await redis.ping();
      return { status: 'up' };
    });
    this.health.register('queues', () => this.queuesProbe());
  }

  private async queuesProbe() {
    const counts = await Promise.all(
      [...this.queues.values()].map((q) => q.getJobCounts('waiting', 'active', 'delayed', 'failed')),
    );
    const sum = (k: string) => counts.reduce((n, c) => n + (c[k] ?? 0), 0);
    const workers = await Promise.all([...this.queues.values()].map((q) => q.getWorkersCount())).then(
      (n) => n.reduce((a, b) => a + b, 0),
      () => undefined,
    );
    const parts = [
      `${this.queues.size} queues`,
      `${sum('waiting') + sum('delayed')} waiting`,
      `${sum('active')} active`,
      `${sum('failed')} failed`,
    ];
    if (workers === 0) parts.push('no worker connected: jobs wait until one starts');
    else if (workers !== undefined) parts.push(`${workers} worker connection(s)`);
    return { status: 'up' as const, detail: parts.join(', ') };
  }
}
