import type { EntityMetadata, ObjectLiteral } from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];
import type { AuditChanges } from './audit-log-entry.entity';

// Columns whose values say nothing a reader needs: keys and bookkeeping.
function auditedColumns(metadata: EntityMetadata, ignore: string[]): ColumnMetadata[] {
  const seen = new Set<string>();
  return metadata.columns.filter((c) => {
    if (c.isPrimary || c.isCreateDate || c.isUpdateDate || c.isVersion || c.isDeleteDate) return false;
    if (ignore.includes(c.propertyPath) || seen.has(c.databaseName)) return false;
    seen.add(c.databaseName);
    return true;
  });
}

// JSON-safe and comparable: dates as ISO strings, undefined as "not loaded".
function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return undefined;
  return value;
}

const valueOf = (column: ColumnMetadata, entity: ObjectLiteral | undefined) =>
  entity ? normalise(column.getEntityValue(entity)) : undefined;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// Every audited field with a value, before null (create).
export function changesOnCreate(metadata: EntityMetadata, entity: ObjectLiteral, ignore: string[]): AuditChanges {
  const changes: AuditChanges = {};
  for (const c of auditedColumns(metadata, ignore)) {
    const after = valueOf(c, entity);
    if (after !== undefined && after !== null) changes[c.propertyPath] = { before: null, after };
  }
  return changes;
}

// Every audited field with a value, after null (delete or soft delete).
export function changesOnDelete(metadata: EntityMetadata, entity: ObjectLiteral, ignore: string[]): AuditChanges {
  const changes: AuditChanges = {};
  for (const c of auditedColumns(metadata, ignore)) {
    const before = valueOf(c, entity);
    if (before !== undefined && before !== null) changes[c.propertyPath] = { before, after: null };
  }
  return changes;
}

// Only the fields whose value changed; a field the caller did not set is unchanged.
export function changesOnUpdate(
  metadata: EntityMetadata,
  before: ObjectLiteral,
  after: ObjectLiteral,
  ignore: string[],
): AuditChanges {
  const changes: AuditChanges = {};
  for (const c of auditedColumns(metadata, ignore)) {
    const next = valueOf(c, after);
    if (next === undefined) continue;
    const previous = valueOf(c, before) ?? null;
    if (!same(previous, next)) changes[c.propertyPath] = { before: previous, after: next };
  }
  return changes;
}
