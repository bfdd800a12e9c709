// Writes dist/sw.js: the service worker template with every built file to keep offline, and a
// version that changes whenever any file changes.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './files.ts';
import { withBase } from '../lib/routes.ts';

// Files for hosts and search engines, not for reading offline.
const SKIP = new Set(['sw.js', '_headers', 'robots.txt']);
const SITEMAP = /^sitemap-(index|\d+)\.xml$/;

/** Every built file to keep, site-relative ("/guides/x/", "/_astro/a.js"). */
export function offlineFiles(dist: string): string[] {
  const out = filesUnder(dist)
    .filter((f) => !SKIP.has(f.split('/').pop()!) && !SITEMAP.test(f.split('/').pop()!))
    .map((f) => `/${f}`);
  // Pages are requested as /path/, not /path/index.html.
  return out.map((f) => (f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f));
}

/**
 * Writes dist/sw.js for a hub served from `base` whose storage starts with `id`: its file list
 * and 404 page carry the base folder, and its caches are named after the id, so two hubs on one
 * web address never delete each other's.
 */
export function writeServiceWorker(dist: string, template: string, { base, id }: { base: string; id: string }): { files: number; version: string } {
  const files = offlineFiles(dist);
  const hash = createHash('sha256');
  for (const f of files) {
    const path = f.endsWith('/') ? join(dist, f, 'index.html') : join(dist, f);
    hash.update(f).update(readFileSync(path));
  }
  const version = hash.digest('hex').slice(0, 16);
  const filled = template
    .replace('__VERSION__', version)
    .replace('__PRECACHE__', JSON.stringify(files.map((f) => withBase(f, base))))
    .replace('__NOT_FOUND__', JSON.stringify(withBase('/404.html', base)))
    .replace('__CACHE_PREFIX__', JSON.stringify(`${id}-`));
  writeFileSync(join(dist, 'sw.js'), filled);
  return { files: files.length, version };
}
