// Runs the search as the query or filters change, and keeps what the screen shows: the state
// of Pagefind's loading, the filter counts, and the results for the latest query.
import { useEffect, useState } from 'preact/hooks';
import { searchableQuery } from '../../lib/search-query';
import { loadPagefind, type FilterCounts, type ResultData, type Selected } from './pagefind';

/** What is on screen: the query it answers (the box may already hold a longer one), its number of matches, and the first of them. */
export type Shown = { query: string; total: number; items: ResultData[] };

/** The number of results shown at first, and added by each "Show more results". */
export const PAGE_SIZE = 12;

export default function useSearch(query: string, selected: Selected, limit = PAGE_SIZE) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [counts, setCounts] = useState<FilterCounts>({});
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');

  useEffect(() => {
    loadPagefind()
      .then(async (pf) => {
        setCounts(await pf.filters());
        setState('ready');
      })
      .catch(() => setState('error'));
  }, []);

  useEffect(() => {
    if (state !== 'ready') return;
    if (!query.trim()) {
      setShown(null);
      loadPagefind().then(async (pf) => setCounts(await pf.filters()));
      return;
    }
    let stale = false;
    loadPagefind().then(async (pf) => {
      // A short debounce: Pagefind searches in a web worker, so typing never waits on it.
      const search = await pf.debouncedSearch(searchableQuery(query), { filters: selected }, 30);
      if (!search || stale) return;
      // Ask for the first `limit` at once; show the best match as soon as it arrives, then the rest.
      const all = search.results.slice(0, limit).map((r) => r.data());
      const first = all.length ? [await all[0]] : [];
      if (stale) return;
      setCounts(search.filters);
      const total = search.results.length;
      setShown({ query, total, items: first });
      if (all.length > 1) {
        const every = await Promise.all(all);
        if (!stale) setShown({ query, total, items: every });
      }
    });
    return () => {
      stale = true;
    };
  }, [query, selected, state, limit]);

  return { shown, counts, state };
}
