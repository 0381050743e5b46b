import { DataSource, EntityMetadata } from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];

// Compares what TypeORM's entities declare with the schema the migrations built (pg_catalog), and
// says what differs as one line per difference, starting with `table` or `table.column`.
// Used by the schema-drift test over every entity the app knows.

interface DbColumn {
  table: string;
  column: string;
  type: string;
  notNull: boolean;
  default: string | null;
  generated: boolean;
  identity: boolean;
}

interface DbIndex {
  table: string;
  name: string;
  unique: boolean;
  primary: boolean;
  partial: boolean;
  // null for an expression (e.g. lower(email)).
  columns: Array<string | null>;
}

interface DbConstraint {
  table: string;
  name: string;
  kind: 'c' | 'f' | 'u' | 'p' | 'x';
  refTable: string | null;
}

export interface SchemaDriftOptions {
  // Tables the migrations own without an entity (TypeORM's own `migrations` table is always ignored).
  tablesWithoutEntity?: string[];
  // Only compare these tables (a test that maps a few entities); default: every table of the database.
  onlyTables?: string[];
}

async function readSchema(ds: DataSource) {
  const columns: DbColumn[] = (
    await ds.query(`
      SELECT c.relname::text AS table, a.attname::text AS column, format_type(a.atttypid, a.atttypmod) AS type,
             a.attnotnull AS "notNull", pg_get_expr(d.adbin, d.adrelid) AS default,
             a.attgenerated <> '' AS generated, a.attidentity <> '' AS identity
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped`)
  ).map((r: DbColumn) => ({ ...r }));
  const indexes: DbIndex[] = await ds.query(`
      SELECT t.relname::text AS table, i.relname::text AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
             ix.indpred IS NOT NULL AS partial,
             ARRAY(SELECT a.attname::text FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                   LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
      FROM pg_index ix
      JOIN pg_class i ON i.oid = ix.indexrelid
      JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = current_schema()`);
  const constraints: DbConstraint[] = await ds.query(`
      SELECT t.relname::text AS table, con.conname::text AS name, con.contype::text AS kind, r.relname::text AS "refTable"
      FROM pg_constraint con
      JOIN pg_class t ON t.oid = con.conrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      LEFT JOIN pg_class r ON r.oid = con.confrelid
      WHERE n.nspname = current_schema()`);
  return { columns, indexes, constraints };
}

// "character varying(200)[]" → base "character varying", modifier "(200)", array true.
function splitType(type: string) {
  const array = type.endsWith('[]');
  const bare = array ? type.slice(0, -2) : type;
  const modifier = /\(([^)]*)\)/.exec(bare)?.[1];
  const base = bare
    .replace(/\([^)]*\)/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { base, modifier, array };
}

// Casts and outer parentheses are how PostgreSQL prints defaults, not part of their meaning.
function normalizeDefault(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  let v = value.trim();
  while (/^\(.*\)$/.test(v) && balanced(v.slice(1, -1))) v = v.slice(1, -1).trim();
  v = v.replace(/::[a-z_ ]+(\(\d+(,\d+)?\))?(\[\])?/gi, '');
  // TypeORM quotes numbers ('0'); PostgreSQL prints them bare.
  v = v.replace(/^'(-?\d+(\.\d+)?)'$/, '$1');
  return v.toLowerCase().replace(/\s+/g, ' ');
}

