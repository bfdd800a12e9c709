// The hub's service worker. The build bundles it with Workbox (src/integrations/offline.ts) and
// fills in the list of every built file, each with a revision (a hash of its content) when its
// name does not already carry one.
//
// Two caches:
// - "essentials": what offline use needs to start (the styles and scripts, the home page, the
//   page shown when a page is not kept). Kept when the worker installs.
// - "pages": every other file (pages, assessments, the search index). Kept a file at a time when
//   the page asks (src/components/OfflineStatus.astro): the page being read, then the whole hub
//   while the browser is idle, unless the reader saves data or chose to free the space.
// An update fetches only the files whose revision changed, always from the server, never from
// the HTTP cache. A new version waits until the reader chooses to reload: it never takes over
// under a reader mid-assessment.
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';

/** Every built file: { url, revision, bytes, essential }. */
const FILES = self.__WB_MANIFEST;
// Named after the hub's id, so a second hub on the same web address keeps its own caches.
const PREFIX = PCH_CACHE_PREFIX;
const NOT_FOUND = PCH_NOT_FOUND;

// Query strings do not change the file: Pagefind's ?ts=, the highlight and the search words.
const MATCHING = { ignoreURLParametersMatching: [/^ts$/, /^highlight$/, /^q$/], directoryIndex: 'index.html' };

const essentials = new PrecacheController({ cacheName: `${PREFIX}essentials` });
const pages = new PrecacheController({ cacheName: `${PREFIX}pages` });
const PAGES = FILES.filter((f) => !f.essential);
essentials.addToCacheList(FILES.filter((f) => f.essential));
pages.addToCacheList(PAGES);
const bytesOf = new Map(FILES.map((f) => [new URL(f.url, self.location.href).href, f.bytes]));

/** Keeps these files of the pages list (absolute or site URLs) that this browser does not keep at their current revision. */
async function keep(urls) {
  const cache = await caches.open(pages.strategy.cacheName);
  for (const url of urls) {
    const file = new URL(url, self.location.href);
    file.search = '';
    const key = pages.getCacheKeyForURL(file.href);
    if (!key || (await cache.match(key))) continue;
    // Always from the server: a host's max-age must not hand back the copy this update replaces.
    const response = await fetch(new Request(file.href, { cache: 'reload', credentials: 'same-origin' }));
    if (response.ok && !response.redirected) await cache.put(key, response);
  }
}

/** A cache key's file: its address without Workbox's revision parameter. */
const withoutRevision = (key) => {
  const u = new URL(key);
  u.searchParams.delete('__WB_REVISION__');
  return u.href;
};

/** The files of the pages list this browser keeps at some revision. */
async function keptURLs() {
  const cache = await caches.open(pages.strategy.cacheName);
  return (await cache.keys()).map((r) => withoutRevision(r.url));
}

// Whether this browser keeps the whole hub: a one-entry cache, written once all of it is kept and
// deleted when the reader frees the space, so an update also fetches the files that are new (a
// search index chunk under its new name), not only new revisions of the files already kept.
const STATE = `${PREFIX}state`;
const WHOLE = new URL('whole-hub', self.registration.scope).href;
const keepsWholeHub = async () => Boolean(await (await caches.open(STATE)).match(WHOLE));

let keepingAll = null;
const keepAll = () =>
  (keepingAll ??= keep(PAGES.map((f) => f.url))
    .then(async () => (await caches.open(STATE)).put(WHOLE, new Response('1')))
    .finally(() => (keepingAll = null)));

/** What the page shows: how much of the hub this browser keeps. */
async function status() {
  const cache = await caches.open(pages.strategy.cacheName);
  const current = new Set(pages.getURLsToCacheKeys().values());
  const kept = (await cache.keys()).filter((r) => current.has(r.url));
  return {
    files: PAGES.length,
    kept: kept.length,
    bytes: PAGES.reduce((n, f) => n + f.bytes, 0),
    keptBytes: kept.reduce((n, r) => n + (bytesOf.get(withoutRevision(r.url)) ?? 0), 0),
    essentialBytes: FILES.filter((f) => f.essential).reduce((n, f) => n + f.bytes, 0),
  };
}

self.addEventListener('install', (event) => {
  essentials.install(event);
  // An update refreshes what this browser already keeps: only files it does not hold at their
  // current revision are fetched (for a whole hub, the new files too).
  event.waitUntil(keepsWholeHub().then((whole) => (whole ? keepAll() : keptURLs().then(keep))));
});

self.addEventListener('activate', (event) => {
  essentials.activate(event);
  pages.activate(event);
  event.waitUntil(
    caches
      .keys()
      // Caches of earlier workers: any of this hub's caches but these three.
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && ![essentials.strategy.cacheName, pages.strategy.cacheName, STATE].includes(k)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const { type, urls } = event.data ?? {};
  const reply = (work) =>
    event.waitUntil(
      work
        .then(status)
        .then((s) => event.ports[0]?.postMessage(s))
        .catch(() => event.ports[0]?.postMessage({ error: true })),
    );
  if (type === 'SKIP_WAITING') self.skipWaiting();
  else if (type === 'KEEP' && Array.isArray(urls)) reply(keep(urls.filter((u) => typeof u === 'string')));
  else if (type === 'KEEP_ALL') reply(keepAll());
  else if (type === 'FREE') reply(Promise.all([caches.delete(pages.strategy.cacheName), caches.delete(STATE)]));
  else if (type === 'STATUS') reply(Promise.resolve());
});

registerRoute(new PrecacheRoute(essentials, MATCHING));
registerRoute(new PrecacheRoute(pages, MATCHING));

// Offline, a page this browser does not keep opens the "not found" page, which has the crisis
// line, the menu and search.
setCatchHandler(async ({ request }) => (request.mode === 'navigate' ? ((await essentials.matchPrecache(NOT_FOUND)) ?? Response.error()) : Response.error()));
