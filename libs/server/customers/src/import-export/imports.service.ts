import {
  Actor,
  ApiKey,
  ApiKeysService,
  AppConfig,
  AuthUser,
  cleanFileName,
  fieldError,
  FieldError,
  ForbiddenError,
  hasPermission,
  InvalidInputError,
  JobsDisabledError,
  JobsService,
  likePattern,
  Locale,
  msg,
  NotFoundError,
  Page,
  paginate,
  PermissionsService,
  requestContext,
  type RunHandle,
  type RunResult,
  toLocalisable,
  translate,
  User,
} from '@crm/server-core';
import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { Repository } from 'typeorm';
import { DataImport, ImportStatus } from './data-import.entity';
import {
  ImportableEntitiesDto,
  ImportDto,
  ImportSummaryDto,
  ImportTemplateQueryDto,
  ListImportsQueryDto,
  StartImportDto,
  toImportDto,
  toImportSummaryDto,
} from './dto/import.dto';
import { HeaderError, type ImportColumn, mapHeader } from './import-columns';
import { ImportExportRegistry, type RegisteredImporter } from './import-export.registry';
import { importTemplate } from './import-template';
import { ImportFileError, ImportRunner, importsRoot } from './import-runner.service';
import { RunImportJob } from './imports.jobs';
import { countDataRows, isBlank, readTable, TableFormat, TableReadError } from './tabular-reader';

// Files up to this many data rows are imported during the request; larger ones by the worker.
export const SYNC_IMPORT_ROWS = 1000;
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface UploadedImportFile {
  originalname: string;
  size: number;
  path: string;
}

// Starting imports, their reports and templates. The rows themselves are imported by ImportRunner.
@Injectable()
export class ImportsService {
  constructor(
    @InjectRepository(DataImport) private readonly imports: Repository<DataImport>,
    @Inject(ImportRunner) private readonly runner: ImportRunner,
    @Inject(JobsService) private readonly jobs: JobsService,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(ApiKeysService) private readonly apiKeys: ApiKeysService,
    @Inject(PermissionsService) private readonly permissions: PermissionsService,
    @Inject(ImportExportRegistry) private readonly registry: ImportExportRegistry,
  ) {}

  // What the import wizard offers this user: each entity they may import, its columns and template.
  listImportableEntities(user: AuthUser, locale: Locale): ImportableEntitiesDto {
    return {
      data: this.registry
        .importables()
        .filter((e) => mayImport(user, e))
        .map((e) => ({
          entity: e.name,
          label: translate(locale, e.label),
          columns: e.columns.map((c) => columnInfo(c, locale)),
          template: `/api/v1/imports/template?entity=${encodeURIComponent(e.name)}`,
        })),
    };
  }

