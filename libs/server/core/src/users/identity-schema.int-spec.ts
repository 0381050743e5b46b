import { DataSource, DataSourceOptions } from 'typeorm';
import { ApiKey } from '../api-keys/api-key.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { dataSourceOptions } from '../database/data-source-options';
import { Department } from '../departments/department.entity';
import { adminQuery, withDatabase } from '../testing/test-database';
import { User } from './user.entity';

// Entities and the identity migration must describe the same schema: migration generation would
// otherwise produce a diff (CI fails on that).
describe('identity schema', () => {
  const adminUrl = process.env.CRM_TEST_ADMIN_URL!;
  const db = `crm_test_schema_${process.pid}_${Date.now()}`;
  let ds: DataSource;

  beforeAll(async () => {
    await adminQuery(adminUrl, `CREATE DATABASE ${db} TEMPLATE ${process.env.CRM_TEST_TEMPLATE}`);
    ds = new DataSource({
      ...(dataSourceOptions(withDatabase(adminUrl, db), []) as DataSourceOptions),
      entities: [User, Department, RefreshToken, ApiKey],
    });
    await ds.initialize();
  });

  afterAll(async () => {
    await ds.destroy();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  });

  it('has no difference between the entities and the migrated tables', async () => {
    const { upQueries } = await ds.driver.createSchemaBuilder().log();
    const identity = /"?(users|departments|refresh_tokens|api_keys)"?/;
    expect(upQueries.map((q) => q.query).filter((q) => identity.test(q))).toEqual([]);
  });
});
