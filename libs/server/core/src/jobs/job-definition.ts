import type { JobsOptions } from 'bullmq';
import type { QueueDefinition } from './queue-name';

// A job a producer may enqueue: its queue, its name and the payload type.
// Options that belong to one job (priority, attempts, dedup) sit here, beside it.
export interface JobDefinition<P = unknown> {
  // The queue's name, as declared by core or by the lib that owns the job (descriptor `queues`).
  readonly queue: string;
  readonly name: string;
  readonly options?: JobsOptions;
  // Only carries the payload type; never set.
  readonly __payload?: P;
}

export const jobKey = (queue: string, name: string) => `${queue}:${name}`;

// Every job defined in the loaded code. The worker refuses to start when one has no handler.
const catalog = new Map<string, JobDefinition>();

// `queue` is a queue constant the lib owns (defineQueue) or its name.
export function defineJob<P extends object>(
  queueOrName: QueueDefinition | string,
  name: string,
  options?: JobsOptions,
): JobDefinition<P> {
  const queue = typeof queueOrName === 'string' ? queueOrName : queueOrName.name;
  const key = jobKey(queue, name);
  if (catalog.has(key)) throw new Error(`Job ${key} is defined twice`);
  const definition: JobDefinition<P> = Object.freeze({ queue, name, options });
  catalog.set(key, definition);
  return definition;
}

export const definedJobs = (): JobDefinition[] => [...catalog.values()];

export const findJob = (queue: string, name: string): JobDefinition | undefined => catalog.get(jobKey(queue, name));
