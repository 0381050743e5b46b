import { StreamableFile } from '@nestjs/common';
import { Workbook } from 'exceljs';
import { PassThrough } from 'node:stream';
import type { ImportColumn } from './import-columns';
import { TableFormat } from './tabular-reader';
import { CONTENT_TYPES, createSheetWriter } from './tabular-writer';

const TYPE_HINTS: Record<string, string> = {
  int: 'whole number',
  number: 'number',
  amount: 'amount, e.g. 1250.00',
  boolean: 'true/false',
  list: 'list',
  json: 'JSON object',
  date: 'date, e.g. 2026-11-22',
  datetime: 'date and time (ISO 8601)',
  text: 'text',
};

// An empty file with the header row (API field names). The XLSX template adds a "Fields" sheet
// with each column's English and Chinese label and what it takes; imports read the first sheet only.
export async function importTemplate(
  entity: string,
  columns: ImportColumn[],
  format: TableFormat,
): Promise<StreamableFile> {
  const options = {
    type: CONTENT_TYPES[format],
    disposition: `attachment; filename="${entity}-import-template.${format}"`,
  };
  if (format === 'csv') {
    const out = new PassThrough();
    const writer = createSheetWriter('csv', out, { sheetName: entity, header: columns.map((c) => c.field) });
    await writer.end();
    return new StreamableFile(out, options);
  }
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(entity);
  sheet.addRow(columns.map((c) => c.field)).font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 18));
  const fields = workbook.addWorksheet('Fields');
  fields.addRow(['field', 'label', '标签', 'required', 'value', 'note']).font = { bold: true };
  for (const c of columns)
    fields.addRow([c.field, c.en, c.zh, c.required ? 'yes' : '', TYPE_HINTS[c.type], c.note ?? '']);
  fields.columns.forEach((c) => (c.width = 22));
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return new StreamableFile(buffer, { ...options, length: buffer.length });
}
