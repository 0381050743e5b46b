import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Runtime, RUNTIME } from '../runtime/prepare-runtime';
import type { HealthDto } from './health.controller';

// Modules that own a dependency (Redis, queues) register a probe here.
export type HealthProbe = () => Promise<{ status: 'up' | 'down' | 'disabled'; detail?: string }>;
export const HEALTH_PROBES = Symbol('HEALTH_PROBES');

const started = Date.now();

@Injectable()
export class HealthService {
  private readonly probes = new Map<'redis' | 'queues', HealthProbe>();

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @Optional() @Inject(HEALTH_PROBES) probes?: Partial<Record<'redis' | 'queues', HealthProbe>>,
  ) {
    for (const [k, p] of Object.entries(probes ?? {})) if (p) this.probes.set(k as 'redis' | 'queues', p);
  }

  register(name: 'redis' | 'queues', probe: HealthProbe) {
    this.probes.set(name, probe);
  }

  private async probe(name: 'redis' | 'queues') {
    const p = this.probes.get(name);
    if (!p)
      return this.runtime.redisAvailable
        ? { status: 'down' as const, detail: 'no probe' }
        : { status: 'disabled' as const, detail: 'Redis is not reachable; background jobs are off' };
    try {
      return await withTimeout(p(), 2000);
    } catch (e) {
      return { status: 'down' as const, detail: (e as Error).message };
    }
  }

  async check(): Promise<HealthDto> {
    const database = await withTimeout(this.ds.query('SELECT 1'), 2000).then(
      () => ({ status: 'up' as const }),
      (e: Error) => ({ status: 'down' as const, detail: e.message }),
    );
    const [redis, queues] = await Promise.all([this.probe('redis'), this.probe('queues')]);
    const status =
      database.status === 'down' ? 'down' : redis.status === 'up' && queues.status === 'up' ? 'ok' : 'degraded';
    return {
      status,
      version: process.env.npm_package_version ?? '0.1.0',
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
      database,
      redis,
      queues,
    };
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref()),
  ]);
}
