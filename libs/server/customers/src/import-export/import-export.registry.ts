import {
  AuthUser,
  contributionKind,
  ContributionsService,
  fieldError,
  InvalidInputError,
  ListQueryDto,
  MessageKey,
  Page,
} from '@crm/server-core';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { ClassConstructor } from 'class-transformer';
import type { ImportColumn } from './import-columns';
import type { RowImporter } from './importers/importer';

// An entity the import wizard offers, declared on its RowImporter provider (listed in the lib's module):
//   @Injectable() @Importable({ name: 'opportunities', label: 'records.opportunities', columns, permission: 'sales.import' })
//   export class OpportunityImporter implements RowImporter { … }
// `name` is what POST /imports and the template take; `columns` the header cells a file may have;
// `permission` what importing it needs (on top of imports.run, which the routes need).
export interface ImportableDefinition {
  name: string;
  label: MessageKey;
  columns: ImportColumn[];
  permission: string;
}

export const Importable = contributionKind<ImportableDefinition>('importable entity');

// A list view GET /exports/<name> streams as CSV/XLSX, declared on its ExportSource provider:
// the list endpoint's query DTO (same filters, same validation), its row DTO (the columns), the
// permission exporting it needs on top of reading it, and the list service call (same visibility).
export interface ExportableDefinition {
  name: string;
  label: MessageKey;
  permission: string;
  query: ClassConstructor<ListQueryDto>;
  // The DTO the list endpoint answers with; its documented fields are the columns, in order.
  dto: ClassConstructor<object>;
  // Money (decimal strings), written as numbers in XLSX.
  numeric?: string[];
}

export interface ExportSource {
  list(query: ListQueryDto, user: AuthUser): Promise<Page<object>>;
}

export const Exportable = contributionKind<ExportableDefinition>('exportable list');

export interface RegisteredImporter extends ImportableDefinition {
  importer: RowImporter;
}

export interface RegisteredExport extends ExportableDefinition {
  source: ExportSource;
}

// The importable entities and exportable lists every lib declared; the import runner, the imports
// service and the exports service read them, so a new lib edits none of them.
@Injectable()
export class ImportExportRegistry implements OnModuleInit {
  private readonly importers = new Map<string, RegisteredImporter>();
  private readonly exports = new Map<string, RegisteredExport>();

  constructor(@Inject(ContributionsService) private readonly contributions: ContributionsService) {}

  onModuleInit() {
    for (const { meta, instance } of this.contributions.collect<ImportableDefinition, RowImporter>(Importable))
      this.importers.set(meta.name, { ...meta, importer: instance });
    for (const { meta, instance } of this.contributions.collect<ExportableDefinition, ExportSource>(Exportable))
      this.exports.set(meta.name, { ...meta, source: instance });
  }

  importables(): RegisteredImporter[] {
    return [...this.importers.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  exportables(): RegisteredExport[] {
    return [...this.exports.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  findImportable(name: string): RegisteredImporter | undefined {
    return this.importers.get(name);
  }

  findExportable(name: string): RegisteredExport | undefined {
    return this.exports.get(name);
  }

  // 400 naming the valid entities when `name` is none of them.
  importable(name: string, field = 'entity'): RegisteredImporter {
    const found = this.importers.get(name);
    if (found) return found;
    const error = fieldError(field, 'field.one_of', { values: [...this.importers.keys()].sort().join(', ') });
    throw new InvalidInputError(error, [error]);
  }
}
