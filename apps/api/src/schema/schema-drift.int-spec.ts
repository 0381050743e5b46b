import { createTestApp, schemaDrift, TestContext } from '@crm/server-core/testing';
import { crm } from '@crm/server-modules';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

// Every @Entity('table') written in a lib, so an entity no module registers is noticed too.
function declaredTables(dir = join(root, 'libs/server'), found = new Set<string>()): Set<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') declaredTables(p, found);
    else if (e.name.endsWith('.entity.ts')) {
      for (const m of readFileSync(p, 'utf8').matchAll(/@Entity\('(\w+)'/g)) found.add(m[1]);
    }
  }
  return found;
}

// Every entity the API knows (each lib's, as the app composes them) against the schema the
// migrations build: a table, column, type, nullability, default, index, unique, check or foreign
// key declared on an entity without a migration (or the reverse) fails here, naming table.column;
// libs/server/core/src/testing/schema-drift.int-spec.ts shows the report on a changed entity.
describe('schema drift', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx?.close());

  it('finds no difference between every entity and the migrated schema', async () => {
    const tables = ctx.ds.entityMetadatas.map((m) => m.tableName);
    expect(tables).toEqual(expect.arrayContaining(['audit_log', 'job_runs', 'notifications', 'users', 'customers']));
    expect(tables).toEqual(expect.arrayContaining([...declaredTables()]));
    // The descriptors' entity lists (what a plain DataSource folds) name the same entities the app registers.
    expect(new Set(crm.entities)).toEqual(new Set(ctx.ds.entityMetadatas.map((m) => m.target)));
    expect(await schemaDrift(ctx.ds)).toEqual([]);
  });
});
