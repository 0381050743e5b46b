import { DataSource, DataSourceOptions, QueryRunner } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { adminQuery, withDatabase } from './test-database';

export interface MigrationDatabase {
  ds: DataSource;
  // Hand it to a migration's up()/down().
  q: QueryRunner;
}

// A database cloned from the migrated template for one spec file, for specs that run a migration's
// up and down by hand on data. Quiet: such specs fail queries on purpose.
export function useMigrationDatabase(label: string): MigrationDatabase {
  const adminUrl = process.env.CRM_TEST_ADMIN_URL!;
  const name = `crm_test_${label}_${process.pid}_${Date.now()}`;
  const db = {} as MigrationDatabase;
  beforeAll(async () => {
    await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${process.env.CRM_TEST_TEMPLATE}`);
    db.ds = new DataSource({
      ...(dataSourceOptions(withDatabase(adminUrl, name), []) as DataSourceOptions),
      logging: false,
    });
    await db.ds.initialize();
    db.q = db.ds.createQueryRunner();
  });
  afterAll(async () => {
    await db.q?.release();
    await db.ds?.destroy();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  return db;
}
