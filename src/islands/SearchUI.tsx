// Search over the Pagefind index: results as the reader types, filters as toggle buttons
// with counts, arrow keys through results. Pagefind's own script is loaded on first use.
import { useEffect, useRef, useState } from 'preact/hooks';
import { searchFilters, searchFilterLabels } from '../lib/search-filters';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    q: string,
    o: { filters: Record<string, string[]> },
    ms: number,
  ): Promise<{ results: { id: string; data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>> } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  if (!loading) {
    const url = '/pagefind/pagefind.js';
    loading = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
      // Favour thorough guides over short pages (an assessment page names its topic often in few words).
      await pf.options({ highlightParam: 'highlight', excerptLength: 24, ranking: { pageLength: 0.2 } });
      await pf.init();
      return pf;
    });
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

const SUGGESTIONS = ['drift', 'debrief', 'mobile crisis', 'supervision', 'boundaries', '988'];

export type Selected = Record<string, string[]>;

/** Up to three headings inside a result's page that matched, other than the page itself. */
const headingsWithin = (r: ResultData) => r.sub_results.filter((s) => s.url !== r.url && s.title !== r.meta.title).slice(0, 3);

function Suggestions({ onPick }: { onPick: (q: string) => void }) {
  return (
    <ul class="suggestions">
      {SUGGESTIONS.map((s) => (
        <li key={s}>
          <button type="button" class="link-button" onClick={() => onPick(s)}>
            {s}
          </button>
        </li>
      ))}
    </ul>
  );
}

interface Props {
  initialQuery?: string;
  initialFilters?: Selected;
  /** Called when the query or filters change (the page keeps them in its URL). */
  onChange?: (q: string, f: Selected) => void;
  autoFocus?: boolean;
  inputId: string;
}

export default function SearchUI({ initialQuery = '', initialFilters = {}, onChange, autoFocus = true, inputId }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [selected, setSelected] = useState<Selected>(initialFilters);
  /** What is on screen: the query it answers (the box may already hold a longer one), its number of matches, and the first of them. */
  const [shown, setShown] = useState<{ query: string; total: number; items: ResultData[] } | null>(null);
  const [counts, setCounts] = useState<Record<string, Record<string, number>>>({});
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    loadPagefind()
      .then(async (pf) => {
        setCounts(await pf.filters());
        setState('ready');
      })
      .catch(() => setState('error'));
    if (autoFocus) input.current?.focus();
  }, []);

  useEffect(() => {
    onChange?.(query, selected);
    if (state !== 'ready') return;
    if (!query.trim()) {
      setShown(null);
      loadPagefind().then(async (pf) => setCounts(await pf.filters()));
      return;
    }
    let stale = false;
    loadPagefind().then(async (pf) => {
      // A short debounce: Pagefind searches in a web worker, so typing never waits on it, and
      // each search warms the next (on a 1000-guide copy, 248 ms median after the last key at
      // 30 ms against 338 ms at 60 ms).
      const search = await pf.debouncedSearch(query, { filters: selected }, 30);
      if (!search || stale) return;
      // Ask for the first 12 at once; show the best match as soon as it arrives, then the rest.
      const all = search.results.slice(0, 12).map((r) => r.data());
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
  }, [query, selected, state]);

  const toggle = (group: string, value: string) => {
    const now = selected[group] ?? [];
    const next = now.includes(value) ? now.filter((v) => v !== value) : [...now, value];
    const copy = { ...selected, [group]: next };
    if (!next.length) delete copy[group];
    setSelected(copy);
  };

  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('a[data-result]') ?? [])];
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = links();
    if (!all.length) return;
    e.preventDefault();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown') all[Math.min(i + 1, all.length - 1)].focus();
    else if (i <= 0) input.current?.focus();
    else all[i - 1].focus();
  };

  const hasQuery = query.trim().length > 0;
  return (
    <div class="search-ui" onKeyDown={onKey}>
      <form role="search" onSubmit={(e) => { e.preventDefault(); links()[0]?.focus(); }}>
        <label for={inputId} class="search-label">
          Search the hub
        </label>
        <input
          ref={input}
          id={inputId}
          type="search"
          name="q"
          value={query}
          autocomplete="off"
          spellcheck={false}
          aria-describedby={`${inputId}-hint`}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <p class="hint" id={`${inputId}-hint`}>
          Results appear as you type. Use the down arrow to move through them and Enter to open one.
        </p>
      </form>
      {state === 'error' && (
        <div class="notice warn" role="alert">
          <p>
            <strong>Search could not load.</strong> The search index is built with the site: if you are running the hub with
            <code> npm run dev</code>, build it first (<code>npm start</code>). Otherwise reload the page, or browse the{' '}
            <a href="/guides/">guides</a>.
          </p>
        </div>
      )}
      {state !== 'error' && (
        <div class="filters">
          {searchFilters.filter((g) => counts[g] && Object.keys(counts[g]).length).map((g) => (
            <div role="group" aria-label={searchFilterLabels[g]} class="filter-group" key={g}>
              <span class="filter-title" aria-hidden="true">{searchFilterLabels[g]}:</span>
              {Object.entries(counts[g])
                .sort((a, b) => a[0].localeCompare(b[0]))
                .map(([value, n]) => {
                  const on = (selected[g] ?? []).includes(value);
                  return (
                    <button type="button" class="chip" aria-pressed={on} onClick={() => toggle(g, value)} key={value} data-filter={`${g}:${value}`}>
                      {value} <span class="count">({n})</span>
                    </button>
                  );
                })}
            </div>
          ))}
        </div>
      )}
      <div aria-live="polite" class="status">
        {state === 'loading' && <p>Loading search…</p>}
        {hasQuery && shown && <p data-testid="result-count">{shown.total === 0 ? `No results for “${shown.query}”.` : `${shown.total} result${shown.total === 1 ? '' : 's'} for “${shown.query}”${shown.total > 12 ? ', showing the first 12' : ''}.`}</p>}
      </div>
      {hasQuery && shown && shown.items.length === 0 && (
        <div class="empty">
          <p>Try a shorter word, check the spelling, or turn off a filter. You could also try:</p>
          <Suggestions onPick={setQuery} />
          <p>
            Or browse all <a href="/guides/">guides</a> and <a href="/roles/">roles</a>.
          </p>
        </div>
      )}
      {!hasQuery && state === 'ready' && (
        <div class="empty">
          <p>Try searching for:</p>
          <Suggestions onPick={setQuery} />
        </div>
      )}
      {shown && shown.items.length > 0 && (
        <ul class="results" ref={list} data-testid="results">
          {shown.items.map((r) => (
            <li key={r.url}>
              <a href={r.url} data-result class="result-title">
                {r.meta.title ?? r.url}
              </a>
              <span class="result-type">{(r.filters.type ?? []).join(', ')}</span>
              <p class="excerpt" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
              {headingsWithin(r).length > 0 && (
                <ul class="sub-results">
                  {headingsWithin(r).map((s) => (
                    <li key={s.url}>
                      <a href={s.url} data-result>
                        {s.title}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
