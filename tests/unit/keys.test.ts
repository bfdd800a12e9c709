// Storage keys carry the hub's id, so two hubs on one web address keep their data apart; the
// default id gives exactly the keys today's readers already have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { keysFor, themeInitFor, RECORD_KEY, THEME_KEY } from '../../src/state/keys.ts';

test('the default id keeps the keys readers already have, so their results carry over', () => {
  assert.deepEqual(keysFor('pch'), { record: 'pch-record', damagedPrefix: 'pch-record-damaged-', theme: 'pch-theme', offline: 'pch-offline', probe: 'pch-probe' });
  assert.equal(RECORD_KEY, 'pch-record', 'outside a build the id is the default');
  assert.equal(THEME_KEY, 'pch-theme');
});

test('another id gives keys that share nothing with the default ones', () => {
  const fork = Object.values(keysFor('countyhub'));
  for (const k of Object.values(keysFor('pch'))) for (const f of fork) assert.ok(!f.startsWith(k) && !k.startsWith(f), `${f} and ${k}`);
});

test('the inline theme script reads the theme key of the hub it is built for', () => {
  const script = readFileSync(new URL('../../src/state/theme-init.js', import.meta.url), 'utf8');
  assert.match(script, /'pch-theme'/, 'theme-init.js is written for the default id');
  assert.equal(themeInitFor(script, 'pch'), script);
  const fork = themeInitFor(script, 'countyhub');
  assert.match(fork, /'countyhub-theme'/);
  assert.doesNotMatch(fork, /'pch-theme'/);
});
