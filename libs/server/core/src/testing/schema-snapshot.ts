import { DataSource } from 'typeorm';

// Everything a migration can create or change, one sorted line each, so two snapshots compare
// with a plain diff: tables and columns, indexes, constraints, enum types, functions, triggers,
// sequences, views, extensions, and the row count of each table (seed migrations insert rows).
export async function schemaSnapshot(ds: DataSource): Promise<string[]> {
  const lines: string[] = [];
  const add = (rows: Array<{ line: string }>) => lines.push(...rows.map((r) => r.line));
  add(
    await ds.query(`
      SELECT format('column %s.%s %s%s%s%s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                    CASE WHEN a.attnotnull THEN ' not null' ELSE '' END,
                    COALESCE(' default ' || pg_get_expr(d.adbin, d.adrelid), ''),
                    CASE WHEN a.attgenerated <> '' THEN ' generated' ELSE '' END) AS line
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped`),
  );
  add(
    await ds.query(`
      SELECT format('index %s', pg_get_indexdef(i.indexrelid)) AS line
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema()`),
  );
  add(
    await ds.query(`
      SELECT format('constraint %s.%s %s', t.relname, con.conname, pg_get_constraintdef(con.oid)) AS line
      FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = current_schema()`),
  );
  add(
    await ds.query(`
      SELECT format('type %s (%s)', t.typname, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)) AS line
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = current_schema() GROUP BY t.typname`),
  );
  add(
    await ds.query(`
      SELECT format('function %s(%s) %s', p.proname, pg_get_function_identity_arguments(p.oid), md5(p.prosrc)) AS line
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      LEFT JOIN pg_depend dep ON dep.objid = p.oid AND dep.deptype = 'e'
      WHERE n.nspname = current_schema() AND dep.objid IS NULL`),
  );
  add(
    await ds.query(`
      SELECT format('trigger %s', pg_get_triggerdef(tg.oid)) AS line
      FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND NOT tg.tgisinternal`),
  );
  add(
    await ds.query(`
      SELECT format('%s %s', CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view' ELSE 'materialized view' END,
                    c.relname) AS line
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('S', 'v', 'm')`),
  );
  add(await ds.query(`SELECT format('extension %s', extname) AS line FROM pg_extension`));
  const tables: Array<{ name: string }> = await ds.query(`
      SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> 'migrations'`);
  for (const { name } of tables) {
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM "${name}"`);
    lines.push(`rows ${name} ${n}`);
  }
  return lines.sort();
}

// What `after` lost and gained compared with `before`.
export function snapshotDiff(before: string[], after: string[]) {
  const had = new Set(before);
  const has = new Set(after);
  return { missing: before.filter((l) => !has.has(l)), extra: after.filter((l) => !had.has(l)) };
}
