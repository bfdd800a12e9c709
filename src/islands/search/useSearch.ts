// Runs the search as the query or filters change, and keeps what the screen shows: the state
// of Pagefind's loading, the filter counts, and the results for the latest query.
import { useEffect, useState } from 'preact/hooks';
import { searchableQuery } from '../../lib/search-query';
import { loadPagefind, type FilterCounts, type ResultData, type Selected } from './pagefind';

/** What is on screen: the query it answers (the box may already hold a longer one), its number of matches, and the first of them. */
export type Shown = { query: string; total: number; items: ResultData[] };

/** The number of results each "Show more results" adds. */
export const PAGE_SIZE = 12;
/** How long the search waits for the next key; a query of one or two letters waits longer (its words span much of the index). */
const DEBOUNCE_MS = 45;
const SHORT_DEBOUNCE_MS = 300;

/**
 * `withCounts`: whether the reader wants the filters (they opened them, or one is on). Until then
 * no filter file is fetched: Pagefind counts a filter's values only once its file is loaded.
 */
export default function useSearch(query: string, selected: Selected, limit: number, withCounts: boolean) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [counts, setCounts] = useState<FilterCounts>({});
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const counting = withCounts || Object.values(selected).some((v) => v.length > 0);

  useEffect(() => {
    loadPagefind()
      .then(() => setState('ready'))
      .catch(() => setState('error'));
  }, []);

  useEffect(() => {
    if (state !== 'ready') return;
    if (!query.trim()) {
      setShown(null);
      if (counting) loadPagefind().then(async (pf) => setCounts(await pf.filters()));
      else setCounts({});
      return;
    }
    let stale = false;
    loadPagefind().then(async (pf) => {
      // Search only once the reader pauses, and not for every letter typed on the way: each query
      // loads its results' text. Meanwhile the index chunks for the words so far load at once
      // (Pagefind's preload: a word's chunks are most often its prefix's, so the settled query finds
      // them loaded). A query takes a few milliseconds on the page (no worker: pagefind.ts).
      const words = searchableQuery(query);
      const short = words.trim().length < 3;
      if (!short) pf.preload(words, { filters: selected }).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, short ? SHORT_DEBOUNCE_MS : DEBOUNCE_MS));
      if (stale) return;
      // Pagefind counts a filter's values only once its file is loaded: pf.filters() loads them all, once.
      if (counting) await pf.filters();
      const search = await pf.search(words, { filters: selected });
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
  }, [query, selected, state, limit, counting]);

  return { shown, counts, state };
}
