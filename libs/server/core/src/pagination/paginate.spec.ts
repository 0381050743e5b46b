import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { toProblem } from '../errors/problem-details.filter';
import { createValidationPipe } from '../errors/validation.pipe';
import { ListQueryDto } from './list-query.dto';
import { paginate, PaginateOptions, parseSort } from './paginate';

const options: PaginateOptions = { sortable: { name: 'c.name', createdAt: 'c.createdAt' }, defaultSort: 'name' };

function problemOf(fn: () => unknown) {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(DomainError);
  return { en: toProblem(error)!, zh: toProblem(error, 'zh')! };
}

// Records what paginate asks of the query builder.
function fakeQueryBuilder(rows: ObjectLiteral[], total: number) {
  const calls: Array<[string, ...unknown[]]> = [];
  const qb = {
    alias: 'c',
    andWhere: (...a: unknown[]) => (calls.push(['andWhere', ...a]), qb),
    orderBy: (...a: unknown[]) => (calls.push(['orderBy', ...a]), qb),
    addOrderBy: (...a: unknown[]) => (calls.push(['addOrderBy', ...a]), qb),
    skip: (n: number) => (calls.push(['skip', n]), qb),
    take: (n: number) => (calls.push(['take', n]), qb),
    getManyAndCount: async () => [rows, total],
  };
  return { qb: qb as unknown as SelectQueryBuilder<ObjectLiteral>, calls };
}

describe('parseSort', () => {
  it('reads "-" as descending and keeps the order of the fields', () => {
    expect(parseSort('-createdAt,name', options)).toEqual([
      ['c.createdAt', 'DESC'],
      ['c.name', 'ASC'],
    ]);
  });

  it('falls back to the list default, then to newest first', () => {
    expect(parseSort(undefined, options)).toEqual([['c.name', 'ASC']]);
    expect(parseSort('', options)).toEqual([['c.name', 'ASC']]);
    expect(parseSort(undefined, { sortable: { createdAt: 'c.createdAt' } })).toEqual([['c.createdAt', 'DESC']]);
  });

  it('answers 400 naming the field sort and the allowed keys for an unknown key', () => {
    const { en, zh } = problemOf(() => parseSort('name,-revenue', options));
    expect(en).toMatchObject({
      status: 400,
      code: 'validation_failed',
      detail: 'Cannot sort by "revenue"',
      errors: [{ field: 'sort', message: 'must be one of: name, createdAt' }],
    });
    expect(zh).toMatchObject({ detail: '不能按“revenue”排序', errors: [{ field: 'sort' }] });
  });

  it('does not take inherited object properties for sortable keys', () => {
    expect(problemOf(() => parseSort('constructor', options)).en).toMatchObject({
      status: 400,
      errors: [{ field: 'sort' }],
    });
  });

  it('answers 400 when a field is named twice, in either direction', () => {
    for (const sort of ['name,name', 'name,-name', '-createdAt,name,createdAt']) {
      const { en, zh } = problemOf(() => parseSort(sort, options));
      expect(en).toMatchObject({
        status: 400,
        errors: [{ field: 'sort', message: expect.stringMatching(/more than once/) }],
      });
      expect(zh.detail).toMatch(/只能排序一次/);
    }
    expect(problemOf(() => parseSort('name,-name', options)).en.detail).toBe('Sort by "name" only once');
  });
});

describe('paginate', () => {
  it('defaults to page 1 of 25, orders by the sort then by id, and maps the rows', async () => {
    const { qb, calls } = fakeQueryBuilder([{ id: 'a', name: 'A' }], 41);
    const page = await paginate(qb, {}, options, (r) => r.name);
    expect(page).toEqual({ data: ['A'], total: 41, page: 1, pageSize: 25 });
    expect(calls).toEqual([
      ['orderBy', 'c.name', 'ASC', 'NULLS LAST'],
      ['addOrderBy', 'c.id', 'ASC'],
      ['skip', 0],
      ['take', 25],
    ]);
  });

  it('skips the earlier pages and filters by the listed ids', async () => {
    const { qb, calls } = fakeQueryBuilder([], 0);
    const page = await paginate(
      qb,
      { page: 3, pageSize: 10, sort: '-createdAt,name', id: ['x', 'y'] },
      options,
      (r) => r,
    );
    expect(page).toEqual({ data: [], total: 0, page: 3, pageSize: 10 });
    expect(calls).toEqual([
      ['andWhere', 'c.id IN (:...listIds)', { listIds: ['x', 'y'] }],
      ['orderBy', 'c.createdAt', 'DESC', 'NULLS LAST'],
      ['addOrderBy', 'c.name', 'ASC', 'NULLS LAST'],
      ['addOrderBy', 'c.id', 'ASC'],
      ['skip', 20],
      ['take', 10],
    ]);
  });
});

describe('page and pageSize of a list query', () => {
  // Query strings arrive as text, as from ?page=…&pageSize=…
  const validate = (query: Record<string, string>) =>
    createValidationPipe().transform(query, { type: 'query', metatype: ListQueryDto });
  const errorsOf = async (query: Record<string, string>) => {
    const error = await validate(query).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    return toProblem(error)!.errors;
  };

  it('accepts pages from 1 and page sizes from 1 to 200', async () => {
    await expect(validate({ page: '1', pageSize: '200' })).resolves.toMatchObject({ page: 1, pageSize: 200 });
    await expect(validate({ page: '7', pageSize: '1' })).resolves.toMatchObject({ page: 7, pageSize: 1 });
    await expect(validate({})).resolves.toMatchObject({});
  });

  it('refuses a page size over 200, under 1 or not whole, saying which', async () => {
    expect(await errorsOf({ pageSize: '201' })).toEqual([
      { field: 'pageSize', message: 'pageSize must not exceed 200' },
    ]);
    expect(await errorsOf({ pageSize: '0' })).toEqual([{ field: 'pageSize', message: 'pageSize must be 1 or more' }]);
    expect(await errorsOf({ pageSize: '2.5' })).toEqual([
      { field: 'pageSize', message: 'pageSize must be a whole number' },
    ]);
  });

  it('refuses page 0 and a page that is not a whole number', async () => {
    expect(await errorsOf({ page: '0' })).toEqual([{ field: 'page', message: 'page must be 1 or more' }]);
    expect(await errorsOf({ page: 'two' })).toContainEqual({ field: 'page', message: 'page must be a whole number' });
  });

  it('refuses a sort that is not a comma-separated list of fields', async () => {
    expect(await errorsOf({ sort: 'name;drop table' })).toEqual([
      { field: 'sort', message: 'sort must look like "-createdAt,name"' },
    ]);
  });
});
