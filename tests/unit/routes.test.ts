// Addresses under a base folder, and back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sitePath, withBase } from '../../src/lib/routes.ts';

test('a site-relative address gets the base folder, and loses it again', () => {
  assert.equal(withBase('/guides/x/', '/'), '/guides/x/');
  assert.equal(withBase('/guides/x/', '/peer-hub/'), '/peer-hub/guides/x/');
  assert.equal(withBase('/', '/peer-hub/'), '/peer-hub/');
  assert.equal(sitePath('/peer-hub/guides/x/', '/peer-hub/'), '/guides/x/');
  assert.equal(sitePath('/peer-hub/', '/peer-hub/'), '/');
  assert.equal(sitePath('/guides/x/', '/'), '/guides/x/');
  assert.equal(sitePath('/peer-hubby/x/', '/peer-hub/'), '/peer-hubby/x/', 'only the whole folder is taken off');
});
