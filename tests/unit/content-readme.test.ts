import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { README, sections, withFieldDocs } from '../../scripts/content-fields.ts';

test('content/README.md has the field tables the schemas make (run `node scripts/content-fields.ts` if not)', () => {
  const readme = readFileSync(README, 'utf8');
  assert.equal(withFieldDocs(readme), readme, 'content/README.md is out of date: run `node scripts/content-fields.ts`');
});

test('every collection in src/content.config.ts has its fields in the README', () => {
  const config = readFileSync(new URL('../../src/content.config.ts', import.meta.url), 'utf8');
  const collections = [...config.matchAll(/^\s+([A-Za-z]+): defineCollection\(/gm)].map((m) => m[1]);
  assert.ok(collections.length >= 9, `expected the content config's collections, found ${collections.join(', ')}`);
  const documented = new Set(sections.flatMap((s) => s.collections));
  const missing = collections.filter((c) => !documented.has(c));
  assert.deepEqual(missing, [], `add a section for ${missing.join(', ')} to scripts/content-fields.ts`);
});
