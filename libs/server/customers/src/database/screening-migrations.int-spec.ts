import { dataSourceOptions } from '@crm/server-core';
import { adminQuery, withDatabase } from '@crm/server-core/testing';
import { DataSource, DataSourceOptions, QueryRunner } from 'typeorm';
import { ProspectScreening1763900005000 } from './migrations/1763900005000-prospect-screening';

// The screening migration reverts cleanly on a database with data, hand-set grades included, and
// applies again.
describe('prospect screening migration', () => {
  const adminUrl = process.env.CRM_TEST_ADMIN_URL!;
  const db = `crm_test_screening_mig_${process.pid}_${Date.now()}`;
  let ds: DataSource;
  let q: QueryRunner;

  beforeAll(async () => {
    await adminQuery(adminUrl, `CREATE DATABASE ${db} TEMPLATE ${process.env.CRM_TEST_TEMPLATE}`);
    // Quiet: the checks below fail queries on purpose.
    ds = new DataSource({
      ...(dataSourceOptions(withDatabase(adminUrl, db), []) as DataSourceOptions),
      logging: false,
    });
    await ds.initialize();
    q = ds.createQueryRunner();
  });

  afterAll(async () => {
    await q?.release();
    await ds?.destroy();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  });

  const columns = async () =>
    (
      await ds.query(
        `SELECT column_name FROM information_schema.columns
         WHERE table_name = 'customers' AND column_name IN ('fit_score', 'screening_grade') ORDER BY 1`,
      )
    ).map((r: { column_name: string }) => r.column_name);

  it('goes down and up again', async () => {
    const migration = new ProspectScreening1763900005000();
    const [{ id }] = await ds.query(
      `INSERT INTO customers (code, name, fit_score, screening_grade, classification_overrides)
       VALUES ('MIG-1', 'Hand-graded', 80, 'eliminate', '{valueTier,screeningGrade}') RETURNING id`,
    );
    expect(await columns()).toEqual(['fit_score', 'screening_grade']);

    await migration.down(q);
    expect(await columns()).toEqual([]);
    const [row] = await ds.query(`SELECT classification_overrides FROM customers WHERE id = $1`, [id]);
    expect(row.classification_overrides).toEqual(['valueTier']);
    await expect(
      ds.query(`UPDATE customers SET classification_overrides = '{screeningGrade}' WHERE id = $1`, [id]),
    ).rejects.toThrow(/ck_customers_classification_overrides/);

    await migration.up(q);
    expect(await columns()).toEqual(['fit_score', 'screening_grade']);
    await ds.query(
      `UPDATE customers SET fit_score = 55, screening_grade = 'b', classification_overrides = '{screeningGrade}'
       WHERE id = $1`,
      [id],
    );
    await expect(ds.query(`UPDATE customers SET fit_score = 101 WHERE id = $1`, [id])).rejects.toThrow(
      /ck_customers_fit_score/,
    );
    await expect(ds.query(`UPDATE customers SET screening_grade = 'd' WHERE id = $1`, [id])).rejects.toThrow(
      /ck_customers_screening_grade/,
    );
    const indexes = await ds.query(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'customers'
       AND indexname IN ('ix_customers_fit_score', 'ix_customers_screening_grade') ORDER BY 1`,
    );
    expect(indexes.map((r: { indexname: string }) => r.indexname)).toEqual([
      'ix_customers_fit_score',
      'ix_customers_screening_grade',
    ]);
  });
});
