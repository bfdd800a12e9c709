import { test } from 'node:test';
import assert from 'node:assert/strict';
import { offlineList } from '../../src/integrations/offline.ts';

test("the worker's list: pages as folders under the base, revisions only where the name does not change, essentials marked", () => {
  const list = offlineList(
    [
      { url: 'index.html', revision: 'h1', size: 10 },
      { url: 'guides/drift/index.html', revision: 'h2', size: 20 },
      { url: '404.html', revision: 'h3', size: 5 },
      { url: '_astro/Base.abc.css', revision: 'h4', size: 7 },
      { url: 'pagefind/fragment/en_1.pf_fragment', revision: 'h5', size: 3 },
      { url: 'pagefind/pagefind-entry.json', revision: 'h6', size: 1 },
    ],
    '/peer-hub/',
  );
  assert.deepEqual(list, [
    { url: '/peer-hub/', revision: 'h1', bytes: 10, essential: true },
    { url: '/peer-hub/guides/drift/', revision: 'h2', bytes: 20, essential: false },
    { url: '/peer-hub/404.html', revision: 'h3', bytes: 5, essential: true },
    { url: '/peer-hub/_astro/Base.abc.css', revision: null, bytes: 7, essential: true },
    { url: '/peer-hub/pagefind/fragment/en_1.pf_fragment', revision: null, bytes: 3, essential: false },
    { url: '/peer-hub/pagefind/pagefind-entry.json', revision: 'h6', bytes: 1, essential: false },
  ]);
});
