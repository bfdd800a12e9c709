// The search filters as toggle buttons with counts, in the order src/lib/search-filters.ts gives,
// folded into one control that says how many are on. A value with no matches is left out (unless
// it is on, so it can be turned off).
import { searchFilters, searchFilterLabels } from '../../lib/search-filters';
import type { FilterCounts, Selected } from './pagefind';

interface Props {
  counts: FilterCounts;
  selected: Selected;
  onToggle: (group: string, value: string) => void;
}

export default function Filters({ counts, selected, onToggle }: Props) {
  const on = Object.values(selected).reduce((n, v) => n + v.length, 0);
  const shown = (g: string) => Object.entries(counts[g] ?? {}).filter(([value, n]) => n > 0 || (selected[g] ?? []).includes(value));
  return (
    <details class="filters" open={on > 0}>
      <summary>Filters{on ? ` (${on} on)` : ''}</summary>
      {searchFilters
        .filter((g) => shown(g).length)
        .map((g) => (
          <div role="group" aria-label={searchFilterLabels[g]} class="filter-group" key={g}>
            <span class="filter-title" aria-hidden="true">
              {searchFilterLabels[g]}:
            </span>
            {shown(g)
              .sort((a, b) => a[0].localeCompare(b[0]))
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
