import { EntityManager } from 'typeorm';

export interface SequenceCodeOptions<C> {
  // The PostgreSQL sequence the numbers come from; the lib's migration creates it
  // (`CREATE SEQUENCE lead_number_seq`) and its `down` drops it.
  sequence: string;
  // Text before the number: fixed, or from the record (e.g. the year of an order's date).
  prefix: string | ((context: C) => string);
  // The table and column holding the codes, so a code somebody typed by hand is skipped.
  table: string;
  column: string;
  // Digits the number is zero-padded to; longer numbers grow instead of wrapping.
  width?: number;
}

// How many hand-typed codes in a row are skipped before giving up.
const MAX_ATTEMPTS = 50;
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

// Generated record codes ("C-000042", "SO-2026-000123"): a prefix and the next value of a
// PostgreSQL sequence. nextval is atomic and never hands the same value to two transactions, so
// concurrent creates get distinct codes without locking each other; a rolled-back create leaves
// its number unused (the only gaps). A code given by the user is kept as given; the unique index
// on the column decides between two users typing the same one.
export class SequenceCode<C = void> {
  private readonly width: number;

  constructor(private readonly options: SequenceCodeOptions<C>) {
    for (const name of [options.sequence, options.table, options.column])
      if (!IDENTIFIER.test(name)) throw new Error(`not a plain SQL identifier: ${name}`);
    this.width = options.width ?? 6;
  }

  format(n: number | string | bigint, context: C): string {
    const digits = String(n);
    if (!/^\d+$/.test(digits) || BigInt(digits) < 1n) throw new Error(`not a positive sequence value: ${digits}`);
    const { prefix } = this.options;
    return (typeof prefix === 'string' ? prefix : prefix(context)) + digits.padStart(this.width, '0');
  }

  // The code to store: the one given, else the next free generated one.
  async assign(m: EntityManager, given: string | null | undefined, context: C): Promise<string> {
    return given ?? this.next(m, context);
  }

  // Takes sequence values until one gives a code nobody uses (taken ones are consumed).
  async next(m: EntityManager, context: C): Promise<string> {
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const [{ n }] = await m.query(`SELECT nextval('${this.options.sequence}')::text AS n`);
      const code = this.format(n, context);
      if (!(await this.isTaken(m, code))) return code;
    }
    throw new Error(`no free ${this.options.table}.${this.options.column} code after ${MAX_ATTEMPTS} attempts`);
  }

  // The code the next create would get, without consuming it (a form's hint). Another create may
  // take it first; then the record gets the one after.
  async peek(m: EntityManager, context: C): Promise<string> {
    const [{ last, called }] = await m.query(
      `SELECT last_value::text AS last, is_called AS called FROM ${this.options.sequence}`,
    );
    let n = BigInt(last) + (called ? 1n : 0n);
    for (let i = 0; i < MAX_ATTEMPTS; i++, n++) {
      const code = this.format(n, context);
      if (!(await this.isTaken(m, code))) return code;
    }
    return this.format(n, context);
  }

  // Soft-deleted rows count: their codes stay theirs.
  private async isTaken(m: EntityManager, code: string): Promise<boolean> {
    const { table, column } = this.options;
    const [{ taken }] = await m.query(`SELECT EXISTS (SELECT 1 FROM ${table} WHERE ${column} = $1) AS taken`, [code]);
    return taken;
  }
}

// Declares a lib's generated code once, e.g.
//   export const leadNumbers = sequenceCode({ sequence: 'lead_number_seq', prefix: 'L-', table: 'leads', column: 'number' });
//   lead.number = await leadNumbers.assign(m, dto.number);
export const sequenceCode = <C = void>(options: SequenceCodeOptions<C>) => new SequenceCode<C>(options);
