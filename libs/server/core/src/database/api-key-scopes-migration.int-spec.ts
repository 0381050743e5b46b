import { useMigrationDatabase } from '../testing';
import { ApiKeyScopes1763800005200 } from './migrations/1763800005200-api-key-scopes';

// Keys made with a role keep that role through the scopes migration, down and up again; a key with
// finer scopes cannot be a role again without widening it, so going down revokes it.
describe('API key scopes migration', () => {
  const db = useMigrationDatabase('key_scopes_mig');
  const migration = new ApiKeyScopes1763800005200();

  const insertKey = (name: string, column: 'role' | 'scopes', value: string) =>
    db.ds.query(`INSERT INTO api_keys (name, prefix, key_hash, ${column}) VALUES ($1, 'p', $1, $2) RETURNING id`, [
      name,
      value,
    ]);
  const keys = () => db.ds.query(`SELECT * FROM api_keys ORDER BY name`);

  it('maps roles to role scopes and back, revoking keys a role cannot express', async () => {
    await migration.down(db.q);
    await insertKey('a-manager', 'role', 'sales_manager');
    await insertKey('b-exec', 'role', 'executive');
    await migration.up(db.q);
    expect(
      (await keys()).map((k: { name: string; scopes: string[]; role?: string }) => [k.name, k.scopes, k.role]),
    ).toEqual([
      ['a-manager', ['role:sales_manager'], undefined],
      ['b-exec', ['role:executive'], undefined],
    ]);

    await insertKey('c-scoped', 'scopes', '{customers.read}');
    await migration.down(db.q);
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

    await migration.up(db.q);
    expect((await keys()).map((k: { scopes: string[] }) => k.scopes)).toEqual([
      ['role:sales_manager'],
      ['role:executive'],
      ['role:executive'],
    ]);
  });
});
