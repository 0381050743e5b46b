import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
const blankToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

// Split by area so each stays readable; EnvSchema joins them.
export class AppEnv {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  @IsString()
  DATA_DIR = '.data';

  @IsString()
  CORS_ORIGINS = 'http://localhost:5173,http://127.0.0.1:5173';

  @IsOptional()
  @Transform(blankToUndefined)
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_URL?: string;
}

export class DatabaseEnv {
  @IsOptional()
  @Transform(blankToUndefined)
  @IsUrl({ require_tld: false, protocols: ['postgres', 'postgresql'], require_protocol: true })
  DATABASE_URL?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  DB_MIGRATE_ON_START?: boolean;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  DB_LOG_QUERIES?: boolean;
}

export class RedisEnv {
  @IsUrl({ require_tld: false, protocols: ['redis', 'rediss'], require_protocol: true })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @IsString()
  REDIS_PREFIX = 'crm';

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  REDIS_AUTOSTART?: boolean;
}

export class AuthEnv {
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Type(() => Number)
  @IsInt()
  @Min(30)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Type(() => Number)
  @IsInt()
  @Min(60)
  JWT_REFRESH_TTL_SECONDS = 30 * 24 * 3600;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_LOCK_MINUTES = 15;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsEmail()
  ADMIN_EMAIL?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MinLength(10, { message: 'ADMIN_PASSWORD must be at least 10 characters' })
  ADMIN_PASSWORD?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT_PER_MINUTE = 20;
}

export class MailEnv {
  @IsOptional()
  @Transform(blankToUndefined)
  @IsUrl({ require_tld: false, protocols: ['smtp', 'smtps'], require_protocol: true })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'CRM <no-reply@crm.local>';
}

const CRON = /^\S+( \S+){4,5}$/;

// Nightly housekeeping (queue maintenance): expired refresh tokens, old webhook delivery logs.
export class MaintenanceEnv {
  @IsString()
  @Matches(CRON, { message: 'MAINTENANCE_CRON must be a cron pattern such as "30 3 * * *"' })
  MAINTENANCE_CRON = '30 3 * * *';
}

// The nightly customer classification (customers lib, queue analytics).
export class ClassificationEnv {
  // Cron pattern (5 or 6 fields) of the nightly run.
  @IsString()
  @Matches(CRON, { message: 'CLASSIFY_CRON must be a cron pattern such as "0 2 * * *"' })
  CLASSIFY_CRON = '0 2 * * *';

  // Rolling period of orders that value tiers and ABC classes are computed from.
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  CLASSIFY_PERIOD_DAYS = 365;
}

// Outgoing webhooks (core webhooks module, queue webhooks).
export class WebhooksEnv {
  // Attempts per delivery (the first one included) before it counts as failed.
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  WEBHOOK_MAX_ATTEMPTS = 6;

  // First retry delay; each further retry waits twice as long (30 s, 1 min, 2 min, 4 min, 8 min).
  @Type(() => Number)
  @IsInt()
  @Min(0)
  WEBHOOK_RETRY_DELAY_MS = 30_000;

  // Consecutive failed deliveries after which a webhook is disabled and admins are told.
  @Type(() => Number)
  @IsInt()
  @Min(1)
  WEBHOOK_DISABLE_AFTER_FAILURES = 20;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  // Delivery logs older than this are purged nightly.
  @Type(() => Number)
  @IsInt()
  @Min(1)
  WEBHOOK_LOG_RETENTION_DAYS = 30;
}
