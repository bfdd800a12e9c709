// The build's id, address and folder, from site.yaml as parsed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteSettings } from '../../src/lib/site-settings.ts';

test('no id, url or base: the default id at the root', () => {
  assert.deepEqual(siteSettings({ name: 'Hub' }), { id: 'pch', url: undefined, base: '/' });
  assert.deepEqual(siteSettings(null), { id: 'pch', url: undefined, base: '/' });
});

test('the folder comes from base, else from the address', () => {
  assert.deepEqual(siteSettings({ id: 'county', url: 'https://org.github.io/peer-hub/' }), { id: 'county', url: 'https://org.github.io/peer-hub/', base: '/peer-hub/' });
  assert.deepEqual(siteSettings({ url: 'https://org.github.io/peer-hub' }).base, '/peer-hub/');
  assert.deepEqual(siteSettings({ url: 'https://hub.example.org/', base: '/x/y/' }).base, '/x/y/');
});

test('values that would not pass the schema fall back to the defaults (the content check names them)', () => {
  assert.deepEqual(siteSettings({ id: 'Has Spaces', url: 'ftp://x', base: 'no-slash' }), { id: 'pch', url: undefined, base: '/' });
});
