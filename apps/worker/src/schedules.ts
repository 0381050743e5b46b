import { AppConfig, JobSchedule, PurgeExpiredRefreshTokensJob, PurgeWebhookDeliveriesJob } from '@crm/server-core';
import { ClassifyCustomersJob } from '@crm/server-customers';

// Recurring jobs, set up by the worker at start (BullMQ job schedulers, one per job).
// Schedules missing from this list are removed from Redis.
export const buildSchedules = (config: AppConfig): JobSchedule[] => [
  // Housekeeping, off-peak (MAINTENANCE_CRON, default 03:30): expired refresh tokens, and webhook
  // delivery logs older than WEBHOOK_LOG_RETENTION_DAYS.
  { job: PurgeExpiredRefreshTokensJob, cron: config.maintenance.cron },
  { job: PurgeWebhookDeliveriesJob, cron: config.maintenance.cron },
  // Customer value tiers, ABC, value groups, stability, behaviour, lifecycle (CLASSIFY_CRON, default 02:00).
  { job: ClassifyCustomersJob, cron: config.classification.cron },
];
