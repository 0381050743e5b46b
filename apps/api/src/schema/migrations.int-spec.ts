import { dataSourceOptions, runMigrations } from '@crm/server-core';
import { adminQuery, schemaSnapshot, snapshotDiff, withDatabase } from '@crm/server-core/testing';
import { DataSource, DataSourceOptions } from 'typeorm';
import { crm } from '@crm/server-modules';

const allMigrations = crm.migrations;

// Every lib's migrations, in the list the apps and the test template use: applied one at a time
// on an empty database, then reverted one at a time to zero; each `down` must leave the schema
// (and seeded rows) exactly as they were before its `up`. Then everything applies again.
// Extensions are database-wide and may serve other schemas: their migration's `down` leaves them, on purpose.
const KEPT_BY_DOWN: Record<string, string[]> = {
  InitialSchema1763800000000: ['extension pg_trgm', 'extension pgcrypto'],
};

describe('every migration goes down and up again', () => {
  const adminUrl = process.env.CRM_TEST_ADMIN_URL!;
  const db = `crm_test_migrations_${process.pid}_${Date.now()}`;
  const url = withDatabase(adminUrl, db);
  let ds: DataSource;

  beforeAll(async () => {
    await adminQuery(adminUrl, `CREATE DATABASE ${db}`);
    ds = new DataSource({ ...(dataSourceOptions(url, allMigrations) as DataSourceOptions), logging: false });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  });

  it('reverts each migration to the schema before it', async () => {
    const quiet = () => undefined;
    expect(allMigrations.length).toBeGreaterThan(5);
    // before[i]: the schema before migration i (and after migration i-1).
    await runMigrations(url, [], quiet);
    const before = [await schemaSnapshot(ds)];
    for (let i = 1; i <= allMigrations.length; i++) {
      await runMigrations(url, allMigrations.slice(0, i), quiet);
      before.push(await schemaSnapshot(ds));
      // A migration that changes nothing visible would make this test blind to its `down`.
      expect({ migration: allMigrations[i - 1].name, changes: before[i].join() !== before[i - 1].join() }).toEqual({
        migration: allMigrations[i - 1].name,
        changes: true,
      });
    }

    for (let i = allMigrations.length; i >= 1; i--) {
      await ds.undoLastMigration({ transaction: 'each' });
      const diff = snapshotDiff(before[i - 1], await schemaSnapshot(ds));
      expect({ migration: allMigrations[i - 1].name, ...diff }).toEqual({
        migration: allMigrations[i - 1].name,
        missing: [],
        extra: KEPT_BY_DOWN[allMigrations[i - 1].name] ?? [],
      });
    }
    expect(await ds.query('SELECT name FROM migrations')).toEqual([]);

    await runMigrations(url, allMigrations, quiet);
    expect(snapshotDiff(before[allMigrations.length], await schemaSnapshot(ds))).toEqual({ missing: [], extra: [] });
  }, 180_000);
});