  // Small files are imported now (the report comes back); larger ones are queued (status queued).
  async startImport(dto: StartImportDto, file: UploadedImportFile | undefined, user: AuthUser): Promise<ImportDto> {
    try {
      if (!file)
        throw new InvalidInputError(msg('validation_failed.attach_file'), [fieldError('file', 'field.required')]);
      const entity = this.registry.importable(dto.entity);
      assertMayImport(user, entity);
      const format = formatOf(file.originalname);
      const rows = await this.checkFile(file.path, format, entity);
      const background = rows > SYNC_IMPORT_ROWS;
      if (background && !this.jobs.enabled) throw new JobsDisabledError();
      const id = randomUUID();
      const now = new Date();
      const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}.${format}`;
      const target = join(importsRoot(this.config), storageKey);
      await mkdir(dirname(target), { recursive: true });
      await rename(file.path, target);
      let imp = await this.imports.save(
        this.imports.create({
          id,
          entity: dto.entity,
          fileName: cleanFileName(file.originalname),
          format,
          storageKey,
          dryRun: dto.dryRun ?? false,
          status: ImportStatus.Queued,
          createdById: user.id,
          apiKeyId: user.kind === 'api_key' ? (user.apiKeyId ?? null) : null,
        }),
      );
      if (!background) {
        imp = await this.runner.run(id, user, { final: true }).catch(async (e) => {
          if (e instanceof ImportFileError) return this.imports.findOneByOrFail({ id });
          throw e;
        });
        return toImportDto(imp);
      }
      try {
        await this.jobs.enqueue(RunImportJob, { importId: id }, { jobId: id });
      } catch (e) {
        await this.imports.update(id, {
          status: ImportStatus.Failed,
          error: 'Could not queue the import',
          finishedAt: new Date(),
        });
        throw e;
      }
      return toImportDto(imp);
    } finally {
      // Moved away when accepted; removed when anything above refused it.
      if (file) await rm(file.path, { force: true });
    }
  }

  async getImport(id: string, user: AuthUser): Promise<ImportDto> {
    const imp = await this.imports.findOneBy({ id });
    if (!imp || !mayRead(user, imp)) throw new NotFoundError('Import', id);
    return toImportDto(imp);
  }

  listImports(query: ListImportsQueryDto, user: AuthUser): Promise<Page<ImportSummaryDto>> {
    const qb = this.imports.createQueryBuilder('i');
    if (!hasPermission(user, 'imports.read.any')) qb.andWhere('i.createdById = :me', { me: user.id });
    if (query.entity) qb.andWhere('i.entity = :entity', { entity: this.registry.importable(query.entity).name });
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.q) qb.andWhere('i.fileName ILIKE :q', { q: likePattern(query.q.trim()) });
    return paginate(qb, query, { sortable: { createdAt: 'i.createdAt' } }, toImportSummaryDto);
  }

  importTemplate(query: ImportTemplateQueryDto): Promise<StreamableFile> {
    const entity = this.registry.importable(query.entity);
    return importTemplate(entity.name, entity.columns, query.format ?? 'csv');
  }

  // The job's side. The uploader is reloaded (a deactivated user or revoked key stops the import)
  // and is the actor of every audit entry the import writes.
  async runQueuedImport(importId: string, final: boolean, run?: RunHandle): Promise<RunResult> {
    const imp = await this.imports.findOneBy({ id: importId });
    if (!imp) return { processed: 0 };
    const user = await this.uploader(imp);
    if (!user) {
      await this.imports.update(importId, {
        status: ImportStatus.Failed,
        error: 'The user who started the import may no longer import these records',
        finishedAt: new Date(),
      });
      return { processed: 0 };
    }
    const actor: Actor = {
      id: user.kind === 'api_key' ? (user.apiKeyId ?? null) : user.id,
      kind: user.kind,
      name: user.name,
    };
    const done = await requestContext
      .run({ actor, requestId: `import:${importId}` }, () => this.runner.run(importId, user, { final, run }))
      .catch(async (e) => {
        // A file that cannot be read is reported on the import; retrying cannot help.
        if (e instanceof ImportFileError) return this.imports.findOneByOrFail({ id: importId });
        throw e;
      });
    return {
      processed: done.created + done.updated,
      failed: done.failed,
      summary: { importId, status: done.status, created: done.created, updated: done.updated },
    };
  }

  async uploader(imp: DataImport): Promise<AuthUser | null> {
    const m = this.imports.manager;
    let principal: AuthUser | null = null;
    if (imp.apiKeyId) {
      const key = await m.findOneBy(ApiKey, { id: imp.apiKeyId });
      if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= new Date())) return null;
      principal = await this.apiKeys.principalFor(key).catch(() => null);
    } else {
      const user = imp.createdById ? await m.findOneBy(User, { id: imp.createdById, active: true }) : null;
      if (!user) return null;
      principal = {
        id: user.id,
        email: user.email,
        name: user.name,
        roles: user.roles,
        permissions: this.permissions.forRoles(user.roles),
        departmentId: user.departmentId,
        kind: 'user',
      };
    }
    const entity = this.registry.findImportable(imp.entity);
    return principal && entity && mayImport(principal, entity) ? principal : null;
  }

  // Reads the header (and counts rows up to the sync limit) before anything is stored.
  private async checkFile(path: string, format: TableFormat, entity: RegisteredImporter): Promise<number> {
    try {
      for await (const { cells } of readTable(path, format)) {
        if (isBlank(cells)) continue;
        mapHeader(
          entity.name,
          entity.columns,
          cells.map((c) => (c === null ? '' : String(c))),
        );
        break;
      }
      const rows = await countDataRows(path, format, SYNC_IMPORT_ROWS);
      if (!rows) throw new HeaderError(msg('import.no_data_rows'));
      return rows;
    } catch (e) {
      if (e instanceof HeaderError || e instanceof TableReadError) {
        const error: FieldError = { field: 'file', ...toLocalisable(e.text) };
        throw new InvalidInputError(error, [error]);
      }
      throw e;
    }
  }
}

const mayImport = (user: AuthUser, entity: RegisteredImporter) => hasPermission(user, entity.permission);

function assertMayImport(user: AuthUser, entity: RegisteredImporter) {
  if (!mayImport(user, entity)) throw new ForbiddenError(msg('forbidden.import', { entity: entity.name }));
}

const columnInfo = (c: ImportColumn, locale: Locale) => ({
  field: c.field,
  label: locale === 'zh' ? c.zh : c.en,
  type: c.type,
  required: c.required ?? false,
  note: c.note ?? null,
});

const mayRead = (user: AuthUser, imp: DataImport) =>
  hasPermission(user, 'imports.read.any') || imp.createdById === user.id;

function formatOf(fileName: string): TableFormat {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  throw new InvalidInputError(msg('validation_failed.import_format'), [fieldError('file', 'field.csv_or_xlsx_file')]);
}
