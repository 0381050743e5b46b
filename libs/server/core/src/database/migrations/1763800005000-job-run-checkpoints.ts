import { MigrationInterface, QueryRunner } from 'typeorm';

// Batch jobs (jobs/batch-job-runner.service.ts) count the rows they changed and save where they
// got to with each batch, so a retried run resumes there instead of starting over.
export class JobRunCheckpoints1763800005000 implements MigrationInterface {
  name = 'JobRunCheckpoints1763800005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE job_runs ADD COLUMN updated integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE job_runs ADD COLUMN checkpoint jsonb`);
    // Finds the checkpoint of an earlier attempt of the same job (BatchJobRunner).
    await q.query(
      `CREATE INDEX ix_job_runs_checkpoint ON job_runs (queue, name, job_id, started_at DESC)
       WHERE checkpoint IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_job_runs_checkpoint`);
    await q.query(`ALTER TABLE job_runs DROP COLUMN checkpoint`);
    await q.query(`ALTER TABLE job_runs DROP COLUMN updated`);
  }
}
