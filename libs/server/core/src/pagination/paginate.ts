import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { fieldError, InvalidInputError } from '../errors/domain-error';
import { msg } from '../i18n/translate';
import { ListQueryDto, Page } from './list-query.dto';

export interface PaginateOptions {
  // API field name → SQL expression (qualified with the query's alias).
  sortable: Record<string, string>;
  defaultSort?: string;
}

export function parseSort(sort: string | undefined, options: PaginateOptions): Array<[string, 'ASC' | 'DESC']> {
  const spec = sort || options.defaultSort || '-createdAt';
  const seen = new Set<string>();
  return spec.split(',').map((part) => {
    const desc = part.startsWith('-');
    const field = desc ? part.slice(1) : part;
    const column = Object.hasOwn(options.sortable, field) ? options.sortable[field] : undefined;
    if (!column) {
      throw new InvalidInputError(msg('validation_failed.sort', { name: field }), [
        fieldError('sort', 'field.bare_one_of', { values: Object.keys(options.sortable).join(', ') }),
      ]);
    }
    // "name,-name" has no meaning: say so rather than let the first one win silently.
    if (seen.has(field)) {
      throw new InvalidInputError(msg('validation_failed.sort_twice', { name: field }), [
        fieldError('sort', 'field.bare_once', { name: field }),
      ]);
    }
    seen.add(field);
    return [column, desc ? 'DESC' : 'ASC'];
  });
}

// Applies sort and page to a query builder and returns the list envelope.
export async function paginate<E extends ObjectLiteral, D>(
  qb: SelectQueryBuilder<E>,
  query: ListQueryDto,
  options: PaginateOptions,
  map: (e: E) => D,
): Promise<Page<D>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 25;
  if (query.id?.length) qb.andWhere(`${qb.alias}.id IN (:...listIds)`, { listIds: query.id });
  parseSort(query.sort, options).forEach(([column, dir], i) =>
    i === 0 ? qb.orderBy(column, dir, 'NULLS LAST') : qb.addOrderBy(column, dir, 'NULLS LAST'),
  );
  // A stable tiebreaker keeps pages from overlapping.
  qb.addOrderBy(`${qb.alias}.id`, 'ASC');
  const [rows, total] = await qb
    .skip((page - 1) * pageSize)
    .take(pageSize)
    .getManyAndCount();
  return { data: rows.map(map), total, page, pageSize };
}

// Escapes LIKE wildcards in user input.
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
