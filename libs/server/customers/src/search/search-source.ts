import { contributionKind } from '@crm/server-core';

// Who may see a source's rows:
// - 'customer' (default): rows belong to a customer (customer_id); a row shows when that customer is
//   live and visible to the user (record visibility, as the customer list).
// - 'public': every signed-in user sees every row (knowledge-base articles, products); customer_id may be NULL.
// - { where }: the source's own SQL predicate over its row `x`, with the named parameters
//   :seesAll (boolean: the user sees every record), :visibleOwnerIds (uuid[]: users whose records the
//   user sees, empty when :seesAll) and :userId, e.g.
//   { where: ':seesAll OR x.owner_id = ANY(CAST(:visibleOwnerIds AS uuid[]))' }.
export type SearchVisibility = 'customer' | 'public' | { where: string };

// One kind of record global search finds, declared on a provider of the lib's module:
//   @Injectable() @SearchSource({ name: 'kb_article', visibility: 'public', sql: `SELECT …` })
//   export class KbArticleSearchSource {}
// `name` is the results' type. `sql` is a SELECT with the columns
//   id uuid, title text, subtitle text (nullable), customer_id uuid (NULL when none), rank real (higher is better)
// that may use the named parameters :q (the search text), :pattern (lower-cased '%text%',
// wildcards escaped) and :digits (the digits of the text, '' when fewer than 3: for phone numbers),
// plus the visibility parameters above. Filter with ILIKE on trigram-indexed columns.
export interface SearchSourceDefinition {
  name: string;
  sql: string;
  visibility?: SearchVisibility;
}

export const SearchSource = contributionKind<SearchSourceDefinition>('search source');
