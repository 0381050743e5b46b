import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, ValidationError } from 'class-validator';
import {
  AppEnv,
  AuthEnv,
  ClassificationEnv,
  DatabaseEnv,
  MailEnv,
  MaintenanceEnv,
  RedisEnv,
  WebhooksEnv,
} from './env.schema';

type EnvSchema = AppEnv & DatabaseEnv & RedisEnv & AuthEnv & MailEnv & MaintenanceEnv & ClassificationEnv & WebhooksEnv;
const areas = [AppEnv, DatabaseEnv, RedisEnv, AuthEnv, MailEnv, MaintenanceEnv, ClassificationEnv, WebhooksEnv];

export class ConfigError extends Error {}

// Typed, validated configuration; the only reader of process.env.
export class AppConfig {
  readonly env: AppEnv['NODE_ENV'];
  readonly port: number;
  readonly host: string;
  readonly logLevel: AppEnv['LOG_LEVEL'];
  readonly dataDir: string;
  readonly corsOrigins: string[];
  readonly publicUrl: string;
  readonly database: { url?: string; embeddedPort: number; migrateOnStart: boolean; logQueries: boolean };
  readonly redis: { url: string; prefix: string; autostart: boolean };
  readonly auth: {
    jwtSecret: string;
    accessTtlSeconds: number;
    refreshTtlSeconds: number;
    maxFailures: number;
    lockMinutes: number;
    adminEmail?: string;
    adminPassword?: string;
    rateLimitPerMinute: number;
    loginRateLimitPerMinute: number;
  };
  readonly mail: { smtpUrl?: string; from: string };
  readonly maintenance: { cron: string };
  readonly classification: { cron: string; periodDays: number };
  readonly webhooks: {
    maxAttempts: number;
    retryDelayMs: number;
    disableAfterFailures: number;
    timeoutMs: number;
    logRetentionDays: number;
  };

  constructor(source: Record<string, string | undefined> = process.env) {
    const values = {} as EnvSchema;
    for (const Area of areas) {
      const declared = new Set(
        getMetadataStorage()
          .getTargetValidationMetadatas(Area, '', true, false)
          .map((m) => m.propertyName),
      );
      const picked = Object.fromEntries(Object.entries(source).filter(([k]) => declared.has(k)));
      const inst = plainToInstance(Area as ClassConstructor<object>, picked);
      const errors = validateSync(inst);
      if (errors.length) throw new ConfigError(formatError(errors[0], source));
      for (const key of declared) Object.assign(values, { [key]: (inst as never)[key] });
    }
    this.env = values.NODE_ENV;
    this.port = values.PORT;
    this.host = values.HOST;
    this.logLevel = values.LOG_LEVEL;
    this.dataDir = isAbsolute(values.DATA_DIR) ? values.DATA_DIR : resolve(process.cwd(), values.DATA_DIR);
    this.corsOrigins = values.CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    this.publicUrl = values.PUBLIC_URL ?? `http://localhost:${values.PORT}`;
    const production = this.env === 'production';
    this.database = {
      url: values.DATABASE_URL,
      embeddedPort: values.EMBEDDED_PG_PORT,
      migrateOnStart: values.DB_MIGRATE_ON_START ?? !production,
      logQueries: values.DB_LOG_QUERIES ?? false,
    };
    this.redis = {
      url: values.REDIS_URL,
      prefix: values.REDIS_PREFIX,
      autostart: values.REDIS_AUTOSTART ?? !production,
    };
    if (production && !values.JWT_SECRET) throw new ConfigError('JWT_SECRET is required when NODE_ENV=production');
    this.auth = {
      jwtSecret: values.JWT_SECRET ?? this.localSecret(),
      accessTtlSeconds: values.JWT_ACCESS_TTL_SECONDS,
      refreshTtlSeconds: values.JWT_REFRESH_TTL_SECONDS,
      maxFailures: values.LOGIN_MAX_FAILURES,
      lockMinutes: values.LOGIN_LOCK_MINUTES,
      adminEmail: values.ADMIN_EMAIL,
      adminPassword: values.ADMIN_PASSWORD,
      rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
      loginRateLimitPerMinute: values.LOGIN_RATE_LIMIT_PER_MINUTE,
    };
    this.mail = { smtpUrl: values.SMTP_URL, from: values.MAIL_FROM };
    this.maintenance = { cron: values.MAINTENANCE_CRON };
    this.classification = { cron: values.CLASSIFY_CRON, periodDays: values.CLASSIFY_PERIOD_DAYS };
    this.webhooks = {
      maxAttempts: values.WEBHOOK_MAX_ATTEMPTS,
      retryDelayMs: values.WEBHOOK_RETRY_DELAY_MS,
      disableAfterFailures: values.WEBHOOK_DISABLE_AFTER_FAILURES,
      timeoutMs: values.WEBHOOK_TIMEOUT_MS,
      logRetentionDays: values.WEBHOOK_LOG_RETENTION_DAYS,
    };
  }

  get isProduction() {
    return this.env === 'production';
  }

  // Outside production a secret is generated once and kept under DATA_DIR so
  // sessions survive restarts without any setup.
  private localSecret(): string {
    if (this.env === 'test') return 'test-secret-test-secret-test-secret-0123';
    const file = join(this.dataDir, 'jwt-secret');
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    mkdirSync(this.dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

function formatError(error: ValidationError, source: Record<string, string | undefined>): string {
  const message = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
  const raw = source[error.property];
  const secret = /SECRET|PASSWORD|URL/.test(error.property);
  const got = raw === undefined ? '' : secret ? ' (value hidden)' : ` (got "${raw}")`;
  return `Invalid configuration: ${message.startsWith(error.property) ? message : `${error.property} ${message}`}${got}`;
}

// Loads config or ends the process with one clear line.
export function loadConfigOrExit(source: Record<string, string | undefined> = process.env): AppConfig {
  try {
    return new AppConfig(source);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}
