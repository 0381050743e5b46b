import { defineJob } from '../jobs/job-definition';
import { QueueName } from '../jobs/queue-name';

export interface DeliverWebhookPayload {
  deliveryId: string;
}

// One POST of a stored delivery. Attempts and backoff come from the WEBHOOK_* settings at enqueue
// time; the job id is the delivery id, so a delivery is never queued twice.
export const DeliverWebhookJob = defineJob<DeliverWebhookPayload>(QueueName.Webhooks, 'deliver', {
  // Completed deliveries are in webhook_deliveries; do not keep them in Redis as well.
  removeOnComplete: true,
  removeOnFail: 1000,
});

export type PurgeWebhookDeliveriesPayload = Record<string, never>;

// Nightly: removes delivery logs older than WEBHOOK_LOG_RETENTION_DAYS.
export const PurgeWebhookDeliveriesJob = defineJob<PurgeWebhookDeliveriesPayload>(
  QueueName.Webhooks,
  'purge-deliveries',
);
