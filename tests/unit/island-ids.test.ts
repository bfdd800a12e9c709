import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stableIslandIds } from '../../src/integrations/island-ids.ts';

const page = (uid1: string, uid2: string) =>
  `<p>x</p><astro-island uid="${uid1}" component-url="/_astro/A.js" props="{}" ssr client="only"></astro-island><astro-island uid="${uid2}" component-url="/_astro/A.js" props="{}" ssr client="only"></astro-island>`;

test('islands are named from their page, tag and place, not from where the project was built', () => {
  const a = stableIslandIds(page('ZCJHht', 'Z1f7Bbl'), 'progress/index.html');
  const b = stableIslandIds(page('29jH0W', '2spI1T'), 'progress/index.html');
  assert.equal(a, b);
  const uids = [...a.matchAll(/uid="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(uids.length, 2);
  assert.notEqual(uids[0], uids[1], 'two identical islands on one page keep distinct names');
  assert.notEqual(stableIslandIds(page('x', 'y'), 'search/index.html'), a, 'another page names its islands differently');
  assert.ok(a.includes('component-url="/_astro/A.js" props="{}" ssr client="only"'), 'the rest of the tag is kept');
});
