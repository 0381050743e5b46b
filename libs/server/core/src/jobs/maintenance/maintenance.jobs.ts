import { defineJob } from '../job-definition';
import { QueueName } from '../queue-name';

export type PurgeExpiredRefreshTokensPayload = Record<string, never>;

export const PurgeExpiredRefreshTokensJob = defineJob<PurgeExpiredRefreshTokensPayload>(
  QueueName.Maintenance,
  'purge-expired-refresh-tokens',
);
