import { AuthUser, DomainError, flattenValidationErrors, StaleVersionError, VisibilityScope } from '@crm/server-core';
import { Logger } from '@nestjs/common';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';
import type { ImportRowError } from '../data-import.entity';

// A data row of the file: its spreadsheet row number and its values by API field name, converted
// to what the DTOs expect (empty cells left out).
export interface ImportRow {
  row: number;
  values: Record<string, unknown>;
}

export interface ImportContext {
  user: AuthUser;
  scope: VisibilityScope;
  dryRun: boolean;
  // Per-import lookups (dictionary labels, …), filled by importers as they need them.
  cache: Map<string, unknown>;
}

// Turns the rows of one batch into records through the API's own services. Each record is
// validated with the API's DTO class and saved by the service (its rules, transaction, audit
// entries and events), so an import does exactly what the same API calls would.
// Declared with @Importable (import-export.registry.ts), which names the entity and its columns.
export interface RowImporter {
  // Consecutive rows with the same key form one record (the lines of an order).
  groupKey?(row: ImportRow): string | undefined;
  importBatch(records: ImportRow[][], ctx: ImportContext, outcome: BatchOutcome): Promise<void>;
}

// A problem with one field of a row, or (field null) with the row as a whole.
export interface RowFieldError {
  field: string | null;
  message: string;
}

// A row refused by the importer itself (before any service call).
export class RowRejected extends Error {
  constructor(readonly errors: RowFieldError[]) {
    super(errors[0]?.message ?? 'rejected');
  }
}

export const reject = (field: string | null, message: string) => new RowRejected([{ field, message }]);

const logger = new Logger('Imports');

// Counts and errors of one batch. `run` imports one record and files its failure, if any.
export class BatchOutcome {
  created = 0;
  updated = 0;
  failed = 0;
  readonly errors: ImportRowError[] = [];

  // `locate` maps an error to the row it belongs to (order lines) and the file's field name.
  async run(
    row: number,
    work: () => Promise<'created' | 'updated'>,
    locate: (e: RowFieldError) => { row: number; field: string | null } = (e) => ({ row, field: e.field }),
  ): Promise<boolean> {
    try {
      const result = await work();
      this[result]++;
      return true;
    } catch (e) {
      const errors = rowErrorsOf(e);
      if (!errors) throw e;
      this.failed++;
      // One entry per row and field; several broken rules of one field are joined.
      const byField = new Map<string, ImportRowError>();
      for (const error of errors) {
        const at = locate(error);
        const key = `${at.row}\u0000${at.field}`;
        const seen = byField.get(key);
        if (!seen) byField.set(key, { ...at, message: error.message });
        else if (!seen.message.split('; ').includes(error.message)) seen.message += `; ${error.message}`;
      }
      this.errors.push(...byField.values());
      return false;
    }
  }

  // A row that failed without a record attempt (e.g. scattered order lines).
  fail(row: number, field: string | null, message: string) {
    this.failed++;
    this.errors.push({ row, field, message });
  }
}

// What a failed record reports. Unknown failures (a lost connection) are not the row's fault and
// end the import instead, so the job can retry.
export function rowErrorsOf(e: unknown): RowFieldError[] | null {
  if (e instanceof RowRejected) return e.errors;
  if (e instanceof StaleVersionError || e instanceof OptimisticLockVersionMismatchError)
    return [
      { field: null, message: 'The record was changed by someone else during the import; import this row again' },
    ];
  if (e instanceof DomainError) return e.errors.length ? e.errors : [{ field: null, message: e.message }];
  if (e instanceof QueryFailedError) {
    logger.error(`import row failed in the database: ${e.message}`);
    return [{ field: null, message: 'The database refused this row' }];
  }
  return null;
}

// The API's validation for a DTO class: the same transforms, whitelist and messages.
export async function validateDto<T extends object>(
  cls: ClassConstructor<T>,
  plain: Record<string, unknown>,
): Promise<T> {
  const dto = plainToInstance(cls, plain, { enableImplicitConversion: false });
  const errors = await validate(dto, {
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: false, value: false },
  });
  if (errors.length) throw new RowRejected(flattenValidationErrors(errors));
  return dto;
}

export const isVisibleTo = (scope: VisibilityScope, ownerId: string | null) =>
  scope.kind === 'all' || (!!ownerId && scope.userIds.includes(ownerId));

export const textValue = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;

export const distinct = (values: Array<string | undefined>): string[] => [
  ...new Set(values.filter((v): v is string => !!v)),
];

// ownerEmail → ownerId (active users only), for every row of a batch at once.
export async function resolveOwnerEmails(ds: DataSource, rows: ImportRow[]): Promise<Map<string, string>> {
  const emails = distinct(rows.map((r) => textValue(r.values.ownerEmail)?.toLowerCase()));
  if (!emails.length) return new Map();
  const found: Array<{ id: string; email: string }> = await ds.query(
    `SELECT id, lower(email) AS email FROM users WHERE active AND lower(email) = ANY($1::text[])`,
    [emails],
  );
  return new Map(found.map((u) => [u.email, u.id]));
}

// Replaces ownerEmail by the ownerId it names.
export function applyOwnerEmail(values: Record<string, unknown>, owners: Map<string, string>) {
  if (values.ownerEmail === undefined) return;
  const email = textValue(values.ownerEmail)?.toLowerCase();
  delete values.ownerEmail;
  if (values.ownerId !== undefined) throw reject('ownerEmail', 'give ownerId or ownerEmail, not both');
  const id = email ? owners.get(email) : undefined;
  if (!id) throw reject('ownerEmail', `no active user signs in with ${email}`);
  values.ownerId = id;
}

// Records handled at once. Each record is its own transaction in its service, so a few in flight
// hide the round trips; the pool keeps room for everyone else.
export const IMPORT_CONCURRENCY = 4;

// Runs `work` over the items, several lanes at a time. Items with the same key share a lane and
// run in file order (a code appearing twice, the contacts of one customer); items without a key
// each get their own. Stops taking new items once one has thrown.
export async function inLanes<T>(
  items: T[],
  keyOf: (item: T) => string | undefined,
  work: (item: T) => Promise<void>,
  concurrency = IMPORT_CONCURRENCY,
): Promise<void> {
  const lanes = new Map<string, T[]>();
  items.forEach((item, i) => {
    const key = keyOf(item) ?? `\u0000${i}`;
    const lane = lanes.get(key);
    if (lane) lane.push(item);
    else lanes.set(key, [item]);
  });
  const queue = [...lanes.values()];
  let failed = false;
  const runner = async () => {
    for (let lane = queue.shift(); lane && !failed; lane = queue.shift()) {
      for (const item of lane) {
        try {
          await work(item);
        } catch (e) {
          failed = true;
          throw e;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, runner));
}
