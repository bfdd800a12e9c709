// Byte budgets per page kind, measured on the built site (gzipped). A change that pushes a page
// over its budget fails here with the page, the budget and the figure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { pageWeight, pageKinds, budgets } from '../../scripts/lib/page-weight.mjs';

const dist = new URL('../../dist', import.meta.url).pathname;

for (const [kind, path] of Object.entries(pageKinds) as [keyof typeof budgets, string][]) {
  test(`${kind} page (${path}) stays within its byte budget`, { skip: !existsSync(`${dist}/index.html`) && 'run the build first' }, () => {
    const w = pageWeight(dist, path);
    const b = budgets[kind];
    assert.ok(w.js <= b.js, `${path}: JavaScript is ${w.js} bytes gzipped; the ${kind} budget is ${b.js}`);
    assert.ok(w.total <= b.total, `${path}: HTML, CSS and JavaScript total ${w.total} bytes gzipped; the ${kind} budget is ${b.total}`);
  });
}

test('a page that needs no JavaScript for reading loads no island code', () => {
  const w = pageWeight(dist, '/guides/scope-of-practice/');
  assert.deepEqual(w.files.filter((f) => /preact|client\.|record\./.test(f)), [], 'a guide page must not load Preact or the record code before interaction');
});
