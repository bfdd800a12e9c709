// The language of the page being built, and what a page or component needs of it: its words,
// its links and its content. Astro-dependent (it reads collections), so not in src/lib.
import { getCollection, getEntry } from 'astro:content';
import { DEFAULT_LANG, LANGS, flatten, isLang, languages, translator, type Dictionary, type Lang, type Strings } from '../lib/i18n.ts';
import { labelsIn } from '../lib/labels.ts';
import { collectionOf, entryIdFrom, href, langParam, localized, printScopeHref, staticPages, unlocalized, type RoutedCollection } from '../lib/routes.ts';
import { getScopeTables } from './content.ts';
import { oncePerLang } from './once.ts';

/** A language's interface words, flattened ("search.close"). The content check has already compared them with English's. */
export const getStrings = oncePerLang(async (lang): Promise<Strings> => {
  const entry = await getEntry('i18n', lang);
  if (!entry) throw new Error(`content/i18n/${lang}.yaml is missing: the hub needs a dictionary for ${languages[lang].name}`);
  return flatten(entry.data.words as Dictionary);
});

/** The collection that holds a language's entries of a routed collection ("guides" in Spanish is "esGuides"). */
export const collectionIn = <C extends RoutedCollection>(collection: C, lang: Lang) =>
  (lang === DEFAULT_LANG ? collection : `${lang}${collection[0].toUpperCase()}${collection.slice(1)}`) as C;

type Published = Record<RoutedCollection, Set<string>> & { /** The printed scope tables ("/print/scope/<page>/"), one per page with tables in this language. */ scopePrints: Set<string> };
/** The ids of a language's published entries, by collection. */
async function published(lang: Lang): Promise<Published> {
  const ids = async (c: RoutedCollection) => new Set((await getCollection(collectionIn(c, lang), (e) => !('draft' in e.data && e.data.draft))).map((e) => e.id));
  const guides = await ids('guides');
  const roles = await ids('roles');
  const withTables = new Set((await getScopeTables(lang)).map((t) => t.data.page).filter((p) => guides.has(p) || roles.has(p)));
  return { guides, roles, assessments: await ids('assessments'), paths: await ids('paths'), scopePrints: new Set([...withTables].map(printScopeHref)) };
}
const publishedIn = oncePerLang(published);

/** The fixed pages built in a language: every one, in every language (their words are in the dictionaries). */
export const fixedPagesIn = (_lang: Lang): readonly string[] => staticPages;

/** Whether an unlocalized page ("/guides/x/", with or without "#part") is written in a language, given its published ids. */
function writtenIn(lang: Lang, ids: Published, path: string): boolean {
  if (lang === DEFAULT_LANG) return true;
  const page = path.split(/[#?]/)[0];
  if (fixedPagesIn(lang).includes(page) || ids.scopePrints.has(page)) return true;
  const c = collectionOf(page);
  return c !== null && ids[c].has(entryIdFrom(c, page)!);
}

/** Whether a site-relative page ("/guides/x/" or "/es/guides/x/", with or without "#part") exists in a language. */
export async function existsIn(path: string, lang: Lang): Promise<boolean> {
  return writtenIn(lang, await publishedIn(lang), unlocalized(path.split(/[#?]/)[0]));
}

/** Everything a page or component needs of its language, from `Astro.currentLocale`, with `englishTitle`: a link's attributes where its text is an English title on this page (none on an English page). */
export async function pageLanguage(locale: string | undefined) {
  const lang: Lang = isLang(locale) ? locale : DEFAULT_LANG;
  // A fresh object each time: Astro adds a component's scoped class to attributes spread from it.
  const englishTitle: { hreflang?: string; lang?: string } = lang === DEFAULT_LANG ? {} : { hreflang: languages[DEFAULT_LANG].tag, lang: languages[DEFAULT_LANG].tag };
  return { ...(await languageOf(lang)), englishTitle };
}
const languageOf = oncePerLang(async (lang) => {
  const strings = await getStrings(lang);
  const t = translator(strings, lang);
  const ids = await publishedIn(lang);
  /** Whether a page ("/guides/x/") is written in this language. */
  const has = (path: string) => writtenIn(lang, ids, path);
  return {
    lang,
    tag: languages[lang].tag,
    strings,
    t,
    /** The words for each enumerated value (audiences, topics, settings, ...). */
    labels: labelsIn(t),
    has,
    /** A link to a page: the page in this language when it is written in it, otherwise the English page. */
    link: (path: string) => href(has(path) ? localized(path, lang) : path),
  };
});
export type PageLanguage = Awaited<ReturnType<typeof pageLanguage>>;

/** getStaticPaths for a fixed page: one route per language it is written in. */
export function fixedPageRoutes(page: string) {
  return LANGS.filter((lang) => fixedPagesIn(lang).includes(page)).map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}
