import { MigrationInterface, QueryRunner } from 'typeorm';

// Users, departments, refresh-token families and API keys. Constraints are named so the entities
// can declare them and migration generation stays empty.
export class Identity1763800001000 implements MigrationInterface {
  name = 'Identity1763800001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE departments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        description text,
        manager_id uuid,
        parent_id uuid CONSTRAINT fk_departments_parent REFERENCES departments(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_departments_name ON departments (lower(name))`);
    await q.query(`CREATE INDEX ix_departments_parent_id ON departments (parent_id)`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        department_id uuid CONSTRAINT fk_users_department REFERENCES departments(id) ON DELETE SET NULL,
        active boolean NOT NULL DEFAULT true,
        locale text NOT NULL DEFAULT 'en',
        failed_login_count integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_login_at timestamptz,
        password_changed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_users_roles CHECK (roles <@ ARRAY['admin','executive','sales_manager','account_manager','marketer','service_agent','call_agent']::text[])
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_users_email ON users (lower(email))`);
    await q.query(`CREATE INDEX ix_users_department_id ON users (department_id)`);
    await q.query(`CREATE INDEX ix_users_roles ON users USING gin (roles)`);
    await q.query(`CREATE INDEX ix_users_name_trgm ON users USING gin (name gin_trgm_ops)`);
    // The user list searches email too and sorts by name, creation and last sign-in.
    await q.query(`CREATE INDEX ix_users_email_trgm ON users USING gin (email gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_users_name ON users (name)`);
    await q.query(`CREATE INDEX ix_users_created_at ON users (created_at)`);
    await q.query(`CREATE INDEX ix_users_last_login_at ON users (last_login_at)`);
    await q.query(
      `ALTER TABLE departments ADD CONSTRAINT fk_departments_manager FOREIGN KEY (manager_id) REFERENCES users(id) ON DELETE SET NULL`,
    );
    await q.query(`CREATE INDEX ix_departments_manager_id ON departments (manager_id)`);
    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT fk_refresh_tokens_user REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        user_agent text,
        ip text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_refresh_tokens_hash ON refresh_tokens (token_hash)`);
    await q.query(`CREATE INDEX ix_refresh_tokens_user_id ON refresh_tokens (user_id)`);
    await q.query(`CREATE INDEX ix_refresh_tokens_family_id ON refresh_tokens (family_id)`);
    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        prefix text NOT NULL,
        key_hash text NOT NULL,
        role text NOT NULL CONSTRAINT ck_api_keys_role CHECK (role IN ('admin','executive','sales_manager','account_manager','marketer','service_agent','call_agent')),
        created_by_id uuid CONSTRAINT fk_api_keys_created_by REFERENCES users(id) ON DELETE SET NULL,
        last_used_at timestamptz,
        expires_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_api_keys_key_hash ON api_keys (key_hash)`);
    await q.query(`CREATE INDEX ix_api_keys_created_by_id ON api_keys (created_by_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_keys`);
    await q.query(`DROP TABLE refresh_tokens`);
    await q.query(`ALTER TABLE departments DROP CONSTRAINT fk_departments_manager`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE departments`);
  }
}
