// The search filters as toggle buttons with counts, in the order src/lib/search-filters.ts gives.
import { searchFilters, searchFilterLabels } from '../../lib/search-filters';
import type { FilterCounts, Selected } from './pagefind';

interface Props {
  counts: FilterCounts;
  selected: Selected;
  onToggle: (group: string, value: string) => void;
}

export default function Filters({ counts, selected, onToggle }: Props) {
  return (
    <div class="filters">
      {searchFilters
        .filter((g) => counts[g] && Object.keys(counts[g]).length)
        .map((g) => (
          <div role="group" aria-label={searchFilterLabels[g]} class="filter-group" key={g}>
            <span class="filter-title" aria-hidden="true">
              {searchFilterLabels[g]}:
            </span>
            {Object.entries(counts[g])
              .sort((a, b) => a[0].localeCompare(b[0]))
              .map(([value, n]) => (
                <button type="button" class="chip" aria-pressed={(selected[g] ?? []).includes(value)} onClick={() => onToggle(g, value)} key={value} data-filter={`${g}:${value}`}>
                  {value} <span class="count">({n})</span>
                </button>
              ))}
          </div>
        ))}
    </div>
  );
}
