// Writes dist/sw.js: src/sw/service-worker.js bundled with Workbox (esbuild), and the list of
// every built file to keep offline injected by Workbox's injectManifest, each file with a
// revision (a hash of its content; none where the file's name already carries one) and its size.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { withBase } from '../lib/routes.ts';

/** Built files that are not for reading offline: for hosts and search engines, or never used. */
export const NOT_KEPT = [
  'sw.js',
  '_headers',
  'robots.txt',
  'sitemap-*.xml',
  // Pagefind's wasm for pages without a language: every page of the hub has one.
  'pagefind/wasm.unknown.pagefind',
  // The learning-path packets: printed with a connection. Each repeats its guides' whole text
  // (about 1 MB for the four), so keeping them would make every edit to a guide cost its packets.
  'print/packets/**',
];

/** Files whose names change when their content does (Astro's bundles, Pagefind's index, fragments and filters): their name is their revision. */
const NAMED_BY_CONTENT = /^(_astro\/|pagefind\/(index|fragment|filter)\/)/;

/** What offline use needs to start: the styles and scripts, the home page, the "not found" page (shown offline for a page not kept) and the icon. */
const ESSENTIAL = /^(_astro\/|index\.html$|404\.html$|favicon\.svg$)/;

export interface OfflineFile {
  /** The address the browser asks for: a page as its folder ("/guides/x/"), with the hub's base folder. */
  url: string;
  /** A hash of the content, or null where the file's name changes with its content. */
  revision: string | null;
  /** Its size in bytes, for "Keep the whole hub (3.2 MB)". */
  bytes: number;
  /** Kept when the worker installs, before any page asks. */
  essential: boolean;
}

/** Workbox's entries (dist-relative file, revision, size) as the worker's list. */
export function offlineList(entries: { url: string; revision: string | null; size: number }[], base: string): OfflineFile[] {
  return entries.map((e) => ({
    // Pages are requested as /path/, not /path/index.html.
    url: withBase(`/${e.url.replace(/(^|\/)index\.html$/, '$1')}`, base),
    revision: NAMED_BY_CONTENT.test(e.url) ? null : e.revision,
    bytes: e.size,
    essential: ESSENTIAL.test(e.url),
  }));
}

/**
 * Writes dist/sw.js for a hub served from `base` whose storage starts with `id`: its file list
 * and "not found" page carry the base folder, and its caches are named after the id, so two hubs
 * on one web address never delete each other's.
 */
export async function writeServiceWorker(dist: string, source: string, { base, id }: { base: string; id: string }): Promise<{ files: number; essential: number; bytes: number }> {
  const bundled = join(dist, 'sw.bundled.js');
  await build({
    entryPoints: [source],
    outfile: bundled,
    bundle: true,
    format: 'iife',
    minify: true,
    legalComments: 'none',
    target: 'es2020',
    logLevel: 'silent',
    define: {
      PCH_CACHE_PREFIX: JSON.stringify(`${id}-`),
      PCH_NOT_FOUND: JSON.stringify(withBase('/404.html', base)),
      // Workbox's production build: no logging, no development checks.
      'process.env.NODE_ENV': '"production"',
    },
  });
  let list: OfflineFile[] = [];
  try {
    const { warnings } = await injectManifest({
      swSrc: bundled,
      swDest: join(dist, 'sw.js'),
      globDirectory: dist,
      globPatterns: ['**/*'],
      globIgnores: [...NOT_KEPT, 'sw.bundled.js'],
      maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
      manifestTransforms: [
        async (entries) => {
          list = offlineList(entries as { url: string; revision: string | null; size: number }[], base);
          return { manifest: list as unknown as typeof entries, warnings: [] };
        },
      ],
    });
    if (warnings.length) throw new Error(`Workbox could not list the files to keep offline: ${warnings.join('; ')}`);
  } finally {
    rmSync(bundled, { force: true });
  }
  return { files: list.length, essential: list.filter((f) => f.essential).length, bytes: list.reduce((n, f) => n + f.bytes, 0) };
}
