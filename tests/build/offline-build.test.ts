// The service worker's list of files: the same from two builds of the same commit in different
// folders (so a rebuild with no change offers no "new version"), and only files a reader uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, PACKET_MEASURES } from './project-copy.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
/** The worker's list, read back from the built sw.js. */
const listOf = (sw: string): { url: string; revision: string | null; bytes: number; essential: boolean }[] => JSON.parse(/(\[\{"bytes":[\s\S]*?\}\])/.exec(sw)![1]);

test('the same commit built in another folder gives the same service worker, byte for byte, with every packet measure kept from the first build', () => {
  const copy = copyProject('pch-again-');
  try {
    // The copy keeps the hub's packet measures, so the worker is also the proof that a kept
    // measure numbers the pages exactly as printing them again would.
    const kept = existsSync(join(dist, '..', PACKET_MEASURES));
    if (kept) copy.keepPacketMeasures();
    const r = copy.build();
    assert.equal(r.status, 0, r.output);
    if (kept) assert.match(r.output, /Packets measured: .*\(4 unchanged since the last build, /);
    const here = readFileSync(join(dist, 'sw.js'), 'utf8');
    const there = readFileSync(join(copy.dir, 'dist/sw.js'), 'utf8');
    if (here !== there) {
      const a = new Map(listOf(here).map((f) => [f.url, f.revision]));
      const changed = listOf(there).filter((f) => a.get(f.url) !== f.revision).map((f) => f.url);
      assert.fail(`the two workers differ; files with another revision: ${changed.join(', ') || '(none: the code differs)'}`);
    }
  } finally {
    copy.remove();
  }
});

test('the worker lists every file a reader may need and nothing else, with the essentials marked', () => {
  const list = listOf(readFileSync(join(dist, 'sw.js'), 'utf8'));
  const urls = list.map((f) => f.url);
  for (const url of urls) assert.ok(existsSync(join(dist, url.endsWith('/') ? `${url}index.html` : url)), `${url} is listed but not built`);
  for (const unused of ['/pagefind/wasm.unknown.pagefind', '/pagefind/pagefind-worker.js', '/robots.txt', '/_headers', '/sw.js']) assert.ok(!urls.includes(unused), `${unused} is listed`);
  assert.ok(!urls.some((u) => u.includes('sitemap')), 'sitemaps are for search engines');
  assert.ok(!urls.some((u) => u.includes('/print/packets/')), 'packets are printed with a connection');
  assert.ok(urls.includes('/print/debrief-card/'), 'handouts are kept');
  for (const needed of ['/', '/404.html', '/guides/peer-role-drift/', '/pagefind/pagefind.js', '/pagefind/wasm.en-us.pagefind']) assert.ok(urls.includes(needed), `${needed} is not listed`);
  assert.deepEqual(
    list.filter((f) => f.essential && !f.url.startsWith('/_astro/')).map((f) => f.url).sort(),
    ['/', '/404.html', '/favicon.svg'],
  );
  // A file named by its content needs no revision; every other file has one.
  for (const f of list) assert.equal(f.revision === null, /^\/(_astro|pagefind\/(index|fragment|filter))\//.test(f.url), f.url);
});
