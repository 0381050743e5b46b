// Every BullMQ queue of the product, named by domain. Add a queue here, never ad hoc.
export enum QueueName {
  Churn = 'churn',
  Mail = 'mail',
  Sla = 'sla',
  Analytics = 'analytics',
  Reminders = 'reminders',
  Webhooks = 'webhooks',
  Imports = 'imports',
  Maintenance = 'maintenance',
}

export const ALL_QUEUES = Object.values(QueueName);

// Jobs handled at once per worker process; queues not listed take one at a time.
export const QUEUE_CONCURRENCY: Partial<Record<QueueName, number>> = {
  [QueueName.Mail]: 5,
  [QueueName.Webhooks]: 5,
  [QueueName.Churn]: 2,
  [QueueName.Sla]: 2,
};
