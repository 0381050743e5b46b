import {
  AuthUser,
  DomainError,
  fieldError,
  flattenValidationErrors,
  ForbiddenError,
  hasPermission,
  InvalidInputError,
  invalidFields,
  ListQueryDto,
  Locale,
  msg,
  Page,
  RuleViolationError,
  translate,
} from '@crm/server-core';
import { Inject, Injectable, Logger, StreamableFile } from '@nestjs/common';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { PassThrough } from 'node:stream';
import { ExportableListsDto } from './dto/export.dto';
import { ImportExportRegistry, RegisteredExport } from './import-export.registry';
import { TABLE_FORMATS, TableFormat } from './tabular-reader';
import { CONTENT_TYPES, createSheetWriter, SheetValue } from './tabular-writer';

export const MAX_EXPORT_ROWS = 100_000;
const PAGE_SIZE = 1000;
// Where @nestjs/swagger keeps a DTO's documented properties, in declaration order.
const SWAGGER_PROPERTIES = 'swagger/apiModelPropertiesArray';

// Exports of list views: the same query parameters, filters and visibility as the list endpoint,
// read through the list service a page of 1,000 at a time and streamed out as CSV or XLSX.
@Injectable()
export class ExportsService {
  private readonly logger = new Logger('Exports');

  constructor(@Inject(ImportExportRegistry) private readonly registry: ImportExportRegistry) {}

  // What the export menu offers this user: each declared list they may export, in their language.
  listExportableLists(user: AuthUser, locale: Locale): ExportableListsDto {
    return {
      data: this.registry
        .exportables()
        .filter((e) => hasPermission(user, e.permission))
        .map((e) => ({ entity: e.name, label: translate(locale, e.label) })),
    };
  }

  // Checks the query and the size first (answering 400/422 as problem details), then streams.
  async exportList(entity: string, params: Record<string, unknown>, user: AuthUser): Promise<StreamableFile> {
    const source = this.registry.findExportable(entity);
    if (!source)
      throw new DomainError(
        404,
        'not_found',
        msg('not_found.export', {
          entity,
          entities: this.registry
            .exportables()
            .map((e) => e.name)
            .join(', '),
        }),
      );
    if (!hasPermission(user, source.permission))
      throw new ForbiddenError(msg('forbidden.permission', { permission: source.permission }));
    // page and pageSize belong to the list view, not to its export.
    const { format = 'csv', page: _page, pageSize: _pageSize, ...filters } = params;
    if (!TABLE_FORMATS.includes(format as TableFormat)) {
      const error = fieldError('format', 'field.csv_or_xlsx');
      throw new InvalidInputError(error, [error]);
    }
    const query = await validateQuery(source.query, filters);
    const first = await source.source.list(Object.assign(query, { page: 1, pageSize: PAGE_SIZE }), user);
    if (first.total > MAX_EXPORT_ROWS)
      throw new RuleViolationError('export_too_large', {
        total: first.total.toLocaleString('en'),
        max: MAX_EXPORT_ROWS.toLocaleString('en'),
      });
    const columns = columnsOf(source.dto, first.data[0]);
    const out = new PassThrough();
    const fileName = `${entity}-${new Date().toISOString().slice(0, 10)}.${format}`;
    const file = new StreamableFile(out, {
      type: CONTENT_TYPES[format as TableFormat],
      disposition: `attachment; filename="${fileName}"`,
    });
    // Headers are gone by the time a later page fails: cut the connection so the client sees a
    // broken download, not a short file.
    file.setErrorHandler((e, res) => {
      this.logger.error(`export of ${entity} failed: ${e.message}`);
      if (res.destroy) res.destroy(e);
      else res.end();
    });
    void this.pump(source, query, first, columns, format as TableFormat, out, entity, user).catch((e: Error) =>
      out.destroy(e),
    );
    return file;
  }

  private async pump(
    source: RegisteredExport,
    query: ListQueryDto,
    first: Page<object>,
    columns: string[],
    format: TableFormat,
    out: PassThrough,
    entity: string,
    user: AuthUser,
  ) {
    const writer = createSheetWriter(format, out, { sheetName: entity, header: columns, numeric: source.numeric });
    let page = first;
    let written = 0;
    for (let n = 1; ; n++) {
      for (const item of page.data as Array<Record<string, unknown>>) {
        // The client went away.
        if (out.destroyed) return;
        await writer.writeRow(columns.map((c) => cellOf(item[c])));
      }
      written += page.data.length;
      if (page.data.length < PAGE_SIZE || written >= Math.min(first.total, MAX_EXPORT_ROWS)) break;
      page = await source.source.list(Object.assign(query, { page: n + 1, pageSize: PAGE_SIZE }), user);
      if (!page.data.length) break;
    }
    await writer.end();
  }
}

// The same checks the list endpoint's ValidationPipe makes, with the same messages.
async function validateQuery(cls: ClassConstructor<ListQueryDto>, params: Record<string, unknown>) {
  const query = plainToInstance(cls, params, { enableImplicitConversion: false });
  const errors = flattenValidationErrors(
    await validate(query, {
      whitelist: true,
      forbidNonWhitelisted: true,
      // The target lets the messages be translated (see flattenValidationErrors).
      validationError: { target: true, value: false },
    }),
  );
  if (errors.length) throw invalidFields(errors);
  return query;
}

// The DTO's documented fields in their order, plus any field a row has that the docs lack.
function columnsOf(dto: ClassConstructor<object>, sample?: object): string[] {
  const documented = ((Reflect.getMetadata(SWAGGER_PROPERTIES, dto.prototype) as string[] | undefined) ?? []).map((p) =>
    p.replace(/^:/, ''),
  );
  const extra = sample ? Object.keys(sample).filter((k) => !documented.includes(k)) : [];
  return [...documented, ...extra];
}

// Lists and objects (tags, custom fields, order lines) as JSON; dates as ISO text.
function cellOf(value: unknown): SheetValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}
