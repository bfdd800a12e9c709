// The scope tables, read from content/scope-tables/ through the `scopeTables` collection. The
// ScopeTable component (on guide and role pages) and the printable handouts read them through
// the same function, so a table prints exactly as its page shows it.
import { type CollectionEntry } from 'astro:content';
import { getGuides, getRoles, getScopeTables as tablesIn } from './content';
import { guideHref, roleHref } from '../lib/routes';
import { DEFAULT_LANG, translator, type Lang } from '../lib/i18n';
import { getStrings } from './i18n';
import { oncePerLang } from './once';

/** A table as it is shown: its column headings filled in when its file gives none. */
export type ScopeTable = CollectionEntry<'scopeTables'>['data'] & { doesHeading: string; doesNotHeading: string };

/** Every table of a language by the id a page places it with ("<page>/<table id>"), each page's in file order. */
export const getScopeTables = oncePerLang(async (lang): Promise<ReadonlyMap<string, ScopeTable>> => {
  const t = translator(await getStrings(lang), lang);
  const all = (await tablesIn(lang)).map(({ data }) => ({
    ...data,
    doesHeading: data.doesHeading ?? t('scope.does'),
    doesNotHeading: data.doesNotHeading ?? t('scope.doesNot'),
  }));
  return new Map(all.sort((a, b) => a.page.localeCompare(b.page) || a.position - b.position).map((t) => [t.id, t]));
});

/** One table. The content check has stopped the build on an id that names no table. */
export async function getScopeTable(id: string, lang: Lang = DEFAULT_LANG): Promise<ScopeTable> {
  const table = (await getScopeTables(lang)).get(id);
  if (!table) throw new Error(`<ScopeTable id="${id}" /> names no table: add it to content/${lang === DEFAULT_LANG ? '' : `${lang}/`}scope-tables/${id.split('/')[0]}.yaml or fix the id`);
  return table;
}

/** The published guide and role pages that have scope tables, in the order the hub lists them, each with its tables. */
export const pagesWithScopeTables = oncePerLang(async (lang) => {
  const tables = [...(await getScopeTables(lang)).values()];
  const pages = [
    ...(await getGuides(lang)).map((g) => ({ id: g.id, href: guideHref(g.id), title: g.data.title })),
    ...(await getRoles(lang)).map((r) => ({ id: r.id, href: roleHref(r.id), title: r.data.title })),
  ];
  return pages.map((p) => ({ ...p, tables: tables.filter((t) => t.page === p.id) })).filter((p) => p.tables.length > 0);
});
