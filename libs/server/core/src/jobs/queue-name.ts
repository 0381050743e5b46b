// A BullMQ queue, named by domain. Core declares its own queues below; a domain lib declares the
// queues it uses in its CrmModule descriptor (`queues`), and JobsModule registers the union.
export interface QueueDefinition<N extends string = string> {
  readonly name: N;
  // Jobs handled at once per worker process (default 1).
  readonly concurrency?: number;
}

const QUEUE_NAME = /^[a-z][a-z0-9-]*$/;

export function defineQueue<N extends string>(name: N, options: { concurrency?: number } = {}): QueueDefinition<N> {
  if (!QUEUE_NAME.test(name)) throw new Error(`invalid queue name "${name}" (lower-case words joined by -)`);
  const { concurrency } = options;
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) {
    throw new Error(`queue ${name}: concurrency must be a positive integer`);
  }
  return Object.freeze({ name, ...(concurrency ? { concurrency } : {}) });
}

// Core's own queues; domain queues (churn, sla, reminders, imports, …) belong to their libs.
export enum QueueName {
  Mail = 'mail',
  Webhooks = 'webhooks',
  Maintenance = 'maintenance',
}

export const coreQueues: readonly QueueDefinition[] = [
  defineQueue(QueueName.Mail, { concurrency: 5 }),
  defineQueue(QueueName.Webhooks, { concurrency: 5 }),
  defineQueue(QueueName.Maintenance),
];

// Several libs may use one queue (e.g. analytics): declarations merge by name, and the queue takes
// the highest concurrency any of them asks for.
export function mergeQueues(declared: Iterable<QueueDefinition>): QueueDefinition[] {
  const byName = new Map<string, QueueDefinition>();
  for (const q of declared) {
    const seen = byName.get(q.name);
    const concurrency = Math.max(seen?.concurrency ?? 1, q.concurrency ?? 1);
    byName.set(q.name, defineQueue(q.name, { concurrency }));
  }
  return [...byName.values()];
}
