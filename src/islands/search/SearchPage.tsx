// The search page: the same search, with the query and filters kept in the URL.
import SearchUI, { type Selected } from './SearchUI';
import { TextProvider, type TextProps } from '../shared/text';
import { searchFilters } from '../../lib/search-filters';

function fromUrl(): { q: string; f: Selected } {
  const params = new URLSearchParams(location.search);
  const f: Selected = {};
  for (const g of searchFilters) {
    const values = params.getAll(g);
    if (values.length) f[g] = values;
  }
  return { q: params.get('q') ?? '', f };
}

function toUrl(q: string, f: Selected) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [g, values] of Object.entries(f)) for (const v of values) params.append(g, v);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

export default function SearchPage(text: TextProps) {
  const { q, f } = fromUrl();
  return (
    <TextProvider {...text}>
      <SearchUI initialQuery={q} initialFilters={f} onChange={toUrl} inputId="search-page-input" autoFocus={!q} />
    </TextProvider>
  );
}
