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
  msg,
  NotFoundError,
  Page,
  paginate,
  PermissionsService,
  requestContext,
  type RunHandle,
  type RunResult,
  toLocalisable,
  User,
} from '@crm/server-core';
import type { CustomersPermission } from '../permissions';
import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { Repository } from 'typeorm';
import { DataImport, ImportStatus } from './data-import.entity';
import {
  ImportDto,
  ImportSummaryDto,
  ImportTemplateQueryDto,
  ListImportsQueryDto,
  StartImportDto,
  toImportDto,
  toImportSummaryDto,
} from './dto/import.dto';
import { HeaderError, ImportEntity, mapHeader } from './import-columns';
import { importTemplate } from './import-template';
import { ImportFileError, ImportRunner, importsRoot } from './import-runner.service';
import { RunImportJob } from './imports.jobs';
import { countDataRows, isBlank, readTable, TableFormat, TableReadError } from './tabular-reader';

// Files up to this many data rows are imported during the request; larger ones by the worker.
export const SYNC_IMPORT_ROWS = 1000;
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

// The permission importing each entity needs (the route itself needs imports.run).
export const IMPORT_PERMISSIONS: Record<ImportEntity, CustomersPermission> = {
  customers: 'imports.run',
  contacts: 'imports.run',
  orders: 'imports.run',
  products: 'imports.products',
};

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
  ) {}

  // Small files are imported now (the report comes back); larger ones are queued (status queued).
  async startImport(dto: StartImportDto, file: UploadedImportFile | undefined, user: AuthUser): Promise<ImportDto> {
    try {
      if (!file)
        throw new InvalidInputError(msg('validation_failed.attach_file'), [fieldError('file', 'field.required')]);
      assertMayImport(user, dto.entity);
      const format = formatOf(file.originalname);
      const rows = await this.checkFile(file.path, format, dto.entity);
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
    if (query.entity) qb.andWhere('i.entity = :entity', { entity: query.entity });
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.q) qb.andWhere('i.fileName ILIKE :q', { q: likePattern(query.q.trim()) });
    return paginate(qb, query, { sortable: { createdAt: 'i.createdAt' } }, toImportSummaryDto);
  }

  importTemplate(query: ImportTemplateQueryDto): Promise<StreamableFile> {
    return importTemplate(query.entity, query.format ?? 'csv');
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
    return principal && mayImport(principal, imp.entity) ? principal : null;
  }

  // Reads the header (and counts rows up to the sync limit) before anything is stored.
  private async checkFile(path: string, format: TableFormat, entity: ImportEntity): Promise<number> {
    try {
      for await (const { cells } of readTable(path, format)) {
        if (isBlank(cells)) continue;
        mapHeader(
          entity,
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

const mayImport = (user: AuthUser, entity: ImportEntity) => hasPermission(user, IMPORT_PERMISSIONS[entity]);

function assertMayImport(user: AuthUser, entity: ImportEntity) {
  if (!mayImport(user, entity)) throw new ForbiddenError(msg('forbidden.import', { entity }));
}

const mayRead = (user: AuthUser, imp: DataImport) =>
  hasPermission(user, 'imports.read.any') || imp.createdById === user.id;

function formatOf(fileName: string): TableFormat {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  throw new InvalidInputError(msg('validation_failed.import_format'), [fieldError('file', 'field.csv_or_xlsx_file')]);
}