function balanced(s: string) {
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function expectedType(ds: DataSource, column: ColumnMetadata): { base: string; modifier?: string } {
  const base = ds.driver.normalizeType(column);
  if (column.length) return { base, modifier: String(column.length) };
  if (column.precision !== undefined && column.precision !== null) {
    return {
      base,
      modifier: column.scale !== undefined ? `${column.precision},${column.scale}` : `${column.precision}`,
    };
  }
  return { base };
}

// PostgreSQL's names for the types TypeORM normalises to (timestamptz stays "timestamp with time zone").
const TYPE_ALIASES: Record<string, string> = {
  int: 'integer',
  int4: 'integer',
  int8: 'bigint',
  int2: 'smallint',
  bool: 'boolean',
  float8: 'double precision',
  float4: 'real',
  varchar: 'character varying',
  decimal: 'numeric',
  timestamptz: 'timestamp with time zone',
  timestamp: 'timestamp without time zone',
};
const pgType = (t: string) => TYPE_ALIASES[t] ?? t;

function compareColumn(ds: DataSource, table: string, column: ColumnMetadata, db: DbColumn, problems: string[]) {
  const where = `${table}.${column.databaseName}`;
  const actual = splitType(db.type);
  const expected = expectedType(ds, column);
  if (ds.driver.normalizeType(column) === 'enum' || column.enum) {
    if (!/^[a-z_]/.test(actual.base)) problems.push(`${where}: enum on the entity, ${db.type} in the database`);
  } else if (pgType(expected.base) !== actual.base) {
    problems.push(`${where}: type ${expected.base} on the entity, ${db.type} in the database`);
  } else if (expected.modifier !== undefined && expected.modifier !== actual.modifier) {
    problems.push(`${where}: type ${expected.base}(${expected.modifier}) on the entity, ${db.type} in the database`);
  } else if (expected.modifier === undefined && actual.modifier !== undefined && actual.base !== 'numeric') {
    problems.push(`${where}: type ${expected.base} on the entity, ${db.type} in the database`);
  }
  if (column.isArray !== actual.array) {
    problems.push(
      `${where}: ${column.isArray ? 'an array' : 'not an array'} on the entity, ${db.type} in the database`,
    );
  }
  if (column.isNullable === db.notNull) {
    problems.push(
      `${where}: ${column.isNullable ? 'nullable' : 'NOT NULL'} on the entity, ${db.notNull ? 'NOT NULL' : 'nullable'} in the database`,
    );
  }
  if (column.isGenerated) {
    const ok =
      column.generationStrategy === 'uuid'
        ? /uuid/i.test(db.default ?? '')
        : column.generationStrategy === 'increment'
          ? db.identity || /nextval/i.test(db.default ?? '')
          : true;
    if (!ok)
      problems.push(
        `${where}: generated (${column.generationStrategy}) on the entity, default ${db.default ?? 'none'} in the database`,
      );
    return;
  }
  if (column.generatedType || db.generated) {
    if (!column.generatedType !== !db.generated)
      problems.push(
        `${where}: ${db.generated ? 'a generated column in the database only' : 'generated on the entity only'}`,
      );
    return;
  }
  const expectedDefault = normalizeDefault(ds.driver.normalizeDefault(column) ?? null);
  const actualDefault = normalizeDefault(db.default);
  if (expectedDefault !== actualDefault) {
    problems.push(
      `${where}: default ${expectedDefault ?? 'none'} on the entity, ${actualDefault ?? 'none'} in the database`,
    );
  }
}

function compareEntity(
  ds: DataSource,
  meta: EntityMetadata,
  schema: Awaited<ReturnType<typeof readSchema>>,
  problems: string[],
) {
  const table = meta.tableName;
  const dbColumns = new Map(schema.columns.filter((c) => c.table === table).map((c) => [c.column, c]));
  if (!dbColumns.size) {
    problems.push(`${table}: entity ${meta.name} has no table in the migrated schema`);
    return;
  }
  const declared = new Set<string>();
  for (const column of meta.columns) {
    if (column.isVirtualProperty) continue;
    declared.add(column.databaseName);
    const db = dbColumns.get(column.databaseName);
    if (!db)
      problems.push(`${table}.${column.databaseName}: on entity ${meta.name}, no such column in the migrated schema`);
    else compareColumn(ds, table, column, db, problems);
  }
  for (const name of dbColumns.keys()) {
    if (!declared.has(name)) problems.push(`${table}.${name}: in the migrated schema, not on entity ${meta.name}`);
  }

  const dbIndexes = new Map(schema.indexes.filter((i) => i.table === table).map((i) => [i.name, i]));
  const dbConstraints = new Map(schema.constraints.filter((c) => c.table === table).map((c) => [c.name, c]));
  const known = new Set<string>();
  for (const index of meta.indices) {
    const name = index.name;
    known.add(name);
    const db = dbIndexes.get(name);
    if (!db) {
      problems.push(`${table}: index ${name} declared on entity ${meta.name} is missing from the migrated schema`);
      continue;
    }
    // synchronize: false means "the migration writes it by hand" (expressions, GIN, partial): only its existence is declared.
    if (index.synchronize === false) continue;
    const cols = index.columns.map((c) => c.databaseName);
    if (cols.join(',') !== db.columns.join(',')) {
      problems.push(
        `${table}: index ${name} is on (${cols.join(', ')}) on the entity, (${db.columns.join(', ')}) in the database`,
      );
    }
    if (index.isUnique !== db.unique) {
      problems.push(
        `${table}: index ${name} is ${index.isUnique ? 'unique' : 'not unique'} on the entity, ${db.unique ? 'unique' : 'not unique'} in the database`,
      );
    }
    if (!!index.where !== db.partial) {
      problems.push(
        `${table}: index ${name} is ${index.where ? 'partial' : 'not partial'} on the entity, ${db.partial ? 'partial' : 'not partial'} in the database`,
      );
    }
  }
  for (const unique of meta.uniques) {
    known.add(unique.name);
    const db = dbIndexes.get(unique.name);
    const cols = unique.columns.map((c) => c.databaseName);
    if (!db || !db.unique)
      problems.push(
        `${table}: unique constraint ${unique.name} (${cols.join(', ')}) declared on entity ${meta.name} is missing from the migrated schema`,
      );
    else if (cols.join(',') !== db.columns.join(','))
      problems.push(
        `${table}: unique ${unique.name} is on (${cols.join(', ')}) on the entity, (${db.columns.join(', ')}) in the database`,
      );
  }
  for (const index of dbIndexes.values()) {
    if (!index.primary && !known.has(index.name)) {
      problems.push(`${table}: index ${index.name} is in the migrated schema but not declared on entity ${meta.name}`);
    }
  }
  for (const check of meta.checks) {
    if (dbConstraints.get(check.name)?.kind !== 'c')
      problems.push(
        `${table}: check ${check.name} declared on entity ${meta.name} is missing from the migrated schema`,
      );
  }
  for (const fk of meta.foreignKeys) {
    const db = dbConstraints.get(fk.name);
    if (db?.kind !== 'f')
      problems.push(
        `${table}: foreign key ${fk.name} (${fk.columnNames.join(', ')}) declared on entity ${meta.name} is missing from the migrated schema`,
      );
    else if (db.refTable !== fk.referencedTablePath)
      problems.push(
        `${table}: foreign key ${fk.name} points at ${fk.referencedTablePath} on the entity, ${db.refTable} in the database`,
      );
  }
}

export async function schemaDrift(ds: DataSource, options: SchemaDriftOptions = {}): Promise<string[]> {
  const schema = await readSchema(ds);
  const problems: string[] = [];
  const entities = ds.entityMetadatas.filter((m) => m.tableType !== 'view' && m.tableType !== 'entity-child');
  const only = options.onlyTables && new Set(options.onlyTables);
  for (const meta of entities) {
    if (!only || only.has(meta.tableName)) compareEntity(ds, meta, schema, problems);
  }
  const mapped = new Set(entities.map((m) => m.tableName));
  const ignored = new Set(['migrations', ...(options.tablesWithoutEntity ?? [])]);
  for (const table of new Set(schema.columns.map((c) => c.table))) {
    if (!mapped.has(table) && !ignored.has(table) && (!only || only.has(table)))
      problems.push(`${table}: in the migrated schema, no entity maps it`);
  }
  // Anything else TypeORM itself would change (check expressions, foreign-key actions…).
  const { upQueries } = await ds.driver.createSchemaBuilder().log();
  const tables = new Set([...mapped, ...schema.columns.map((c) => c.table)]);
  for (const { query } of upQueries) {
    const names = [...query.matchAll(/"(\w+)"/g)].map((m) => m[1]);
    const table = names.find((n) => tables.has(n)) ?? names[0];
    if (!only || (table && only.has(table))) problems.push(`${table ?? '?'}: TypeORM would run: ${query}`);
  }
  return problems;
}
