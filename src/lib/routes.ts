// Every address in the hub comes from here: pages, components, islands, tests and the content
// check. An address is written site-relative ("/guides/x/"), which is also how the reader's
// record names a page it marks as read. `href()` turns one into a link for the page; it is
// the one place a base path (a hub served under /some-folder/) will be added.

/**
 * Where the hub is served from: "/", or a folder such as "/peer-hub/". Astro sets it from
 * content/site.yaml (`base`, or the folder of `url`) or `astro build --base`, for pages and for
 * the browser alike; outside a build (unit tests, scripts) it is "/".
 */
import { DEFAULT_LANG, isLang, type Lang } from './i18n.ts';

export const BASE: string = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** A site-relative address as a link on the page (adds the base path, when there is one). */
export function href(path: string): string {
  return withBase(path, BASE);
}

/** A site-relative address under a given base ("/guides/x/" under "/peer-hub/" is "/peer-hub/guides/x/"). */
export function withBase(path: string, base: string): string {
  return base === '/' || base === '' ? path : `${base.replace(/\/$/, '')}${path}`;
}

/** A page's address as the browser has it ("/peer-hub/guides/x/") back to site-relative ("/guides/x/"), as the record names pages. */
export function sitePath(pathname: string, base: string = BASE): string {
  const folder = base.replace(/\/$/, '');
  return folder && pathname.startsWith(`${folder}/`) ? pathname.slice(folder.length) : pathname;
}

/** Pages that are not generated from a content file. */
export const fixedPages = {
  home: '/',
  guides: '/guides/',
  roles: '/roles/',
  assessments: '/assessments/',
  paths: '/paths/',
  glossary: '/glossary/',
  sources: '/sources/',
  search: '/search/',
  progress: '/progress/',
  about: '/about/',
  print: '/print/',
} as const;

/** The fixed pages as a list (the content check knows them before the site is built). */
export const staticPages: readonly string[] = Object.values(fixedPages);

/** Content collections that each have a page per entry, and the folder the pages live under. */
export const collectionRoutes = {
  guides: fixedPages.guides,
  roles: fixedPages.roles,
  assessments: fixedPages.assessments,
  paths: fixedPages.paths,
} as const;
export type RoutedCollection = keyof typeof collectionRoutes;

/** The page of one entry of a collection. */
export const entryHref = (collection: RoutedCollection, id: string) => `${collectionRoutes[collection]}${id}/`;
export const guideHref = (id: string) => entryHref('guides', id);
export const roleHref = (id: string) => entryHref('roles', id);
export const assessmentHref = (id: string) => entryHref('assessments', id);
export const pathHref = (id: string) => entryHref('paths', id);

/** Printable pages: a handout, a path's sign-off checklist, a path's whole packet, a page's scope tables. */
export const printHref = (id: string) => `${fixedPages.print}${id}/`;
export const printPathHref = (id: string) => `${fixedPages.print}paths/${id}/`;
export const printPacketHref = (id: string) => `${fixedPages.print}packets/${id}/`;
export const printScopeHref = (id: string) => `${fixedPages.print}scope/${id}/`;

/**
 * A page's full address for paper ("https://example.org/peer-hub/guides/x/"), from the hub's
 * public address (site.yaml `url`, or `astro build --site`) and its folder; null when the hub
 * has no public address, since a bare path ("/guides/x/") is no use on paper.
 */
export function fullAddress(path: string, site: string | URL | undefined, base: string = BASE): string | null {
  return site ? new URL(withBase(path, base), site).href : null;
}

/** A guide's topic section on the guides index. */
export const guideTopicHref = (topic: string) => `${fixedPages.guides}#${topic}`;

/** The search page with a query filled in. */
export const searchHref = (query?: string) => (query ? `${fixedPages.search}?q=${encodeURIComponent(query)}` : fixedPages.search);

/** The entry id in an address of a collection's page ("/guides/x/" -> "x"), or null. */
export function entryIdFrom(collection: RoutedCollection, path: string): string | null {
  const folder = collectionRoutes[collection];
  if (!path.startsWith(folder)) return null;
  const rest = path.slice(folder.length);
  return /^[^/#?]+\/$/.test(rest) ? rest.slice(0, -1) : null;
}
export const assessmentIdFrom = (path: string) => entryIdFrom('assessments', path);

/** The collection an address belongs to, if it is an entry's page. */
export function collectionOf(path: string): RoutedCollection | null {
  for (const c of Object.keys(collectionRoutes) as RoutedCollection[]) if (entryIdFrom(c, path) !== null) return c;
  return null;
}

/** A file of the search index Pagefind writes into the built site. */
export const searchIndexFile = (file: string) => `/pagefind/${file}`;

/** A term on the glossary page, and a source on the sources page. */
export const glossaryTermHref = (id: string) => `${fixedPages.glossary}#${id}`;
export const sourceHref = (id: string) => `${fixedPages.sources}#${id}`;
/** The id of a scope table on its page ("mobile-crisis-team/in-and-out-of-role" → "table-in-and-out-of-role"), so "At a glance" can link down to it. */
export const scopeTableAnchor = (id: string) => `table-${id.split('/').pop()}`;

/** A file served from public/ (the icon, the manifest). */
export const publicFile = (file: string) => `/${file}`;

// Languages: English pages live at the root, each other language's under its own folder
// ("/es/guides/x/"). Site-relative addresses without the folder ("/guides/x/") name a page in
// every language: the reader's record keeps those, so a guide read in Spanish counts in English too.

/** The folder of a language's pages: "" for English, "/es" for Spanish. */
export const langFolder = (lang: Lang) => (lang === DEFAULT_LANG ? '' : `/${lang}`);

/** A page's address in a language ("/guides/x/" in Spanish is "/es/guides/x/"). */
export const localized = (path: string, lang: Lang) => `${langFolder(lang)}${path}`;

/** The language of a site-relative address ("/es/guides/x/" is Spanish). */
export function langOf(path: string): Lang {
  const first = path.split('/')[1];
  return isLang(first) && first !== DEFAULT_LANG ? first : DEFAULT_LANG;
}

/** A site-relative address without its language folder ("/es/guides/x/" is "/guides/x/"), as the record names pages. */
export function unlocalized(path: string): string {
  const lang = langOf(path);
  return lang === DEFAULT_LANG ? path : path.slice(langFolder(lang).length) || '/';
}

/** The language folder a page's route is built under: undefined for English (the root), "es" for Spanish. */
export const langParam = (lang: Lang) => (lang === DEFAULT_LANG ? undefined : lang);

/** The part of a language's home page that says the page a reader switched from is not written in that language yet. */
export const untranslatedAnchor = 'untranslated';

/** A link that starts a text message to a number, with a first word when the line asks for one ("AYUDA" for Spanish). */
export const textLink = (number: string, word?: string) => (word ? `sms:${number}?&body=${encodeURIComponent(word)}` : `sms:${number}`);
