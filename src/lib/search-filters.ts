// The search filters, in the order the search shows them. Pages write them as
// data-pagefind-filter attributes (src/components/SearchFilter.astro) and the search UI reads
// them back by the same names; the search page keeps them in its address.
export const searchFilters = ['type', 'audience', 'topic', 'setting'] as const;
export type SearchFilter = (typeof searchFilters)[number];

/** The data-pagefind-filter value: the filter's name, or name:value when the element's text is not the value. */
export const filterAttr = (name: SearchFilter, value?: string) => (value === undefined ? name : `${name}:${value}`);
