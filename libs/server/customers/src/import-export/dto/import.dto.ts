import { ListQueryDto } from '@crm/server-core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';
import { DataImport, ImportRowError, ImportStatus } from '../data-import.entity';
import { TABLE_FORMATS, TableFormat } from '../tabular-reader';

// An importable entity: one of GET /imports/entities (every lib declares its own; the service
// answers 400 with the valid names for any other).
const ENTITY = { type: String, example: 'customers', description: 'An entity of GET /imports/entities' } as const;
const FORMAT_MESSAGE = `format must be one of: ${TABLE_FORMATS.join(', ')}`;

// The form fields sent with the file (multipart/form-data).
export class StartImportDto {
  @ApiProperty(ENTITY)
  @IsString({ message: 'entity must be text' })
  entity!: string;

  /** Check the file and report what would happen, without saving anything. */
  @ApiPropertyOptional({ type: Boolean, default: false })
  @IsOptional()
  @Transform(({ value }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  )
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}

// What the OpenAPI document shows for the upload body.
export class StartImportBodyDto extends StartImportDto {
  /** A .csv (UTF-8 or GB18030) or .xlsx file of at most 50 MB; the first row names the columns. */
  @ApiProperty({ type: 'string', format: 'binary' })
  file!: unknown;
}

export class ImportTemplateQueryDto {
  @ApiProperty(ENTITY)
  @IsString({ message: 'entity must be text' })
  entity!: string;

  @ApiPropertyOptional({ enum: TABLE_FORMATS, enumName: 'TableFormat', default: 'csv' })
  @IsOptional()
  @IsIn(TABLE_FORMATS, { message: FORMAT_MESSAGE })
  format?: TableFormat;
}

export class ListImportsQueryDto extends ListQueryDto {
  @ApiPropertyOptional(ENTITY)
  @IsOptional()
  @IsString({ message: 'entity must be text' })
  entity?: string;

  @ApiPropertyOptional({ enum: ImportStatus, enumName: 'ImportStatus' })
  @IsOptional()
  @IsIn(Object.values(ImportStatus), { message: `status must be one of: ${Object.values(ImportStatus).join(', ')}` })
  status?: ImportStatus;
}

export class ImportRowErrorDto {
  /** Spreadsheet row: the header is row 1, the first data row is 2. */
  @ApiProperty({ example: 2 }) row!: number;
  /** API field name, or null for the row as a whole. */
  @ApiProperty({ type: String, nullable: true, example: 'email' }) field!: string | null;
  @ApiProperty({ example: 'email must be a valid email address' }) message!: string;
}

export class ImportColumnDto {
  /** The API field name; also what the template's header says. */
  @ApiProperty({ example: 'creditRating' }) field!: string;
  /** The column's name in the caller's language; a header may use it too. */
  @ApiProperty({ example: 'Credit rating' }) label!: string;
  @ApiProperty({ example: 'int' }) type!: string;
  /** Needed on every row. */
  @ApiProperty() required!: boolean;
  @ApiProperty({ type: String, nullable: true, example: '1–5' }) note!: string | null;
}

export class ImportableEntityDto {
  @ApiProperty({ example: 'customers' }) entity!: string;
  /** The entity's name in the caller's language. */
  @ApiProperty({ example: 'Customers' }) label!: string;
  @ApiProperty({ type: [ImportColumnDto] }) columns!: ImportColumnDto[];
  /** Where its empty template is (add &format=xlsx for a workbook). */
  @ApiProperty({ example: '/api/v1/imports/template?entity=customers' }) template!: string;
}

export class ImportableEntitiesDto {
  /** The entities the caller may import, from every module's registry. */
  @ApiProperty({ type: [ImportableEntityDto] }) data!: ImportableEntityDto[];
}

const nullableDate = { type: String, format: 'date-time', nullable: true } as const;

export class ImportSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'customers' }) entity!: string;
  @ApiProperty({ example: 'customers.xlsx' }) fileName!: string;
  @ApiProperty({ enum: TABLE_FORMATS, enumName: 'TableFormat' }) format!: TableFormat;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ enum: ImportStatus, enumName: 'ImportStatus' }) status!: ImportStatus;
  /** Data rows in the file (blank rows not counted); null until the import starts. */
  @ApiProperty({ type: Number, nullable: true }) totalRows!: number | null;
  @ApiProperty() processedRows!: number;
  /** Records created / updated / not imported (an order with several line rows is one record). */
  @ApiProperty() created!: number;
  @ApiProperty() updated!: number;
  @ApiProperty() failed!: number;
  /** All row errors; `errors` lists the first 1,000. */
  @ApiProperty() errorCount!: number;
  /** Header cells that name no importable field; their values were not imported. */
  @ApiProperty({ type: [String] }) ignoredColumns!: string[];
  /** Why the import as a whole failed. */
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdById!: string | null;
  @ApiProperty(nullableDate) startedAt!: string | null;
  @ApiProperty(nullableDate) finishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ImportDto extends ImportSummaryDto {
  /** Row errors, by row; the first 1,000. */
  @ApiProperty({ type: [ImportRowErrorDto] }) errors!: ImportRowError[];
}

export class ImportPageDto {
  @ApiProperty({ type: [ImportSummaryDto] }) data!: ImportSummaryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toImportSummaryDto = (i: DataImport): ImportSummaryDto => ({
  id: i.id,
  entity: i.entity,
  fileName: i.fileName,
  format: i.format,
  dryRun: i.dryRun,
  status: i.status,
  totalRows: i.totalRows,
  processedRows: i.processedRows,
  created: i.created,
  updated: i.updated,
  failed: i.failed,
  errorCount: i.errorCount,
  ignoredColumns: i.ignoredColumns,
  error: i.error,
  createdById: i.createdById,
  startedAt: iso(i.startedAt),
  finishedAt: iso(i.finishedAt),
  createdAt: i.createdAt.toISOString(),
});

export const toImportDto = (i: DataImport): ImportDto => ({ ...toImportSummaryDto(i), errors: i.errors });
