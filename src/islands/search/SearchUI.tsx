// Search over the Pagefind index: results as the reader types, filters as toggle buttons
// with counts, arrow keys through results. Pagefind's own script is loaded on first use.
import { useEffect, useRef, useState } from 'preact/hooks';
import { fixedPages, href, localized } from '../../lib/routes';
import { resultsOnScreen } from '../../lib/search-query';
import type { Selected } from './pagefind';
import useSearch, { PAGE_SIZE } from './useSearch';
import Filters from './Filters';
import Results from './Results';
import Suggestions from './Suggestions';
import { useText } from '../shared/text';
import './search.css';

export type { Selected };

interface Props {
  initialQuery?: string;
  initialFilters?: Selected;
  /** Called when the query or filters change (the page keeps them in its URL). */
  onChange?: (q: string, f: Selected) => void;
  autoFocus?: boolean;
  inputId: string;
}

export default function SearchUI({ initialQuery = '', initialFilters = {}, onChange, autoFocus = true, inputId }: Props) {
  const { t, lang } = useText();
  /** A fixed page of the hub (the guides, the roles), in the page's language: both exist in every language. */
  const link = (path: string) => href(localized(path, lang));
  const [query, setQuery] = useState(initialQuery);
  const [selected, setSelected] = useState<Selected>(initialFilters);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  // At first only the results that fit on the screen below the search box: each costs its page's text to show.
  const form = useRef<HTMLFormElement>(null);
  const onScreen = () => resultsOnScreen((typeof innerHeight === 'number' ? innerHeight : 812) - Math.max(0, form.current?.getBoundingClientRect().bottom ?? 0));
  const [limit, setLimit] = useState(onScreen);
  // The filters' counts are fetched only once the reader opens the filters.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const { shown, counts, state } = useSearch(query, selected, limit, filtersOpen);
  useEffect(() => setLimit(onScreen()), [query, selected]);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, []);
  useEffect(() => onChange?.(query, selected), [query, selected]);

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
      <form ref={form} role="search" onSubmit={(e) => { e.preventDefault(); links()[0]?.focus(); }}>
        <label for={inputId} class="search-label">
          {t('search.label')}
        </label>
        <input ref={input} id={inputId} type="search" name="q" value={query} autocomplete="off" spellcheck={false} aria-describedby={`${inputId}-hint`} onInput={(e) => setQuery(e.currentTarget.value)} />
        <p class="hint" id={`${inputId}-hint`}>
          {t('search.hint')}
        </p>
      </form>
      {state === 'error' && (
        <div class="notice warn" role="alert">
          <p>
            <strong>{t('search.couldNotLoad')}</strong> {t('search.couldNotLoadHelp')} <a href={link(fixedPages.guides)}>{t('search.guides')}</a>.
          </p>
        </div>
      )}
      {state !== 'error' && <Filters counts={counts} selected={selected} onToggle={toggle} onOpen={setFiltersOpen} />}
      <div aria-live="polite" class="status">
        {state === 'loading' && <p>{t('search.loading')}</p>}
        {hasQuery && shown && <p data-testid="result-count">{shown.total === 0 ? t('search.noResults', { query: shown.query }) : t(shown.total > shown.items.length ? 'search.resultsShowing' : 'search.results', { n: shown.total, query: shown.query, shown: shown.items.length })}</p>}
      </div>
      {hasQuery && shown && shown.items.length === 0 && (
        <div class="empty">
          <p>{t('search.tryShorter')}</p>
          <Suggestions onPick={setQuery} />
          <p>
            {t('search.browseAll')} <a href={link(fixedPages.guides)}>{t('search.guides')}</a> {t('search.and')} <a href={link(fixedPages.roles)}>{t('search.roles')}</a>.
          </p>
        </div>
      )}
      {!hasQuery && state === 'ready' && (
        <div class="empty">
          <p>{t('search.trySearching')}</p>
          <Suggestions onPick={setQuery} />
        </div>
      )}
      {shown && shown.items.length > 0 && <Results items={shown.items} list={list} />}
      {shown && shown.total > shown.items.length && shown.items.length >= limit && (
        <p>
          <button type="button" class="button secondary" onClick={() => setLimit(limit + PAGE_SIZE)}>
            {t('search.showMore')}
          </button>
        </p>
      )}
    </div>
  );
}
