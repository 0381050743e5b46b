import { AppConfig, JobSchedule, PurgeExpiredRefreshTokensJob, PurgeWebhookDeliveriesJob } from '@crm/server-core';
import { ClassifyCustomersJob } from '@crm/server-customers';

// Recurring jobs, set up by the worker at start (BullMQ job schedulers, one per job).
// Schedules missing from this list are removed from Redis.
export const buildSchedules = (config: AppConfig): JobSchedule[] => [
  // Nightly, off-peak.
  { job: PurgeExpiredRefreshTokensJob, cron: '30 3 * * *' },
  // Webhook delivery logs older than WEBHOOK_LOG_RETENTION_DAYS.
  { job: PurgeWebhookDeliveriesJob, cron: '45 3 * * *' },
  // Customer value tiers, ABC, value groups, stability, behaviour, lifecycle (CLASSIFY_CRON, default 02:00).
  { job: ClassifyCustomersJob, cron: config.classification.cron },
];
