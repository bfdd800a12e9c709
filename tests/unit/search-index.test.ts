import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { writeSearchIndex, isUnusedPagefindFile } from '../../src/integrations/search-index.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

test('writes every index file, whole, and leaves out the UI bundles the hub never loads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pch-index-'));
  try {
    const entry = JSON.stringify({ version: '1.5.2', languages: { 'en-us': { hash: 'en-us_1', page_count: 81 } } });
    const n = writeSearchIndex(dir, [
      { path: 'pagefind-entry.json', content: bytes(entry) },
      { path: 'pagefind.js', content: bytes('export {}') },
      { path: 'fragment/en-us_abc.pf_fragment', content: new Uint8Array(70_000).fill(7) },
      { path: 'pagefind-ui.js', content: bytes('ui') },
      { path: 'pagefind-component-ui.css', content: bytes('ui') },
      { path: 'pagefind-modular-ui.js', content: bytes('ui') },
    ]);
    assert.equal(n, 3);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')).languages['en-us'].page_count, 81);
    assert.equal(readFileSync(join(dir, 'fragment/en-us_abc.pf_fragment')).length, 70_000);
    assert.deepEqual(readdirSync(dir).sort(), ['fragment', 'pagefind-entry.json', 'pagefind.js']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('refuses a file outside the index folder, and an index without its entry file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pch-index-'));
  try {
    assert.throws(() => writeSearchIndex(dir, [{ path: '../escape.js', content: bytes('x') }]), /outside its folder/);
    assert.equal(existsSync(join(dir, '..', 'escape.js')), false);
    assert.throws(() => writeSearchIndex(dir, [{ path: 'pagefind.js', content: bytes('x') }]), /no pagefind-entry.json/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('knows which Pagefind files are the unused UI bundles', () => {
  for (const f of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-modular-ui.css', 'pagefind-worker.js']) assert.ok(isUnusedPagefindFile(f), f);
  for (const f of ['pagefind.js', 'pagefind-highlight.js', 'pagefind-entry.json', 'wasm.en-us.pagefind']) assert.ok(!isUnusedPagefindFile(f), f);
});
