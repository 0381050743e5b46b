import {
  AuthUser,
  ContributionsService,
  fieldError,
  InvalidInputError,
  likePattern,
  msg,
  RecordVisibilityService,
} from '@crm/server-core';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchQueryDto } from './dto/search-query.dto';
import { SearchResultDto, SearchResultsDto } from './dto/search-result.dto';
import { SearchSource, SearchSourceDefinition } from './search-source';

// Global search over every declared @SearchSource: one UNION ALL query, each branch filtered by its
// source's visibility rule, ordered by rank.
@Injectable()
export class SearchService implements OnModuleInit {
  private readonly sources = new Map<string, SearchSourceDefinition>();

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(RecordVisibilityService) private readonly visibility: RecordVisibilityService,
    @Inject(ContributionsService) private readonly contributions: ContributionsService,
  ) {}

  onModuleInit() {
    for (const { meta } of this.contributions.collect(SearchSource)) this.sources.set(meta.name, meta);
  }

  get types(): string[] {
    return [...this.sources.keys()].sort();
  }

  async search(query: SearchQueryDto, user: AuthUser): Promise<SearchResultsDto> {
    const wanted = query.types?.length ? [...new Set(query.types)] : this.types;
    const unknown = wanted.filter((t) => !this.sources.has(t));
    if (unknown.length)
      throw new InvalidInputError(msg('validation_failed.search_type', { type: unknown[0] }), [
        fieldError('types', 'field.only_values', { values: this.types.join(', ') }),
      ]);
    if (!wanted.length) return { data: [] };
    const text = query.q.trim();
    const digits = text.replace(/\D/g, '');
    const scope = await this.visibility.scopeFor(user);
    const seesAll = scope.kind === 'all';
    const branches = wanted.map((type) => branch(type, this.sources.get(type)!, seesAll));
    const [sql, params] = this.ds.driver.escapeQueryWithParameters(
      `SELECT s.type, s.id, s.title, s.subtitle, s.customer_id
       FROM (${branches.join(' UNION ALL ')}) s
       ORDER BY s.rank DESC, s.title, s.id
       LIMIT :limit`,
      {
        q: text,
        // Lower-cased: ILIKE ignores case anyway, and customers' search_text is lower-case.
        pattern: likePattern(text.toLowerCase()),
        digits: digits.length >= 3 ? digits : '',
        limit: query.limit ?? 20,
        seesAll,
        visibleOwnerIds: seesAll ? [] : scope.userIds,
        userId: user.id,
      },
    );
    const rows: SearchRow[] = await this.ds.query(sql, params);
    return { data: rows.map(toSearchResultDto) };
  }
}

// A source's rows with its visibility rule applied. Names are checked by the contribution kind
// (lower-case dotted words), so quoting the type is safe.
function branch(type: string, source: SearchSourceDefinition, seesAll: boolean): string {
  const visibility = source.visibility ?? 'customer';
  const select = `SELECT '${type}'::text AS type, x.id::uuid AS id, x.title::text AS title,
                         x.subtitle::text AS subtitle, x.customer_id::uuid AS customer_id, x.rank::real AS rank
                  FROM (${source.sql}) x`;
  if (visibility === 'public') return select;
  if (visibility === 'customer')
    return `${select}
            JOIN customers vc ON vc.id = x.customer_id AND vc.deleted_at IS NULL
            ${seesAll ? '' : 'WHERE vc.owner_id = ANY(CAST(:visibleOwnerIds AS uuid[]))'}`;
  return `${select} WHERE (${visibility.where})`;
}

interface SearchRow {
  type: string;
  id: string;
  title: string;
  subtitle: string | null;
  customer_id: string | null;
}

const toSearchResultDto = (r: SearchRow): SearchResultDto => ({
  type: r.type,
  id: r.id,
  title: r.title,
  subtitle: r.subtitle,
  customerId: r.customer_id,
});
