import { MigrationInterface, QueryRunner } from 'typeorm';

// Import runs (CSV/XLSX) and their reports.
export class Imports1763900004000 implements MigrationInterface {
  name = 'Imports1763900004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entity text NOT NULL,
        file_name text NOT NULL,
        format text NOT NULL,
        storage_key text NOT NULL,
        dry_run boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'queued',
        total_rows integer,
        processed_rows integer NOT NULL DEFAULT 0,
        created integer NOT NULL DEFAULT 0,
        updated integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        error_count integer NOT NULL DEFAULT 0,
        ignored_columns text[] NOT NULL DEFAULT '{}',
        error text,
        last_row integer NOT NULL DEFAULT 1,
        created_by_id uuid CONSTRAINT fk_imports_created_by REFERENCES users(id) ON DELETE SET NULL,
        api_key_id uuid,
        started_at timestamptz,
        finished_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_imports_status CHECK (status IN ('queued', 'running', 'completed', 'failed')),
        CONSTRAINT ck_imports_entity CHECK (entity IN ('customers', 'contacts', 'products', 'orders')),
        CONSTRAINT ck_imports_format CHECK (format IN ('csv', 'xlsx'))
      )`);
    // "My imports", newest first; the admin's list of everyone's.
    await q.query(`CREATE INDEX ix_imports_created_by_id_created_at ON imports (created_by_id, created_at DESC)`);
    await q.query(`CREATE INDEX ix_imports_created_at ON imports (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE imports`);
  }
}
