import { dataSourceOptions } from '@crm/server-core';
import { adminQuery, withDatabase } from '@crm/server-core/testing';
import { DataSource, DataSourceOptions } from 'typeorm';

// The dictionary migration's seed rows (the schema itself is checked by apps/api/src/schema).
describe('data dictionary seed', () => {
  const adminUrl = process.env.CRM_TEST_ADMIN_URL!;
  const db = `crm_test_cschema_${process.pid}_${Date.now()}`;
  let ds: DataSource;

  beforeAll(async () => {
    await adminQuery(adminUrl, `CREATE DATABASE ${db} TEMPLATE ${process.env.CRM_TEST_TEMPLATE}`);
    ds = new DataSource(dataSourceOptions(withDatabase(adminUrl, db), []) as DataSourceOptions);
    await ds.initialize();
  });

  afterAll(async () => {
    await ds.destroy();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  });

  it('seeds the data dictionary with English and Chinese labels', async () => {
    const rows: Array<{ type: string; n: string }> = await ds.query(
      `SELECT type, count(*) AS n FROM dictionary_entries WHERE label_en <> '' AND label_zh <> '' GROUP BY type`,
    );
    const types = Object.fromEntries(rows.map((r) => [r.type, Number(r.n)]));
    expect(types).toMatchObject({ region: 9, interaction_type: 7, complaint_category: 8, churn_reason: 8 });
    expect(Object.keys(types)).toEqual(
      expect.arrayContaining(['customer_tier', 'industry', 'customer_source', 'service_type', 'payment_method']),
    );
  });
});
