import { Logger } from '@nestjs/common';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { ensureEmbeddedPostgres } from './embedded-postgres';
import { ensureRedis } from './redis-server';

export type MigrationList = NonNullable<DataSourceOptions['migrations']>;

// What the process found around it at start; injected as RUNTIME.
export interface Runtime {
  config: AppConfig;
  databaseUrl: string;
  redisAvailable: boolean;
  migrations: MigrationList;
  embedded: boolean;
  stop(): Promise<void>;
}

export const RUNTIME = Symbol('RUNTIME');
// 'api' or 'worker': some start-up work belongs to one process only.
export const PROCESS_ROLE = Symbol('PROCESS_ROLE');
export type ProcessRole = 'api' | 'worker';
const MIGRATION_LOCK = 727_001;

export async function runMigrations(url: string, migrations: MigrationList, log: (m: string) => void) {
  const ds = new DataSource(dataSourceOptions(url, migrations) as DataSourceOptions);
  await ds.initialize();
  try {
    // API and worker may start together: one runs the migrations, the other waits.
    await ds.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const done = await ds.runMigrations({ transaction: 'each' });
    if (done.length) log(`applied ${done.length} migration(s): ${done.map((m) => m.name).join(', ')}`);
  } finally {
    await ds.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await ds.destroy();
  }
}

export async function prepareRuntime(config: AppConfig, migrations: MigrationList, name: string): Promise<Runtime> {
  const logger = new Logger(name);
  const log = (m: string) => logger.log(m);
  const pg = config.database.url
    ? undefined
    : await ensureEmbeddedPostgres(config.dataDir, config.database.embeddedPort, log);
  const databaseUrl = config.database.url ?? pg!.url;
  const redis = await ensureRedis(config.redis.url, config.dataDir, config.redis.autostart, (m) => logger.warn(m));
  if (config.database.migrateOnStart) await runMigrations(databaseUrl, migrations, log);
  return {
    config,
    databaseUrl,
    redisAvailable: redis.available,
    migrations,
    embedded: !config.database.url,
    stop: async () => {
      redis.stop();
      if (pg?.owned) await pg.stop();
    },
  };
}
