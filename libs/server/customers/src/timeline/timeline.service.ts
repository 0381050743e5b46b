import { AuthUser, fieldError, InvalidInputError, likePattern, msg, parseSort } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CustomerAccessService } from '../customers/customer-access.service';
import { TimelineItemDto, TimelinePageDto } from './dto/timeline-item.dto';
import { TimelineQueryDto } from './dto/timeline-query.dto';

// One kind of item on a customer's timeline. `sql` is a SELECT of the customer's items with the columns
//   id uuid, occurred_at timestamptz, title text, summary text (nullable), data jsonb (nullable)
// filtered on the named parameter :customerId (use an index on your customer_id column). Items
// carry the source's name as their `type`.
export interface TimelineSource {
  sql: string;
}

const NAME = /^[a-z][a-z0-9_]*$/;

interface TimelineRow {
  type: string;
  id: string;
  occurred_at: Date;
  title: string;
  summary: string | null;
  data: Record<string, unknown> | null;
  total: string;
}

@Injectable()
export class TimelineService {
  private readonly sources = new Map<string, TimelineSource>();

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(CustomerAccessService) private readonly access: CustomerAccessService,
  ) {}

  // Adds a kind of item (interaction, lifecycle_change, order, payment, service_request, call, …).
  registerSource(type: string, source: TimelineSource) {
    if (!NAME.test(type)) throw new Error(`invalid timeline source name "${type}"`);
    if (this.sources.has(type)) throw new Error(`timeline source "${type}" is registered twice`);
    this.sources.set(type, source);
  }

  get types(): string[] {
    return [...this.sources.keys()];
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
    const union = wanted
      .map(
        (type) =>
          `SELECT '${type}'::text AS type, x.id::text AS id, x.occurred_at::timestamptz AS occurred_at,
                  x.title::text AS title, x.summary::text AS summary, x.data::jsonb AS data
           FROM (${this.sources.get(type)!.sql}) x`,
      )
      .join(' UNION ALL ');
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
}

const toTimelineItemDto = (r: TimelineRow): TimelineItemDto => ({
  type: r.type,
  id: r.id,
  occurredAt: new Date(r.occurred_at).toISOString(),
  title: r.title,
  summary: r.summary,
  data: r.data ?? {},
});
