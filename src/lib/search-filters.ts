// The search filters, in the order the search shows them. Pages write them as
// data-pagefind-filter attributes (src/components/SearchFilter.astro) and the search UI reads
// them back by the same names; the search page keeps them in its address.
export const searchFilters = ['type', 'audience', 'topic', 'setting'] as const;
export type SearchFilter = (typeof searchFilters)[number];

/** What each filter is called on screen. */
export const searchFilterLabels: Record<SearchFilter, string> = { type: 'Page type', audience: 'For', topic: 'Topic', setting: 'Setting' };

/** The data-pagefind-filter value: the filter's name, or name:value when the element's text is not the value. */
export const filterAttr = (name: SearchFilter, value?: string) => (value === undefined ? name : `${name}:${value}`);
