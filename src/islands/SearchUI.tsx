// Search over the Pagefind index: results as the reader types, filters as toggle buttons
// with counts, arrow keys through results. Pagefind's own script is loaded on first use.
import { useEffect, useRef, useState } from 'preact/hooks';

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
  preload(term: string, o?: { filters: Record<string, string[]> }): Promise<void>;
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

export const FILTER_ORDER = ['type', 'audience', 'topic', 'setting'] as const;
const FILTER_LABELS: Record<string, string> = { type: 'Page type', audience: 'For', topic: 'Topic', setting: 'Setting' };
const SUGGESTIONS = ['drift', 'debrief', 'mobile crisis', 'supervision', 'boundaries', '988'];

export type Selected = Record<string, string[]>;

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
  const [results, setResults] = useState<ResultData[] | null>(null);
  const [total, setTotal] = useState(0);
  /** The query the shown results answer (the box may already hold a longer one). */
  const [shownQuery, setShownQuery] = useState('');
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
      setResults(null);
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
      setTotal(search.results.length);
      setShownQuery(query);
      setResults(first);
      if (all.length > 1) {
        const every = await Promise.all(all);
        if (!stale) setResults(every);
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
          onInput={(e) => {
            const value = e.currentTarget.value;
            setQuery(value);
            // Start fetching the index chunks for these letters while the reader is still typing.
            if (state === 'ready' && value.trim()) loadPagefind().then((pf) => pf.preload(value, { filters: selected }));
          }}
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
          {FILTER_ORDER.filter((g) => counts[g] && Object.keys(counts[g]).length).map((g) => (
            <div role="group" aria-label={FILTER_LABELS[g]} class="filter-group" key={g}>
              <span class="filter-title" aria-hidden="true">{FILTER_LABELS[g]}:</span>
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
        {hasQuery && results && <p data-testid="result-count">{total === 0 ? `No results for “${shownQuery}”.` : `${total} result${total === 1 ? '' : 's'} for “${shownQuery}”${total > 12 ? ', showing the first 12' : ''}.`}</p>}
      </div>
      {hasQuery && results && results.length === 0 && (
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
      {results && results.length > 0 && (
        <ul class="results" ref={list} data-testid="results">
          {results.map((r) => (
            <li key={r.url}>
              <a href={r.url} data-result class="result-title">
                {r.meta.title ?? r.url}
              </a>
              <span class="result-type">{(r.filters.type ?? []).join(', ')}</span>
              <p class="excerpt" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
              {r.sub_results.filter((s) => s.url !== r.url && s.title !== r.meta.title).length > 0 && (
                <ul class="sub-results">
                  {r.sub_results
                    .filter((s) => s.url !== r.url && s.title !== r.meta.title)
                    .slice(0, 3)
                    .map((s) => (
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
