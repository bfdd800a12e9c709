// Pagefind's browser API, loaded on first use from the built site's search index.
import { href, searchIndexFile } from '../../lib/routes';
import type { SectionLike } from '../../lib/search-query';

export interface SubResult extends SectionLike {
  title: string;
  excerpt: string;
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}
export type FilterCounts = Record<string, Record<string, number>>;
export type Selected = Record<string, string[]>;

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o: { filters: Selected }): Promise<{ results: { id: string; data(): Promise<ResultData> }[]; filters: FilterCounts } | null>;
  filters(): Promise<FilterCounts>;
  preload(q: string, o: { filters: Selected }): Promise<void>;
}

let loading: Promise<Pagefind> | null = null;

export function loadPagefind(): Promise<Pagefind> {
  if (!loading) {
    const url = href(searchIndexFile('pagefind.js'));
    loading = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
      // Favour thorough guides over short pages (an assessment page names its topic often in few words),
      // and a word typed with its accents over the same letters without ("desviación" finds "desviacion" too, ranked after).
      // baseUrl: results lead into the hub's own folder when it is served from one ("/peer-hub/").
      // noWorker: search on the page itself, which saves fetching Pagefind's 12 KB (gzip) worker
      // script; a query takes a few milliseconds there, so typing does not wait on it.
      await pf.options({ baseUrl: href('/'), highlightParam: 'highlight', excerptLength: 24, ranking: { pageLength: 0.2, diacriticSimilarity: 0.8 }, noWorker: true });
      await pf.init();
      return pf;
    });
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** Up to three headings inside a result's page that matched, other than the page itself. */
export const headingsWithin = (r: ResultData) => r.sub_results.filter((s) => s.url !== r.url && s.title !== r.meta.title).slice(0, 3);
