import { MigrationInterface, QueryRunner } from 'typeorm';

// Audit log, background job runs and in-app notifications.
export class AuditJobsNotifications1763800002000 implements MigrationInterface {
  name = 'AuditJobsNotifications1763800002000';

  async up(q: QueryRunner): Promise<void> {
    // No foreign keys: the history must outlive deleted users and records.
    await q.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entity text NOT NULL,
        entity_id uuid NOT NULL,
        action text NOT NULL CONSTRAINT ck_audit_log_action CHECK (action IN ('create', 'update', 'delete')),
        actor_id uuid,
        actor_kind text NOT NULL CONSTRAINT ck_audit_log_actor_kind CHECK (actor_kind IN ('user', 'api_key', 'system')),
        actor_name text,
        changes jsonb NOT NULL DEFAULT '{}',
        request_id text,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id, created_at DESC)`);
    await q.query(`CREATE INDEX ix_audit_log_actor_id ON audit_log (actor_id)`);
    await q.query(`CREATE INDEX ix_audit_log_created_at ON audit_log (created_at DESC)`);

    await q.query(`
      CREATE TABLE job_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        queue text NOT NULL,
        name text NOT NULL,
        job_id text,
        attempt integer NOT NULL DEFAULT 1,
        status text NOT NULL CONSTRAINT ck_job_runs_status CHECK (status IN ('running', 'completed', 'failed')),
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        processed integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        progress integer CONSTRAINT ck_job_runs_progress CHECK (progress BETWEEN 0 AND 100),
        error text,
        summary jsonb
      )`);
    await q.query(`CREATE INDEX ix_job_runs_started_at ON job_runs (started_at DESC)`);
    await q.query(`CREATE INDEX ix_job_runs_queue_status ON job_runs (queue, status, started_at DESC)`);
    await q.query(`CREATE INDEX ix_job_runs_status ON job_runs (status, started_at DESC)`);
    // Finds the run of a retried job (see JobRunsService.track).
    await q.query(`CREATE INDEX ix_job_runs_job_id ON job_runs (queue, job_id) WHERE status = 'running'`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT fk_notifications_user REFERENCES users(id) ON DELETE CASCADE,
        type text NOT NULL,
        title text NOT NULL,
        body text,
        link text,
        data jsonb,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_notifications_user_id_read_at ON notifications (user_id, read_at, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE job_runs`);
    await q.query(`DROP TABLE audit_log`);
  }
}
