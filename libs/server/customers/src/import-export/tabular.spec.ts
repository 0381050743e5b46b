import { Workbook } from 'exceljs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { countDataRows, readTable } from './tabular-reader';
import { createSheetWriter, neutraliseCell } from './tabular-writer';

describe('spreadsheet files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crm-tabular-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const rows = async (path: string, format: 'csv' | 'xlsx') => {
    const out = [];
    for await (const r of readTable(path, format)) out.push(r);
    return out;
  };

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCell('+86 21 5555')).toBe("'+86 21 5555");
    expect(neutraliseCell('-5')).toBe("'-5");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('\tx')).toBe("'\tx");
    expect(neutraliseCell('\rx')).toBe("'\rx");
    expect(neutraliseCell('a=1')).toBe('a=1');
  });

  it('reads UTF-8 CSV with a BOM, quoted fields and numbered rows', async () => {
    const path = join(dir, 'a.csv');
    await writeFile(path, '\uFEFFcode,name\r\nC-1,"Wang, Li"\r\n\r\nC-2,"line1\nline2"\r\n');
    expect(await rows(path, 'csv')).toEqual([
      { row: 1, cells: ['code', 'name'] },
      { row: 2, cells: ['C-1', 'Wang, Li'] },
      { row: 3, cells: [''] },
      { row: 4, cells: ['C-2', 'line1\nline2'] },
    ]);
    expect(await countDataRows(path, 'csv')).toBe(2);
    expect(await countDataRows(path, 'csv', 1)).toBe(2);
  });

  it('reads GB18030 CSV as Excel on Chinese Windows saves it, and semicolon-separated CSV', async () => {
    const gbk = join(dir, 'gbk.csv');
    // 客户名称,地区 / 华信,上海 in GBK.
    await writeFile(gbk, Buffer.from('bfcdbba7c3fbb3c62cb5d8c7f80d0abbaad0c52cc9cfbaa30d0a', 'hex'));
    expect((await rows(gbk, 'csv')).map((r) => r.cells)).toEqual([
      ['客户名称', '地区'],
      ['华信', '上海'],
    ]);
    const semi = join(dir, 'semi.csv');
    await writeFile(semi, 'code;listPrice\nP-1;12,50\n');
    expect((await rows(semi, 'csv'))[1].cells).toEqual(['P-1', '12,50']);
  });

  it('writes CSV with a BOM and XLSX that exceljs reads back, neutralising formulas in both', async () => {
    const csvOut = new PassThrough();
    const chunks: Buffer[] = [];
    csvOut.on('data', (c: Buffer) => chunks.push(c));
    const csv = createSheetWriter('csv', csvOut, { sheetName: 'x', header: ['name', 'n'] });
    await csv.writeRow(['=1+1', 3]);
    await csv.writeRow([null, true]);
    await csv.end();
    expect(Buffer.concat(chunks).toString('utf8')).toBe("\uFEFFname,n\r\n'=1+1,3\r\n,true\r\n");

    const path = join(dir, 'out.xlsx');
    const { createWriteStream } = await import('node:fs');
    const file = createWriteStream(path);
    const xlsx = createSheetWriter('xlsx', file, {
      sheetName: 'customers',
      header: ['name', 'total'],
      numeric: ['total'],
    });
    await xlsx.writeRow(['@cmd', '1250.50']);
    await xlsx.end();
    const workbook = new Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('customers')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'name', 'total']);
    expect(sheet.getRow(2).values).toEqual([undefined, "'@cmd", 1250.5]);
    expect(await countDataRows(path, 'xlsx')).toBe(1);
  });
});
