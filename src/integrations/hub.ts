// The hub's build steps around Astro: check content before building, check every internal
// link and every id in the built HTML, then index the site for search with Pagefind.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkContent, schemaIssues } from './content-check.ts';
import { checkBuiltIds, checkBuiltLinks, checkBuiltText } from './built-links.ts';
import { formatIssue } from '../lib/content-rules.ts';
import { writeServiceWorker } from './offline.ts';
import { writeSearchIndex } from './search-index.ts';
import { stabilizeIslands } from './island-ids.ts';
import { measurePackets, writePacketNumbers } from './packet-pages.ts';
import * as pagefind from 'pagefind';
import { siteSettingsAt } from './site-file.ts';
import { KEPT_FILES } from './kept.ts';

/** Pagefind's index of the built site, in memory; Pagefind is always stopped, even on an error. */
async function indexForSearch(out: string) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: out });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    // The files are written from memory with Node rather than index.writeFiles: Pagefind's
    // backend can still be flushing its own writes when close() stops it, which once left
    // pagefind-entry.json empty on a 1000-guide build.
    const files = await index.getFiles();
    if (files.errors.length) throw new Error(`Pagefind could not write the index: ${files.errors.join('; ')}`);
    return { pages: added.page_count, files: files.files };
  } finally {
    await pagefind.close();
  }
}

/** Runs one build step and returns its result with the time it took, for the build's log (where the build spends its time). */
async function timed<T>(times: string[], label: string, step: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await step();
  times.push(`${label} ${Math.round(performance.now() - started)} ms`);
  return result;
}

export default function hub(): AstroIntegration {
  let root = '';
  let base = '/';
  let cacheDir = '';
  return {
    name: 'peer-crisis-hub',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
        const unchanged = (n: number) => (n ? ` (${n} unchanged since the last check)` : '');
        // Files that do not match their schema come first, in the check's plain words (Astro's
        // own message for them names no file path or line); then the content rules' problems.
        const started = performance.now();
        const { issues, unchecked, kept } = checkContent(root, join(cacheDir, KEPT_FILES.contentCheck));
        logger.info(`Content checked in ${Math.round(performance.now() - started)} ms${unchanged(kept)}.`);
        const problems = [...schemaIssues(unchecked), ...issues];
        if (problems.length === 0) return;
        const text = problems.map(formatIssue).join('\n  ');
        if (command === 'build') {
          throw new Error(`The content has ${problems.length} problem(s); fix them and build again:\n  ${text}`);
        }
        logger.warn(`The content has ${problems.length} problem(s):\n  ${text}`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const times: string[] = [];
        // The packets are measured first, so every check and the offline list see the pages as they
        // are served. Meanwhile Pagefind indexes the pages (in its own process, as Chromium prints in
        // its own): the packets are not searchable, so their numbers change nothing it reads, and
        // island ids are attributes, not text. This is the longest part of the build after Astro's.
        const [packets, { pages, files }] = await Promise.all([timed(times, 'packets', () => measurePackets(out, base, join(cacheDir, KEPT_FILES.packetMeasures))), timed(times, 'search index', () => indexForSearch(out))]);
        if (packets === null) logger.warn('No Chromium found: the learning-path packets are built without their length and the page numbers of their contents list (set CHROMIUM_PATH, or install Chromium, and build again).');
        else if (packets.measures.length) {
          const kept = packets.measures.length - packets.printed.length;
          logger.info(
            `Packets measured: ${packets.measures.map((p) => `${p.id} ${p.sheets} pages`).join(', ')} (${kept ? `${kept} unchanged since the last build, ` : ''}${writePacketNumbers(out, packets.measures)} pages numbered).`,
          );
        }
        const broken = await timed(times, 'links', () => checkBuiltLinks(out, base));
        if (broken.length) {
          throw new Error(`${broken.length} broken internal link(s) in the built site:\n  ${broken.slice(0, 50).join('\n  ')}`);
        }
        const badIds = await timed(times, 'ids', () => checkBuiltIds(out));
        if (badIds.length) {
          throw new Error(`${badIds.length} problem(s) with ids in the built site (each names the built page; fix the component or content that writes it):\n  ${badIds.slice(0, 50).join('\n  ')}`);
        }
        const slips = await timed(times, 'text', () => checkBuiltText(out));
        if (slips.length) {
          throw new Error(`${slips.length} slip(s) in the text a reader sees (each names the built page; fix the content or the template that writes it):\n  ${slips.slice(0, 50).join('\n  ')}`);
        }
        await timed(times, 'island ids', () => stabilizeIslands(out));
        const written = writeSearchIndex(`${out}/pagefind`, files);
        logger.info(`Search index written: ${pages} pages, ${written} files.`);
        const { id } = siteSettingsAt(root);
        const sw = await timed(times, 'service worker', () => writeServiceWorker(out, fileURLToPath(new URL('../sw/service-worker.js', import.meta.url)), { base, id }));
        logger.info(`Service worker written: ${sw.files} files for offline use (${sw.essential} kept at install), ${Math.round(sw.bytes / 1024)} KB in all.`);
        logger.info(`After the pages: ${times.join(', ')}.`);
      },
    },
  };
}
