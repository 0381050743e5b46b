import { english, Message, msg } from '@crm/server-core';
import { parse } from 'csv-parse';
import { stream as excelStream } from 'exceljs';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { Cell, plainCell } from './import-values';

export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

// One row of the file: its number as a spreadsheet shows it (the header is row 1) and its cells.
export interface TableRow {
  row: number;
  cells: Cell[];
}

export class TableReadError extends Error {
  constructor(readonly text: Message) {
    super(english(text));
  }
}

const SNIFF_BYTES = 64 * 1024;

// Streams the rows of a CSV file or of the first worksheet of an XLSX file, with bounded memory.
export async function* readTable(path: string, format: TableFormat): AsyncGenerator<TableRow> {
  yield* format === 'csv' ? readCsv(path) : readXlsx(path);
}

// Rows after the header that have at least one value; stops counting past `limit`.
export async function countDataRows(path: string, format: TableFormat, limit = Infinity): Promise<number> {
  let count = 0;
  let header = true;
  for await (const { cells } of readTable(path, format)) {
    if (isBlank(cells)) continue;
    if (header) {
      header = false;
      continue;
    }
    if (++count > limit) break;
  }
  return count;
}

export const isBlank = (cells: Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && !c.trim()));

// Excel on Chinese Windows saves CSV as GBK/GB18030, elsewhere as UTF-8 (often with a BOM); the
// delimiter is a comma, or a semicolon/tab where the comma is the decimal separator.
async function sniffCsv(path: string): Promise<{ encoding: 'utf-8' | 'gb18030'; delimiter: string }> {
  const handle = await open(path);
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  let encoding: 'utf-8' | 'gb18030' = 'utf-8';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    encoding = 'gb18030';
    text = new TextDecoder('gb18030').decode(head, { stream: true });
  }
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const [delimiter] = counts.reduce((best, c) => (c[1] > best[1] ? c : best));
  return { encoding, delimiter };
}

function decodeGb18030(): Transform {
  const decoder = new TextDecoder('gb18030');
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
}

async function* readCsv(path: string): AsyncGenerator<TableRow> {
  const { encoding, delimiter } = await sniffCsv(path);
  const input = createReadStream(path);
  const source: Readable = encoding === 'gb18030' ? input.pipe(decodeGb18030()) : input;
  const parser = source.pipe(parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }));
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) yield { row: ++row, cells: record };
  } catch (e) {
    throw new TableReadError(msg('import.csv_unreadable', { row, reason: (e as Error).message }));
  } finally {
    parser.destroy();
    input.destroy();
  }
}

async function* readXlsx(path: string): AsyncGenerator<TableRow> {
  const input = createReadStream(path);
  const reader = new excelStream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    // Needed to tell dates from numbers.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let row = 0;
  try {
    // Only the first worksheet is imported (a template's second sheet describes the fields).
    for await (const sheet of reader) {
      for await (const r of sheet) {
        row = r.number;
        yield { row: r.number, cells: Array.from((r.values as unknown[]).slice(1), plainCell) };
      }
      break;
    }
  } catch (e) {
    if (e instanceof TableReadError) throw e;
    const reason = (e as Error).message;
    throw new TableReadError(
      row ? msg('import.xlsx_unreadable_after', { row, reason }) : msg('import.xlsx_unreadable', { reason }),
    );
  } finally {
    input.destroy();
  }
}
