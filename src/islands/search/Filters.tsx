// The search filters as toggle buttons with counts, in the order src/lib/search-filters.ts gives,
// folded into one control that says how many are on. A value with no matches is left out (unless
// it is on, so it can be turned off).
import { searchFilters } from '../../lib/search-filters';
import { useText } from '../shared/text';
import type { FilterCounts, Selected } from './pagefind';

interface Props {
  counts: FilterCounts;
  selected: Selected;
  onToggle: (group: string, value: string) => void;
  /** Told when the reader opens or closes the filters. */
  onOpen: (open: boolean) => void;
}

export default function Filters({ counts, selected, onToggle, onOpen }: Props) {
  const { t, lang } = useText();
  const on = Object.values(selected).reduce((n, v) => n + v.length, 0);
  const shown = (g: string) => Object.entries(counts[g] ?? {}).filter(([value, n]) => n > 0 || (selected[g] ?? []).includes(value));
  return (
    <details class="filters" open={on > 0} onToggle={(e) => onOpen(e.currentTarget.open)}>
      <summary>{on ? t('search.filtersOn', { n: on }) : t('search.filters')}</summary>
      {searchFilters
        .filter((g) => shown(g).length)
        .map((g) => (
          <div role="group" aria-label={t(`search.filter.${g}`)} class="filter-group" key={g}>
            <span class="filter-title" aria-hidden="true">
              {t(`search.filter.${g}`)}:
            </span>
            {shown(g)
              .sort((a, b) => a[0].localeCompare(b[0], lang))
              .map(([value, n]) => (
                <button type="button" class="chip" aria-pressed={(selected[g] ?? []).includes(value)} onClick={() => onToggle(g, value)} key={value} data-filter={`${g}:${value}`}>
                  {value} <span class="count">({n})</span>
                </button>
              ))}
          </div>
        ))}
    </details>
  );
}
