import { AppConfig, AuditService, AuthUser, msg, RecordVisibilityService, type RunHandle } from '@crm/server-core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { join } from 'node:path';
import { QueryDeepPartialEntity, Repository } from 'typeorm';
import { DataImport, ImportRowError, ImportStatus } from './data-import.entity';
import { HeaderError, HeaderMapping, mapHeader } from './import-columns';
import { ImportExportRegistry } from './import-export.registry';
import { ImportEvents, ImportFinishedEvent } from './import.events';
import { convertCell } from './import-values';
import { BatchOutcome, ImportContext, ImportRow } from './importers/importer';
import { countDataRows, isBlank, readTable, TableReadError } from './tabular-reader';

// Rows handed to an importer at once; progress and the report are saved after each batch.
export const BATCH_ROWS = 500;
// Row errors kept in the report (errorCount counts them all).
export const MAX_STORED_ERRORS = 1000;

// The file itself is unusable (no header, not a spreadsheet): retrying cannot help.
export class ImportFileError extends Error {}

export const importsRoot = (config: AppConfig) => join(config.dataDir, 'imports');

// Runs one import from its stored file: streams the rows, hands them to the entity's importer in
// batches, and keeps the report (counts, errors, progress) current after each batch. A run that
// stopped half-way (worker died, database gone) resumes after the last saved batch.
@Injectable()
export class ImportRunner {
  private readonly logger = new Logger('Imports');

  constructor(
    @InjectRepository(DataImport) private readonly imports: Repository<DataImport>,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(RecordVisibilityService) private readonly visibility: RecordVisibilityService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(EventEmitter2) private readonly events: EventEmitter2,
    @Inject(ImportExportRegistry) private readonly registry: ImportExportRegistry,
  ) {}

  // `final`: no retry will follow, so any failure marks the import failed.
  async run(importId: string, user: AuthUser, options: { final: boolean; run?: RunHandle }): Promise<DataImport> {
    const imp = await this.imports.findOneByOrFail({ id: importId });
    if (imp.status === ImportStatus.Completed || imp.status === ImportStatus.Failed) return imp;
    const path = join(importsRoot(this.config), imp.storageKey);
    try {
      if (imp.totalRows === null) imp.totalRows = await countDataRows(path, imp.format);
      await this.save(imp, {
        status: ImportStatus.Running,
        startedAt: imp.startedAt ?? new Date(),
        totalRows: imp.totalRows,
      });
      await this.process(imp, path, user, options.run);
      await this.save(imp, { status: ImportStatus.Completed, finishedAt: new Date() });
      if (!imp.dryRun) await this.recordAudit(imp);
      this.finished(imp);
      return imp;
    } catch (e) {
      const fileProblem = e instanceof HeaderError || e instanceof TableReadError || e instanceof ImportFileError;
      if (fileProblem || options.final) {
        await this.save(imp, {
          status: ImportStatus.Failed,
          finishedAt: new Date(),
          error: fileProblem
            ? (e as Error).message
            : 'The import stopped because of an internal error; it can be started again',
        });
        if (!fileProblem) this.logger.error(`import ${imp.id} failed: ${(e as Error).stack ?? e}`);
        if (!imp.dryRun && imp.processedRows) await this.recordAudit(imp);
        this.finished(imp);
      }
      throw fileProblem ? new ImportFileError((e as Error).message) : e;
    }
  }

  private finished(imp: DataImport) {
    const event: ImportFinishedEvent = { id: imp.id };
    this.events.emit(ImportEvents.Finished, event);
  }

