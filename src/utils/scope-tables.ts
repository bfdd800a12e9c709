// The scope tables, read from content/scope-tables/ through the `scopeTables` collection. The
// ScopeTable component (on guide and role pages) and the printable handouts read them through
// the same function, so a table prints exactly as its page shows it.
import { getCollection, type CollectionEntry } from 'astro:content';
import { getGuides, getRoles } from './content';
import { guideHref, roleHref } from '../lib/routes';
import { defaultScopeHeadings } from '../schemas/scope-table';

/** A table as it is shown: its column headings filled in when its file gives none. */
export type ScopeTable = CollectionEntry<'scopeTables'>['data'] & { doesHeading: string; doesNotHeading: string };

/** Every table by the id a page places it with ("<page>/<table id>"), each page's in file order. */
export async function getScopeTables(): Promise<Map<string, ScopeTable>> {
  const all = (await getCollection('scopeTables')).map(({ data }) => ({
    ...data,
    doesHeading: data.doesHeading ?? defaultScopeHeadings.does,
    doesNotHeading: data.doesNotHeading ?? defaultScopeHeadings.doesNot,
  }));
  return new Map(all.sort((a, b) => a.page.localeCompare(b.page) || a.position - b.position).map((t) => [t.id, t]));
}

/** One table. The content check has stopped the build on an id that names no table. */
export async function getScopeTable(id: string): Promise<ScopeTable> {
  const table = (await getScopeTables()).get(id);
  if (!table) throw new Error(`<ScopeTable id="${id}" /> names no table: add it to content/scope-tables/${id.split('/')[0]}.yaml or fix the id`);
  return table;
}

/** The published guide and role pages that have scope tables, in the order the hub lists them, each with its tables. */
export async function pagesWithScopeTables() {
  const tables = [...(await getScopeTables()).values()];
  const pages = [
    ...(await getGuides()).map((g) => ({ id: g.id, href: guideHref(g.id), title: g.data.title })),
    ...(await getRoles()).map((r) => ({ id: r.id, href: roleHref(r.id), title: r.data.title })),
  ];
  return pages.map((p) => ({ ...p, tables: tables.filter((t) => t.page === p.id) })).filter((p) => p.tables.length > 0);
}
