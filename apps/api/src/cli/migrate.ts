// First: refuses an unsupported Node with one line before Nest loads.
import '@crm/server-core/node-guard';
import 'reflect-metadata';
import { DataSource, DataSourceOptions } from 'typeorm';
import { dataSourceOptions, ensureEmbeddedPostgres, loadConfigOrExit, runMigrations } from '@crm/server-core';
import { crm } from '@crm/server-modules';

// npm run db:migrate | db:revert
async function main() {
  const direction = process.argv[2] ?? 'up';
  const config = loadConfigOrExit();
  const pg = config.database.url
    ? undefined
    : await ensureEmbeddedPostgres(config.dataDir, config.database.embeddedPort, console.log);
  const url = config.database.url ?? pg!.url;
  try {
    if (direction === 'up') {
      await runMigrations(url, crm.migrations, console.log);
      console.log('migrations are up to date');
    } else if (direction === 'down') {
      const ds = new DataSource(dataSourceOptions(url, crm.migrations) as DataSourceOptions);
      await ds.initialize();
      await ds.undoLastMigration({ transaction: 'each' });
      await ds.destroy();
      console.log('reverted the last migration');
    } else {
      throw new Error(`unknown direction "${direction}" (use up or down)`);
    }
  } finally {
    if (pg?.owned) await pg.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
