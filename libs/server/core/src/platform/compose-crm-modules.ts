import type { DynamicModule, Type } from '@nestjs/common';
import { ApiKey } from '../api-keys/api-key.entity';
import { AuditLogEntry } from '../audit/audit-log-entry.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import type { AppConfig } from '../config/app-config';
import { coreMigrations } from '../database/migrations';
import { Department } from '../departments/department.entity';
import { StoredFile } from '../files/stored-file.entity';
import { JobRun } from '../jobs/job-run.entity';
import type { JobSchedule } from '../jobs/jobs.service';
import { PurgeExpiredRefreshTokensJob } from '../jobs/maintenance/maintenance.jobs';
import { coreQueues, mergeQueues, QueueDefinition } from '../jobs/queue-name';
import { Notification } from '../notifications/notification.entity';
import { User } from '../users/user.entity';
import { WebhookDelivery, WebhookDeliveryAttempt } from '../webhooks/webhook-delivery.entity';
import { Webhook } from '../webhooks/webhook.entity';
import { PurgeWebhookDeliveriesJob } from '../webhooks/webhooks.jobs';
import type { CrmModule, EntityClass, MigrationClass } from './crm-module';

// Core's own entities, migrations, queues and schedules come first in every fold.
export const coreEntities: readonly EntityClass[] = [
  User,
  Department,
  RefreshToken,
  ApiKey,
  AuditLogEntry,
  JobRun,
  Notification,
  StoredFile,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryAttempt,
];

// Housekeeping, off-peak (MAINTENANCE_CRON, default 03:30): expired refresh tokens, and webhook
// delivery logs older than WEBHOOK_LOG_RETENTION_DAYS.
export const coreSchedules = (config: AppConfig): JobSchedule[] => [
  { job: PurgeExpiredRefreshTokensJob, cron: config.maintenance.cron },
  { job: PurgeWebhookDeliveriesJob, cron: config.maintenance.cron },
];

// The product as the apps run it: core plus every descriptor, folded once.
export interface CrmComposition {
  readonly modules: readonly CrmModule[];
  // Core's, then each lib's, in list order: the one migration list (API, worker, CLI, tests).
  readonly migrations: MigrationClass[];
  readonly entities: EntityClass[];
  // Core's queues and every lib's, merged by name.
  readonly queues: QueueDefinition[];
  readonly apiModules: Array<Type | DynamicModule>;
  readonly workerModules: Array<Type | DynamicModule>;
  schedules(config: AppConfig): JobSchedule[];
}

export function composeCrmModules(modules: readonly CrmModule[]): CrmComposition {
  const seen = new Set<string>();
  for (const m of modules) {
    if (seen.has(m.name)) throw new Error(`module ${m.name} is listed twice`);
    seen.add(m.name);
  }
  const migrations = [...coreMigrations, ...modules.flatMap((m) => m.migrations ?? [])];
  // TypeORM records migrations by class name: two with one name would skip the second.
  const names = new Set<string>();
  for (const migration of migrations) {
    if (names.has(migration.name)) throw new Error(`two migrations are called ${migration.name}`);
    names.add(migration.name);
  }
  return Object.freeze({
    modules,
    migrations,
    entities: [...coreEntities, ...modules.flatMap((m) => m.entities ?? [])],
    queues: mergeQueues([...coreQueues, ...modules.flatMap((m) => m.queues ?? [])]),
    apiModules: modules.flatMap((m) => (m.apiModule ? [m.apiModule] : [])),
    workerModules: modules.flatMap((m) => (m.workerModule ? [m.workerModule] : [])),
    schedules: (config: AppConfig) => [
      ...coreSchedules(config),
      ...modules.flatMap((m) => m.schedules?.(config) ?? []),
    ],
  });
}
