import { ValueType } from './import-columns';

// A cell as the readers hand it over: CSV gives text; XLSX also numbers, booleans and dates.
export type Cell = string | number | boolean | Date | null;

// exceljs cell values (rich text, hyperlinks, formulas, errors) as plain values.
export function plainCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('');
    if ('result' in v) return plainCell(v.result);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if (typeof v.text === 'string') return v.text;
    if ('error' in v) return null;
  }
  return String(value);
}

const TRUE = new Set(['true', 'yes', 'y', '1', 't', '是', '对', '√']);
const FALSE = new Set(['false', 'no', 'n', '0', 'f', '否', '不是', '×']);
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

// Plain decimal text for a number, without float noise (12.5 → "12.5", 0.1 + 0.2 → "0.3").
function decimalText(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return Math.abs(rounded - n) < 1e-9 ? String(rounded) : String(n);
}

// Turns a cell into the value the API's DTO expects for a field of this type. Empty cells give
// undefined (the field is left out: an update keeps its value). What cannot be converted is
// passed on as text, so the DTO's own validation reports it with the API's message.
export function convertCell(cell: Cell, type: ValueType): unknown {
  if (cell === null) return undefined;
  if (typeof cell === 'string') {
    // Our exports prefix formula-like text with an apostrophe ("'+86 21 5555 0123"); importing an
    // export gives the original value back.
    const text = cell.trim().replace(NEUTRALISED, '');
    if (!text) return undefined;
    return convertText(text, type);
  }
  if (cell instanceof Date) {
    if (type === 'datetime') return cell.toISOString();
    return isoDate(cell);
  }
  if (typeof cell === 'boolean') return type === 'boolean' ? cell : String(cell);
  // A number.
  switch (type) {
    case 'int':
    case 'number':
      return cell;
    case 'amount':
      return decimalText(cell);
    case 'boolean':
      return cell === 1 ? true : cell === 0 ? false : cell;
    case 'date':
      // An Excel date serial in a cell without a date format.
      return cell > 0 && cell < 2_958_466
        ? isoDate(new Date(EXCEL_EPOCH + Math.round(cell * 86400) * 1000))
        : String(cell);
    case 'list':
      return [String(cell)];
    default:
      return Number.isInteger(cell) ? String(cell) : decimalText(cell);
  }
}

function convertText(text: string, type: ValueType): unknown {
  switch (type) {
    case 'int':
      return INTEGER.test(text) ? Number(text) : text;
    case 'number':
      return NUMBER.test(text) ? Number(text) : text;
    case 'amount':
      return THOUSANDS.test(text) ? text.replace(/,/g, '') : text;
    case 'boolean': {
      const lower = text.toLowerCase();
      return TRUE.has(lower) ? true : FALSE.has(lower) ? false : text;
    }
    case 'list':
      if (text.startsWith('[')) {
        try {
          const parsed: unknown = JSON.parse(text);
          if (Array.isArray(parsed)) return parsed;
        } catch {
          // not JSON: split below
        }
      }
      return text
        .split(/[,;，；]/)
        .map((s) => s.trim())
        .filter(Boolean);
    case 'json':
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
    case 'date': {
      const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
      return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text;
    }
    default:
      return text;
  }
}
