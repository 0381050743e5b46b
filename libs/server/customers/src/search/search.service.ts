import { AuthUser, fieldError, InvalidInputError, likePattern, msg, RecordVisibilityService } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchQueryDto } from './dto/search-query.dto';
import { SearchResultDto, SearchResultsDto } from './dto/search-result.dto';

// One kind of record global search finds. `sql` is a SELECT with the columns
//   id uuid, title text, subtitle text (nullable), customer_id uuid, rank real (higher is better)
// that may use the named parameters :q (the search text), :pattern (lower-cased '%text%',
// wildcards escaped) and :digits (the digits of the text, '' when fewer than 3: for phone numbers).
// Filter with ILIKE on trigram-indexed columns; the search keeps only rows whose customer is live
// and visible to the user, and orders everything by rank.
export interface SearchSource {
  sql: string;
}

const NAME = /^[a-z][a-z0-9_]*$/;

@Injectable()
export class SearchService {
  private readonly sources = new Map<string, SearchSource>();

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(RecordVisibilityService) private readonly visibility: RecordVisibilityService,
  ) {}

  // Adds a kind of record to global search; `type` is what results carry (customer, contact, order…).
  registerSource(type: string, source: SearchSource) {
    if (!NAME.test(type)) throw new Error(`invalid search source name "${type}"`);
    if (this.sources.has(type)) throw new Error(`search source "${type}" is registered twice`);
    this.sources.set(type, source);
  }

  get types(): string[] {
    return [...this.sources.keys()];
  }

  async search(query: SearchQueryDto, user: AuthUser): Promise<SearchResultsDto> {
    const wanted = query.types?.length ? query.types : this.types;
    const unknown = wanted.filter((t) => !this.sources.has(t));
    if (unknown.length)
      throw new InvalidInputError(msg('validation_failed.search_type', { type: unknown[0] }), [
        fieldError('types', 'field.only_values', { values: this.types.join(', ') }),
      ]);
    const text = query.q.trim();
    const digits = text.replace(/\D/g, '');
    const branches = wanted.map(
      (type) =>
        `SELECT '${type}'::text AS type, x.id::uuid AS id, x.title::text AS title, x.subtitle::text AS subtitle,
                x.customer_id::uuid AS customer_id, x.rank::real AS rank
         FROM (${this.sources.get(type)!.sql}) x`,
    );
    const scope = await this.visibility.scopeFor(user);
    const [sql, params] = this.ds.driver.escapeQueryWithParameters(
      `SELECT s.type, s.id, s.title, s.subtitle, s.customer_id
       FROM (${branches.join(' UNION ALL ')}) s
       JOIN customers vc ON vc.id = s.customer_id AND vc.deleted_at IS NULL
       WHERE ${scope.kind === 'all' ? 'TRUE' : 'vc.owner_id = ANY(CAST(:visibleOwnerIds AS uuid[]))'}
       ORDER BY s.rank DESC, s.title, s.id
       LIMIT :limit`,
      {
        q: text,
        // Lower-cased: ILIKE ignores case anyway, and customers' search_text is lower-case.
        pattern: likePattern(text.toLowerCase()),
        digits: digits.length >= 3 ? digits : '',
        limit: query.limit ?? 20,
        visibleOwnerIds: scope.kind === 'all' ? [] : scope.userIds,
      },
    );
    const rows: SearchRow[] = await this.ds.query(sql, params);
    return { data: rows.map(toSearchResultDto) };
  }
}

interface SearchRow {
  type: string;
  id: string;
  title: string;
  subtitle: string | null;
  customer_id: string;
}

const toSearchResultDto = (r: SearchRow): SearchResultDto => ({
  type: r.type,
  id: r.id,
  title: r.title,
  subtitle: r.subtitle,
  customerId: r.customer_id,
});
