// The build has a page for each fixed page and for each published content file, and none for a
// file marked `draft: true`. (The browser tests visit the pages the build made, so a draft is
// never visited; this is where a missing page is caught.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { collectionRoutes, entryHref, staticPages, type RoutedCollection } from '../../src/lib/routes.ts';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
const skip = !existsSync(join(dist, 'index.html')) && 'run the build first';
const built = (path: string) => existsSync(join(dist, path, 'index.html'));

/** Each entry of a content collection, with whether it is a draft (front matter or YAML). */
function entries(collection: RoutedCollection) {
  const dir = join(root, 'content', collection);
  return readdirSync(dir)
    .filter((f) => /\.(mdx|yaml)$/.test(f))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const data = f.endsWith('.mdx') ? parse(text.split(/^---$/m)[1]) : parse(text);
      return { file: `content/${collection}/${f}`, id: f.replace(/\.(mdx|yaml)$/, ''), draft: data?.draft === true };
    });
}

test('every fixed page is built', { skip }, () => {
  for (const p of staticPages) assert.ok(built(p), `${p} is built`);
  assert.ok(existsSync(join(dist, '404.html')), 'the 404 page is built');
});

test('each published guide, role, assessment and path has its page, and a draft has none', { skip }, () => {
  for (const collection of Object.keys(collectionRoutes) as RoutedCollection[]) {
    const all = entries(collection);
    assert.ok(all.some((e) => !e.draft), `${collection} has published entries`);
    for (const e of all) assert.equal(built(entryHref(collection, e.id)), !e.draft, `${e.file}${e.draft ? ' is a draft and' : ''} ${e.draft ? 'must not be' : 'must be'} built at ${entryHref(collection, e.id)}`);
  }
});
