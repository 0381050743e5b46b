import { createTestApp, TestContext } from '../testing';
import { sequenceCode } from './sequence-code';

describe('sequence codes on PostgreSQL', () => {
  let ctx: TestContext;
  // A stand-in for any numbered record (customers, orders, leads, …).
  const tickets = sequenceCode<{ year: string }>({
    sequence: 'ticket_code_seq',
    prefix: ({ year }) => `T-${year}-`,
    table: 'tickets',
    column: 'code',
    width: 4,
  });
  const y = { year: '2026' };

  beforeAll(async () => {
    ctx = await createTestApp();
    await ctx.ds.query('CREATE SEQUENCE ticket_code_seq');
    await ctx.ds.query('CREATE TABLE tickets (id serial PRIMARY KEY, code text NOT NULL UNIQUE)');
  });
  afterAll(() => ctx.close());

  const create = (code?: string, rollBack = false) =>
    ctx.ds
      .transaction(async (m) => {
        const assigned = await tickets.assign(m, code, y);
        await m.query('INSERT INTO tickets (code) VALUES ($1)', [assigned]);
        if (rollBack) throw new Error('rolled back');
        return assigned;
      })
      .catch((e: Error) => (e.message === 'rolled back' ? null : Promise.reject(e)));
  const numberOf = (code: string) => Number(code.slice(-4));

  it('gives concurrent creates distinct numbers, leaving gaps only where a create rolled back', async () => {
    const first = numberOf(await tickets.peek(ctx.ds.manager, y));
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => create(undefined, i % 6 === 5)));
    const kept = results.filter((c): c is string => c !== null);
    expect(kept).toHaveLength(20);
    expect(new Set(kept).size).toBe(20);
    for (const code of kept) expect(code).toMatch(/^T-2026-\d{4}$/);
    // 24 numbers were drawn: the 20 kept ones and the 4 of the rolled-back creates, nothing else.
    const numbers = kept.map(numberOf).sort((a, b) => a - b);
    expect(numbers[0]).toBeGreaterThanOrEqual(first);
    expect(numbers[numbers.length - 1]).toBeLessThanOrEqual(first + 23);
    expect(await tickets.peek(ctx.ds.manager, y)).toBe(`T-2026-${String(first + 24).padStart(4, '0')}`);
  });

  it('keeps a code the user gives and skips it when the generator reaches it', async () => {
    const next = numberOf(await tickets.peek(ctx.ds.manager, y));
    const typed = [next, next + 1].map((n) => `T-2026-${String(n).padStart(4, '0')}`);
    for (const code of typed) expect(await create(code)).toBe(code);
    const hint = await tickets.peek(ctx.ds.manager, y);
    expect(hint).toBe(`T-2026-${String(next + 2).padStart(4, '0')}`);
    expect(await create()).toBe(hint);
  });

  it('answers the next code without consuming it', async () => {
    const hint = await tickets.peek(ctx.ds.manager, y);
    expect(await tickets.peek(ctx.ds.manager, y)).toBe(hint);
    expect(await create()).toBe(hint);
  });

  it('starts at 1 on a fresh sequence and grows past the padding', async () => {
    await ctx.ds.query('CREATE SEQUENCE fresh_seq');
    const fresh = sequenceCode({ sequence: 'fresh_seq', prefix: 'F', table: 'tickets', column: 'code', width: 2 });
    expect(await fresh.peek(ctx.ds.manager)).toBe('F01');
    expect(await fresh.next(ctx.ds.manager)).toBe('F01');
    await ctx.ds.query(`SELECT setval('fresh_seq', 99)`);
    expect(await fresh.next(ctx.ds.manager)).toBe('F100');
  });

  it('refuses names that are not plain identifiers', () => {
    expect(() => sequenceCode({ sequence: 'x; DROP TABLE tickets', prefix: '', table: 't', column: 'c' })).toThrow(
      /identifier/,
    );
  });
});