  private async process(imp: DataImport, path: string, user: AuthUser, run?: RunHandle) {
    // An entity whose lib is no longer loaded cannot be imported; the import fails with that reason.
    const entity = this.registry.findImportable(imp.entity);
    if (!entity) throw new ImportFileError(`Records of type "${imp.entity}" can no longer be imported`);
    const { importer } = entity;
    const ctx: ImportContext = {
      user,
      scope: await this.visibility.scopeFor(user),
      dryRun: imp.dryRun,
      cache: new Map(),
    };
    let mapping: HeaderMapping | undefined;
    let batch: ImportRow[][] = [];
    let batchRows = 0;
    let open: { key: string; rows: ImportRow[] } | undefined;
    // Order numbers whose rows are done; seeing one again means its rows are not consecutive.
    const closed = new Set<string>();
    const scattered: ImportRowError[] = [];

    const flush = async (lastRow: number) => {
      const outcome = new BatchOutcome();
      if (batch.length) await importer.importBatch(batch, ctx, outcome);
      for (const e of scattered) outcome.fail(e.row, e.field, e.message);
      await this.saveBatch(imp, outcome, batchRows, lastRow, run);
      batch = [];
      batchRows = 0;
      scattered.length = 0;
    };
    const closeGroup = () => {
      if (!open) return;
      batch.push(open.rows);
      closed.add(open.key);
      open = undefined;
    };

    let lastRow = imp.lastRow;
    for await (const { row, cells } of readTable(path, imp.format)) {
      if (isBlank(cells)) continue;
      if (!mapping) {
        mapping = mapHeader(
          imp.entity,
          entity.columns,
          cells.map((c) => (c === null ? '' : String(c))),
        );
        if (!imp.ignoredColumns.length && mapping.ignored.length)
          await this.save(imp, { ignoredColumns: mapping.ignored });
        continue;
      }
      // Already imported by an earlier attempt.
      if (row <= imp.lastRow) continue;
      const values: Record<string, unknown> = {};
      for (const [index, column] of mapping.columns) {
        const value = convertCell(cells[index] ?? null, column.type);
        if (value !== undefined) values[column.field] = value;
      }
      const record: ImportRow = { row, values };
      const key = importer.groupKey?.(record);
      if (key !== undefined && open?.key === key) open.rows.push(record);
      else {
        // A batch ends between records, never inside one.
        closeGroup();
        if (batchRows >= BATCH_ROWS) await flush(lastRow);
        if (key === undefined) batch.push([record]);
        else if (closed.has(key))
          scattered.push({ row, field: 'number', message: `the rows of order ${key} must be consecutive` });
        else open = { key, rows: [record] };
      }
      batchRows++;
      lastRow = row;
    }
    if (!mapping) throw new HeaderError(msg('import.empty_file'));
    closeGroup();
    await flush(lastRow);
  }

  private async saveBatch(imp: DataImport, outcome: BatchOutcome, rows: number, lastRow: number, run?: RunHandle) {
    const errors = [...imp.errors, ...outcome.errors.sort((a, b) => a.row - b.row)].slice(0, MAX_STORED_ERRORS);
    await this.save(imp, {
      created: imp.created + outcome.created,
      updated: imp.updated + outcome.updated,
      failed: imp.failed + outcome.failed,
      errorCount: imp.errorCount + outcome.errors.length,
      errors,
      processedRows: imp.processedRows + rows,
      lastRow,
    });
    const total = imp.totalRows || 1;
    await run?.progress((imp.processedRows / total) * 100, {
      processed: imp.created + imp.updated,
      failed: imp.failed,
    });
  }

  private async save(imp: DataImport, changes: Partial<DataImport>) {
    Object.assign(imp, changes);
    await this.imports.update(imp.id, changes as QueryDeepPartialEntity<DataImport>);
  }

  // One entry for the import as a whole; each record's own entries come from the services.
  private recordAudit(imp: DataImport) {
    const after = (value: unknown) => ({ before: null, after: value });
    return this.audit.record({
      entity: 'imports',
      entityId: imp.id,
      action: 'create',
      changes: {
        entity: after(imp.entity),
        fileName: after(imp.fileName),
        status: after(imp.status),
        totalRows: after(imp.totalRows),
        created: after(imp.created),
        updated: after(imp.updated),
        failed: after(imp.failed),
      },
    });
  }
}
