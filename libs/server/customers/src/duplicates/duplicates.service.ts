import { AuthUser, likePattern, parseSort, RecordVisibilityService } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { Brackets, DataSource, In } from 'typeorm';
import { Customer } from '../customers/customer.entity';
import { toCustomerDto } from '../customers/dto/customer.dto';
import { DuplicateCheckDto, DuplicateCheckResultDto } from './dto/duplicate-check.dto';
import { DuplicateGroupPageDto, DuplicateReason } from './dto/duplicate-group.dto';
import { ListDuplicatesQueryDto } from './dto/list-duplicates-query.dto';
import { emailKey, nameKey, phoneKey } from './match-keys';

// Normalised key column per reason (see match-keys.ts; derived on every save).
const KEY_COLUMNS: Record<DuplicateReason, string> = {
  [DuplicateReason.Name]: 'name_key',
  [DuplicateReason.Phone]: 'phone_key',
  [DuplicateReason.Email]: 'email_key',
};

const MAX_CANDIDATES = 10;

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

  // Before a customer is saved: the live, visible customers sharing its normalised name, phone or email.
  async checkDuplicates(dto: DuplicateCheckDto, user: AuthUser): Promise<DuplicateCheckResultDto> {
    const keys: Record<DuplicateReason, string | null> = {
      [DuplicateReason.Name]: nameKey(dto.name),
      [DuplicateReason.Phone]: phoneKey(dto.phone),
      [DuplicateReason.Email]: emailKey(dto.email),
    };
    const given = Object.values(DuplicateReason).filter((reason) => keys[reason]);
    if (!given.length) return { data: [] };
    const qb = this.ds
      .getRepository(Customer)
      .createQueryBuilder('c')
      .where('c.deleted_at IS NULL')
      .andWhere(
        new Brackets((or) => {
          for (const reason of given)
            or.orWhere(`c.${KEY_COLUMNS[reason]} = :${reason}Key`, { [`${reason}Key`]: keys[reason] });
        }),
      );
    if (dto.excludeId) qb.andWhere('c.id <> :excludeId', { excludeId: dto.excludeId });
    await this.visibility.applyToQuery(qb, 'c.owner_id', user);
    const rows = await qb.orderBy('c.created_at', 'ASC').addOrderBy('c.id').limit(MAX_CANDIDATES).getMany();
    const stored: Record<DuplicateReason, (c: Customer) => string | null> = {
      [DuplicateReason.Name]: (c) => c.nameKey,
      [DuplicateReason.Phone]: (c) => c.phoneKey,
      [DuplicateReason.Email]: (c) => c.emailKey,
    };
    return {
      data: rows.map((c) => ({
        id: c.id,
        code: c.code,
        name: c.name,
        phone: c.phone,
        email: c.email,
        ownerId: c.ownerId,
        reasons: given.filter((reason) => stored[reason](c) === keys[reason]),
      })),
    };
  }

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
