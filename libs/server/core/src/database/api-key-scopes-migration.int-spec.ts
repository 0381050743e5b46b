import { DataSource, DataSourceOptions, QueryRunner } from 'typeorm';
import { adminQuery, withDatabase } from '../testing';
import { dataSourceOptions } from './data-source-options';
import { ApiKeyScopes1763800005200 } from './migrations/1763800005200-api-key-scopes';

// Keys made with a role keep that role through the scopes migration, down and up again; a key with
// finer scopes cannot be a role again without widening it, so going down revokes it.
describe('API key scopes migration', () => {
  const adminUrl = process.env.CRM_TEST_ADMIN_URL!;
  const db = `crm_test_key_scopes_mig_${process.pid}_${Date.now()}`;
  let ds: DataSource;
  let q: QueryRunner;
  const migration = new ApiKeyScopes1763800005200();

  beforeAll(async () => {
    await adminQuery(adminUrl, `CREATE DATABASE ${db} TEMPLATE ${process.env.CRM_TEST_TEMPLATE}`);
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

  const insertKey = (name: string, column: 'role' | 'scopes', value: string) =>
    ds.query(`INSERT INTO api_keys (name, prefix, key_hash, ${column}) VALUES ($1, 'p', $1, $2) RETURNING id`, [
      name,
      value,
    ]);
  const keys = () => ds.query(`SELECT * FROM api_keys ORDER BY name`);

  it('maps roles to role scopes and back, revoking keys a role cannot express', async () => {
    await migration.down(q);
    await insertKey('a-manager', 'role', 'sales_manager');
    await insertKey('b-exec', 'role', 'executive');
    await migration.up(q);
    expect(
      (await keys()).map((k: { name: string; scopes: string[]; role?: string }) => [k.name, k.scopes, k.role]),
    ).toEqual([
      ['a-manager', ['role:sales_manager'], undefined],
      ['b-exec', ['role:executive'], undefined],
    ]);

    await insertKey('c-scoped', 'scopes', '{customers.read}');
    await migration.down(q);
    const down = await keys();
    expect(
      down.map((k: { name: string; role: string; revoked_at: Date | null }) => [k.name, k.role, !!k.revoked_at]),
    ).toEqual([
      ['a-manager', 'sales_manager', false],
      ['b-exec', 'executive', false],
      ['c-scoped', 'executive', true],
    ]);
    expect(down[0]).not.toHaveProperty('scopes');
    await expect(insertKey('d-bad', 'role', 'god')).rejects.toThrow(/ck_api_keys_role/);

    await migration.up(q);
    expect((await keys()).map((k: { scopes: string[] }) => k.scopes)).toEqual([
      ['role:sales_manager'],
      ['role:executive'],
      ['role:executive'],
    ]);
  });
});
