import {
  AuthUser,
  ContributionsService,
  fieldError,
  InvalidInputError,
  likePattern,
  Locale,
  msg,
  parseSort,
  translate,
} from '@crm/server-core';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CustomerAccessService } from '../customers/customer-access.service';
import { TimelineItemDto, TimelinePageDto, TimelineTypesDto } from './dto/timeline-item.dto';
import { TimelineQueryDto } from './dto/timeline-query.dto';
import { TimelineSource, TimelineSourceDefinition } from './timeline-source';

interface TimelineRow {
  type: string;
  id: string;
  occurred_at: Date;
  title: string;
  summary: string | null;
  data: Record<string, unknown> | null;
  total: string;
}

// A customer's timeline over every declared @TimelineSource (interactions, lifecycle changes,
// orders, payments, and what other libs declare).
@Injectable()
export class TimelineService implements OnModuleInit {
  private readonly sources = new Map<string, TimelineSourceDefinition>();

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(CustomerAccessService) private readonly access: CustomerAccessService,
    @Inject(ContributionsService) private readonly contributions: ContributionsService,
  ) {}

  onModuleInit() {
    for (const { meta } of this.contributions.collect(TimelineSource)) this.sources.set(meta.name, meta);
  }

  get types(): string[] {
    return [...this.sources.keys()].sort();
  }

  // Newest first; one UNION ALL query per page (the total comes with the rows).
  async getCustomerTimeline(customerId: string, query: TimelineQueryDto, user: AuthUser): Promise<TimelinePageDto> {
    await this.access.findVisible(user, customerId);
    const wanted = query.types?.length ? [...new Set(query.types)] : this.types;
    const unknown = wanted.filter((t) => !this.sources.has(t));
    if (unknown.length)
      throw new InvalidInputError(msg('validation_failed.timeline_type', { type: unknown[0] }), [
        fieldError('types', 'field.only_values', { values: this.types.join(', ') }),
      ]);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const order = parseSort(query.sort, { sortable: { occurredAt: 't.occurred_at' }, defaultSort: '-occurredAt' })
      .map(([column, dir]) => `${column} ${dir}`)
      .join(', ');
    if (!wanted.length) return { data: [], total: 0, page, pageSize };
    const union = this.union(wanted);
    const where = query.q ? 'WHERE t.title ILIKE :pattern OR t.summary ILIKE :pattern' : '';
    const params = { customerId, pattern: query.q ? likePattern(query.q.trim()) : undefined };
    const run = async (sql: string, extra: Record<string, unknown> = {}) => {
      const [text, values] = this.ds.driver.escapeQueryWithParameters(sql, { ...params, ...extra });
      return this.ds.query(text, values) as Promise<TimelineRow[]>;
    };
    const rows = await run(
      `SELECT t.*, count(*) OVER () AS total FROM (${union}) t ${where}
       ORDER BY ${order}, t.type, t.id
       LIMIT :limit OFFSET :offset`,
      { limit: pageSize, offset: (page - 1) * pageSize },
    );
    // Past the last page the window count has no row to ride on.
    const total = rows.length
      ? Number(rows[0].total)
      : page > 1
        ? Number((await run(`SELECT count(*) AS total FROM (${union}) t ${where}`))[0].total)
        : 0;
    return { data: rows.map(toTimelineItemDto), total, page, pageSize };
  }

  // Every type the timeline knows, named in the caller's language, with how many items this customer has.
  async listCustomerTimelineTypes(customerId: string, user: AuthUser, locale: Locale): Promise<TimelineTypesDto> {
    await this.access.findVisible(user, customerId);
    const types = this.types;
    const counts = new Map<string, number>();
    if (types.length) {
      const [sql, values] = this.ds.driver.escapeQueryWithParameters(
        `SELECT t.type, count(*)::int AS n FROM (${this.union(types)}) t GROUP BY t.type`,
        { customerId },
      );
      for (const r of (await this.ds.query(sql, values)) as Array<{ type: string; n: number }>) counts.set(r.type, r.n);
    }
    return {
      data: types.map((type) => ({
        type,
        label: translate(locale, this.sources.get(type)!.label),
        count: counts.get(type) ?? 0,
      })),
    };
  }

  // Names are checked by the contribution kind (lower-case dotted words), so quoting them is safe.
  private union(types: string[]): string {
    return types
      .map(
        (type) =>
          `SELECT '${type}'::text AS type, x.id::text AS id, x.occurred_at::timestamptz AS occurred_at,
                  x.title::text AS title, x.summary::text AS summary, x.data::jsonb AS data
           FROM (${this.sources.get(type)!.sql}) x`,
      )
      .join(' UNION ALL ');
  }
}

const toTimelineItemDto = (r: TimelineRow): TimelineItemDto => ({
  type: r.type,
  id: r.id,
  occurredAt: new Date(r.occurred_at).toISOString(),
  title: r.title,
  summary: r.summary,
  data: r.data ?? {},
});
