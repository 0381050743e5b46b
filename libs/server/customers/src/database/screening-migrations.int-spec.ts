import { useMigrationDatabase } from '@crm/server-core/testing';
import { ProspectScreening1763900005000 } from './migrations/1763900005000-prospect-screening';

// The screening migration reverts cleanly on a database with data, hand-set grades included, and
// applies again.
describe('prospect screening migration', () => {
  const db = useMigrationDatabase('screening_mig');

  const columns = async () =>
    (
      await db.ds.query(
        `SELECT column_name FROM information_schema.columns
         WHERE table_name = 'customers' AND column_name IN ('fit_score', 'screening_grade') ORDER BY 1`,
      )
    ).map((r: { column_name: string }) => r.column_name);

  it('goes down and up again', async () => {
    const migration = new ProspectScreening1763900005000();
    const [{ id }] = await db.ds.query(
      `INSERT INTO customers (code, name, fit_score, screening_grade, classification_overrides)
       VALUES ('MIG-1', 'Hand-graded', 80, 'eliminate', '{valueTier,screeningGrade}') RETURNING id`,
    );
    expect(await columns()).toEqual(['fit_score', 'screening_grade']);

    await migration.down(db.q);
    expect(await columns()).toEqual([]);
    const [row] = await db.ds.query(`SELECT classification_overrides FROM customers WHERE id = $1`, [id]);
    expect(row.classification_overrides).toEqual(['valueTier']);
    await expect(
      db.ds.query(`UPDATE customers SET classification_overrides = '{screeningGrade}' WHERE id = $1`, [id]),
    ).rejects.toThrow(/ck_customers_classification_overrides/);

    await migration.up(db.q);
    expect(await columns()).toEqual(['fit_score', 'screening_grade']);
    await db.ds.query(
      `UPDATE customers SET fit_score = 55, screening_grade = 'b', classification_overrides = '{screeningGrade}'
       WHERE id = $1`,
      [id],
    );
    await expect(db.ds.query(`UPDATE customers SET fit_score = 101 WHERE id = $1`, [id])).rejects.toThrow(
      /ck_customers_fit_score/,
    );
    await expect(db.ds.query(`UPDATE customers SET screening_grade = 'd' WHERE id = $1`, [id])).rejects.toThrow(
      /ck_customers_screening_grade/,
    );
    const indexes = await db.ds.query(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'customers'
       AND indexname IN ('ix_customers_fit_score', 'ix_customers_screening_grade') ORDER BY 1`,
    );
    expect(indexes.map((r: { indexname: string }) => r.indexname)).toEqual([
      'ix_customers_fit_score',
      'ix_customers_screening_grade',
    ]);
  });
});
