import { Inject, Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { Job } from 'bullmq';
import { definedJobs, JobDefinition, jobKey } from './job-definition';
import { JobRegistryError } from './jobs.errors';
import { ON_JOB } from './on-job.decorator';

export type JobHandler = (job: Job) => Promise<unknown>;

export interface DiscoveredHandler {
  job: JobDefinition;
  // "ClassName.method", for error messages.
  owner: string;
  handle: JobHandler;
}

// Every defined job must have exactly one handler, otherwise its jobs would wait
// forever or run twice; the worker refuses to start instead (Immich does the same).
// With `queues` (the declared queue names), a job on a queue nobody declared is refused too.
export function buildHandlerMap(
  definitions: JobDefinition[],
  handlers: DiscoveredHandler[],
  queues?: ReadonlySet<string>,
): Map<string, DiscoveredHandler> {
  const map = new Map<string, DiscoveredHandler>();
  const problems: string[] = [];
  for (const h of handlers) {
    const key = jobKey(h.job.queue, h.job.name);
    const existing = map.get(key);
    if (existing) problems.push(`job ${key} has two handlers (${existing.owner} and ${h.owner})`);
    else map.set(key, h);
  }
  for (const d of definitions) {
    const key = jobKey(d.queue, d.name);
    if (!map.has(key)) problems.push(`job ${key} has no handler`);
    if (queues && !queues.has(d.queue)) {
      problems.push(`job ${key} is on queue ${d.queue}, which no module declares (add it to the descriptor's queues)`);
    }
  }
  if (problems.length) throw new JobRegistryError(`The worker cannot start: ${problems.join('; ')}`);
  return map;
}

@Injectable()
export class JobHandlerRegistry {
  constructor(
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
    @Inject(MetadataScanner) private readonly scanner: MetadataScanner,
  ) {}

  discover(): DiscoveredHandler[] {
    const found: DiscoveredHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance);
      if (!prototype) continue;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const job = Reflect.getMetadata(ON_JOB, fn) as JobDefinition | undefined;
        if (!job) continue;
        found.push({
          job,
          owner: `${instance.constructor.name}.${method}`,
          handle: (fn as JobHandler).bind(instance),
        });
      }
    }
    return found;
  }

  build(definitions: JobDefinition[] = definedJobs(), queues?: ReadonlySet<string>): Map<string, DiscoveredHandler> {
    return buildHandlerMap(definitions, this.discover(), queues);
  }
}
