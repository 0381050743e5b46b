import { MigrationInterface, QueryRunner } from 'typeorm';

// Attachments of any record (FilesModule); the bytes live under <dataDir>/files.
export class Files1763800003000 implements MigrationInterface {
  name = 'Files1763800003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE files (
        id uuid PRIMARY KEY,
        entity text NOT NULL,
        entity_id uuid NOT NULL,
        file_name text NOT NULL,
        mime_type text NOT NULL,
        size integer NOT NULL,
        sha256 text NOT NULL,
        storage_key text NOT NULL,
        uploaded_by_id uuid CONSTRAINT fk_files_uploaded_by REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_files_size CHECK (size >= 0),
        CONSTRAINT ck_files_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT ck_files_entity CHECK (entity ~ '^[a-z][a-z0-9_]{0,49}$')
      )`);
    // A record's files, newest first.
    await q.query(`CREATE INDEX ix_files_entity ON files (entity, entity_id, created_at DESC)`);
    await q.query(`CREATE UNIQUE INDEX uq_files_storage_key ON files (storage_key)`);
    await q.query(`CREATE INDEX ix_files_uploaded_by_id ON files (uploaded_by_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE files`);
  }
}
