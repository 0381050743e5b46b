import { convertCell, plainCell } from './import-values';

describe('import cell values', () => {
  it('reads exceljs rich text, hyperlinks and formula results as plain values', () => {
    expect(plainCell({ richText: [{ text: 'Rich ' }, { text: 'Valve' }] })).toBe('Rich Valve');
    expect(plainCell({ text: 'site', hyperlink: 'https://x' })).toBe('site');
    expect(plainCell({ formula: '1+1', result: 2 })).toBe(2);
    expect(plainCell({ formula: 'A1' })).toBeNull();
    expect(plainCell({ error: '#N/A' })).toBeNull();
    expect(plainCell(undefined)).toBeNull();
  });

  it('leaves empty cells out', () => {
    expect(convertCell('  ', 'text')).toBeUndefined();
    expect(convertCell(null, 'int')).toBeUndefined();
  });

  it('converts text to the type of the field, passing on what it cannot convert', () => {
    expect(convertCell(' 4 ', 'int')).toBe(4);
    expect(convertCell('four', 'int')).toBe('four');
    expect(convertCell('12.5', 'number')).toBe(12.5);
    expect(convertCell('1,250.00', 'amount')).toBe('1250.00');
    expect(convertCell('是', 'boolean')).toBe(true);
    expect(convertCell('No', 'boolean')).toBe(false);
    expect(convertCell('maybe', 'boolean')).toBe('maybe');
    expect(convertCell('key-account; 华东重点，vip', 'list')).toEqual(['key-account', '华东重点', 'vip']);
    expect(convertCell('["a,b","c"]', 'list')).toEqual(['a,b', 'c']);
    expect(convertCell('{"employees":120}', 'json')).toEqual({ employees: 120 });
    expect(convertCell('{broken', 'json')).toBe('{broken');
    expect(convertCell('2026/3/7', 'date')).toBe('2026-03-07');
    expect(convertCell('7 March', 'date')).toBe('7 March');
  });

  it('takes back the apostrophe an export puts before formula-like text', () => {
    expect(convertCell("'+86 21 5555 0123", 'text')).toBe('+86 21 5555 0123');
    expect(convertCell("'=1+1", 'text')).toBe('=1+1');
    expect(convertCell("'quoted'", 'text')).toBe("'quoted'");
  });

  it('converts spreadsheet numbers, dates and booleans', () => {
    expect(convertCell(13812345678, 'text')).toBe('13812345678');
    expect(convertCell(0.1 + 0.2, 'amount')).toBe('0.3');
    expect(convertCell(12.345, 'amount')).toBe('12.345');
    expect(convertCell(46023, 'date')).toBe('2026-01-01');
    expect(convertCell(new Date(Date.UTC(2026, 10, 22)), 'date')).toBe('2026-11-22');
    expect(convertCell(new Date(Date.UTC(2026, 10, 22, 8, 30)), 'datetime')).toBe('2026-11-22T08:30:00.000Z');
    expect(convertCell(true, 'boolean')).toBe(true);
    expect(convertCell(1, 'boolean')).toBe(true);
  });
});
