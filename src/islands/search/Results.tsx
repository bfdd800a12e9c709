// The list of results: each page's title (which opens the page at its best-matching section),
// type and excerpt, and up to three headings within it.
import type { Ref } from 'preact';
import { bestSectionUrl } from '../../lib/search-query';
import { headingsWithin, type ResultData } from './pagefind';

export default function Results({ items, list }: { items: ResultData[]; list: Ref<HTMLUListElement> }) {
  return (
    <ul class="results" ref={list} data-testid="results">
      {items.map((r) => (
        <li key={r.url}>
          <a href={bestSectionUrl(r.url, r.sub_results)} data-result class="result-title">
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
  );
}
