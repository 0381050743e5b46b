import { stringify } from 'csv-stringify';
import { stream as excelStream } from 'exceljs';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { TableFormat } from './tabular-reader';

export const CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

// A spreadsheet program treats a cell starting with =, +, -, @, tab or CR as a formula (CSV
// injection); a leading apostrophe makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseCell = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

export type SheetValue = string | number | boolean | null;

export interface SheetWriter {
  // Resolves when the output can take more (backpressure).
  writeRow(values: SheetValue[]): Promise<void>;
  end(): Promise<void>;
}

const safe = (v: SheetValue) => (typeof v === 'string' ? neutraliseCell(v) : v);

// CSV in UTF-8 with a BOM, so Excel opens Chinese text correctly.
function csvWriter(out: Writable, header: string[]): SheetWriter {
  out.write('\uFEFF');
  const csv = stringify({ record_delimiter: 'windows', cast: { boolean: (b) => String(b) } });
  csv.pipe(out);
  csv.write(header);
  return {
    writeRow: async (values) => {
      if (!csv.write(values.map((v) => (v === null ? '' : safe(v))))) await once(csv, 'drain');
    },
    end: async () => {
      const ended = once(out, 'finish');
      csv.end();
      await ended;
    },
  };
}

// Streaming XLSX: rows are committed as they come, so memory stays flat. `numeric` columns hold
// decimal strings (money), written as numbers shown with two decimals.
function xlsxWriter(out: Writable, sheetName: string, header: string[], numeric: Set<string>): SheetWriter {
  const workbook = new excelStream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  headerRow.commit();
  const numericIndexes = new Set(header.flatMap((h, i) => (numeric.has(h) ? [i] : [])));
  let rows = 0;
  return {
    writeRow: async (values) => {
      const row = sheet.addRow(
        values.map((v, i) =>
          numericIndexes.has(i) && typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : safe(v),
        ),
      );
      for (const i of numericIndexes) row.getCell(i + 1).numFmt = '0.00';
      row.commit();
      if (++rows % 500 === 0 && out.writableNeedDrain) await once(out, 'drain');
    },
    end: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
}

export function createSheetWriter(
  format: TableFormat,
  out: Writable,
  options: { sheetName: string; header: string[]; numeric?: string[] },
): SheetWriter {
  return format === 'csv'
    ? csvWriter(out, options.header)
    : xlsxWriter(out, options.sheetName, options.header, new Set(options.numeric ?? []));
}
