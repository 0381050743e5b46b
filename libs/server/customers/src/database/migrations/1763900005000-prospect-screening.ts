import { MigrationInterface, QueryRunner } from 'typeorm';

const OVERRIDES_BEFORE = `'valueTier','abcClass','valueGroup','stability','behaviour','lifecycleStage'`;

// Prospect screening (SPEC 1.7, ADR 20): a fit score 0–100 and the grade it gives, which staff may
// set by hand (a new classification override).
export class ProspectScreening1763900005000 implements MigrationInterface {
  name = 'ProspectScreening1763900005000';

  async up(q: QueryRunner): Promise<void> {
    // Nullable columns without a default: no table rewrite.
    await q.query(`
      ALTER TABLE customers
        ADD COLUMN fit_score smallint,
        ADD COLUMN screening_grade text,
        ADD CONSTRAINT ck_customers_fit_score CHECK (fit_score BETWEEN 0 AND 100),
        ADD CONSTRAINT ck_customers_screening_grade CHECK (screening_grade IN ('a','b','c','eliminate'))`);
    await q.query(`
      ALTER TABLE customers
        DROP CONSTRAINT ck_customers_classification_overrides,
        ADD CONSTRAINT ck_customers_classification_overrides
          CHECK (classification_overrides <@ ARRAY[${OVERRIDES_BEFORE},'screeningGrade']::text[])`);
    // The list filters by grade and sorts by score.
    await q.query(`CREATE INDEX ix_customers_screening_grade ON customers (screening_grade)`);
    await q.query(`CREATE INDEX ix_customers_fit_score ON customers (fit_score)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_customers_fit_score`);
    await q.query(`DROP INDEX ix_customers_screening_grade`);
    // Hand-set grades go with the column, or the old check would refuse the rows.
    await q.query(`
      UPDATE customers SET classification_overrides = array_remove(classification_overrides, 'screeningGrade')
      WHERE 'screeningGrade' = ANY(classification_overrides)`);
    await q.query(`
      ALTER TABLE customers
        DROP CONSTRAINT ck_customers_classification_overrides,
        ADD CONSTRAINT ck_customers_classification_overrides
          CHECK (classification_overrides <@ ARRAY[${OVERRIDES_BEFORE}]::text[])`);
    await q.query(`ALTER TABLE customers DROP COLUMN screening_grade, DROP COLUMN fit_score`);
  }
}
