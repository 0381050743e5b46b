import { useCallback, useMemo } from 'react';
import { useGetList, useLocale } from 'react-admin';
import type { DictionaryEntry } from '../../providers/types';

// Dictionaries change rarely (an admin relabels an entry); one read per type and session is plenty.
const STALE_MS = 5 * 60_000;

export const dictionaryLabel = (entry: Pick<DictionaryEntry, 'labelEn' | 'labelZh'>, locale: string) =>
  locale === 'zh' ? entry.labelZh || entry.labelEn : entry.labelEn || entry.labelZh;

/** The entries of one data dictionary list (region, industry, …) and their labels in the current locale. */
export function useDictionary(type: string) {
  const locale = useLocale();
  const { data, isPending, error } = useGetList<DictionaryEntry>(
    'dictionary-entries',
    { filter: { type }, pagination: { page: 1, perPage: 200 }, sort: { field: 'sortOrder', order: 'ASC' } },
    { staleTime: STALE_MS },
  );
  const entries = useMemo(() => data ?? [], [data]);
  const byKey = useMemo(() => new Map(entries.map((e) => [e.key, e])), [entries]);
  const label = useCallback(
    (key: string | null | undefined) => {
      if (!key) return '';
      const entry = byKey.get(key);
      return entry ? dictionaryLabel(entry, locale) : key;
    },
    [byKey, locale],
  );
  return { entries, isPending, error, label };
}
