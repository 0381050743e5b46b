import { AuthUser, likePattern, parseSort, RecordVisibilityService } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Customer } from '../customers/customer.entity';
import { toCustomerDto } from '../customers/dto/customer.dto';
import { DuplicateGroupPageDto, DuplicateReason } from './dto/duplicate-group.dto';
import { ListDuplicatesQueryDto } from './dto/list-duplicates-query.dto';

// Normalised key column per reason (see match-keys.ts; derived on every save).
const KEY_COLUMNS: Record<DuplicateReason, string> = {
  [DuplicateReason.Name]: 'name_key',
  [DuplicateReason.Phone]: 'phone_key',
  [DuplicateReason.Email]: 'email_key',
};

interface GroupRow {
  reason: DuplicateReason;
  key: string;
  ids: string[];
  total: string;
}

// Likely duplicates among the live customers the user can see (SPEC 1.7).
@Injectable()
export class DuplicatesService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(RecordVisibilityService) private readonly visibility: RecordVisibilityService,
  ) {}

  async listDuplicateCustomers(query: ListDuplicatesQueryDto, user: AuthUser): Promise<DuplicateGroupPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const scope = await this.visibility.scopeFor(user);
    const reasons = query.reason ? [query.reason] : Object.values(DuplicateReason);
    const order = parseSort(query.sort, {
      sortable: { size: 'cardinality(g.ids)', key: 'g.key' },
      defaultSort: '-size,key',
    })
      .map(([column, dir]) => `${column} ${dir}`)
      .join(', ');
    const where = query.q ? 'WHERE g.key ILIKE :pattern' : '';
    const groups = reasons
      .map(
        (reason) =>
          `SELECT '${reason}'::text AS reason, v.${KEY_COLUMNS[reason]} AS key,
                  array_agg(v.id ORDER BY v.created_at, v.id) AS ids
           FROM v WHERE v.${KEY_COLUMNS[reason]} IS NOT NULL
           GROUP BY v.${KEY_COLUMNS[reason]} HAVING count(*) > 1`,
      )
      .join(' UNION ALL ');
    const visible = `WITH v AS (
         SELECT c.id, c.created_at, c.name_key, c.phone_key, c.email_key FROM customers c
         WHERE c.deleted_at IS NULL
           AND ${scope.kind === 'all' ? 'TRUE' : 'c.owner_id = ANY(CAST(:visibleOwnerIds AS uuid[]))'}
       )`;
    const run = <T>(sql: string, params: Record<string, unknown>): Promise<T[]> => {
      const [text, values] = this.ds.driver.escapeQueryWithParameters(sql, {
        ...params,
        visibleOwnerIds: scope.kind === 'all' ? [] : scope.userIds,
        pattern: query.q ? likePattern(query.q.trim()) : undefined,
      });
      return this.ds.query(text, values);
    };
    const rows = await run<GroupRow>(
      `${visible}
       SELECT g.reason, g.key, g.ids, count(*) OVER () AS total FROM (${groups}) g ${where}
       ORDER BY ${order}, g.reason, g.key
       LIMIT :limit OFFSET :offset`,
      { limit: pageSize, offset: (page - 1) * pageSize },
    );
    // Past the last page the window count has no row to ride on.
    const total = rows.length
      ? Number(rows[0].total)
      : page > 1
        ? Number(
            (await run<{ total: string }>(`${visible} SELECT count(*) AS total FROM (${groups}) g ${where}`, {}))[0]
              .total,
          )
        : 0;
    const customers = await this.ds.getRepository(Customer).findBy({ id: In(rows.flatMap((r) => r.ids)) });
    const byId = new Map(customers.map((c) => [c.id, toCustomerDto(c)]));
    return {
      data: rows.map((r) => ({
        reason: r.reason,
        key: r.key,
        customers: r.ids.map((id) => byId.get(id)!).filter(Boolean),
      })),
      total,
      page,
      pageSize,
    };
  }
}
