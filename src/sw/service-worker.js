// The hub's service worker (a template: the build fills in the version and the file list).
// After the first visit it keeps every page, the assessments and the search index, so a reader
// with no signal can read, search and take assessments. A new version waits until the reader
// chooses to reload: it never takes over under a reader mid-assessment.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const NOT_FOUND = __NOT_FOUND__;
// Named after the hub's id, so a second hub on the same web address keeps its own caches.
const PREFIX = __CACHE_PREFIX__;
const CACHE = `${PREFIX}${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Pages are stored as /path/; query strings (?q=, ?highlight=, Pagefind's ?ts=) do not change the file.
      const hit = await cache.match(url.pathname, { ignoreSearch: true });
      if (hit) return hit;
      try {
        return await fetch(request);
      } catch (error) {
        if (request.mode === 'navigate') {
          const notFound = await cache.match(NOT_FOUND);
          if (notFound) return notFound;
        }
        throw error;
      }
    })(),
  );
});
