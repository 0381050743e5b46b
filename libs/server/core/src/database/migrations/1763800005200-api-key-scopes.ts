import { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES = `'admin','executive','sales_manager','account_manager','marketer','service_agent','call_agent'`;

// API keys carry permissions (scopes) instead of one role. A key made before scopes keeps exactly
// its role's permissions through the scope `role:<role>`, expanded from the merged catalog when the
// key is used: core cannot list the permissions of libs that declare theirs later (ADR 0023).
export class ApiKeyScopes1763800005200 implements MigrationInterface {
  name = 'ApiKeyScopes1763800005200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys ADD COLUMN scopes text[] NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE api_keys SET scopes = ARRAY['role:' || role]`);
    await q.query(`ALTER TABLE api_keys DROP COLUMN role`);
  }

  // Back to one role: a key whose scopes are one role's keeps that role; a key with finer scopes
  // cannot be expressed without widening it, so it is revoked (with the narrowest role).
  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys ADD COLUMN role text`);
    await q.query(`
      UPDATE api_keys SET role = substr(scopes[1], 6)
      WHERE cardinality(scopes) = 1 AND substr(scopes[1], 6) IN (${ROLES}) AND scopes[1] LIKE 'role:%'`);
    await q.query(
      `UPDATE api_keys SET role = 'executive', revoked_at = coalesce(revoked_at, now()) WHERE role IS NULL`,
    );
    await q.query(`ALTER TABLE api_keys ALTER COLUMN role SET NOT NULL`);
    await q.query(`ALTER TABLE api_keys ADD CONSTRAINT ck_api_keys_role CHECK (role IN (${ROLES}))`);
    await q.query(`ALTER TABLE api_keys DROP COLUMN scopes`);
  }
}
