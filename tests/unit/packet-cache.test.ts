// The packet measures the build keeps (src/integrations/packet-pages.ts): a damaged, foreign or
// missing cache file is read as empty, so every packet is printed again and the build goes on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCache } from '../../src/integrations/packet-pages.ts';

test('kept measures are read back only when the same Chromium wrote them, and a damaged file is read as none', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pch-packet-cache-'));
  try {
    const file = join(dir, 'packet-measures.json');
    const packets = { 'start-here': { files: { 'print/packets/start-here/index.html': 'abc' }, sheets: 47, pages: [['step-1', 3]] } };
    writeFileSync(file, JSON.stringify({ chromium: 'Chromium 156', packets }));
    assert.deepEqual(readCache(file, 'Chromium 156'), packets);
    assert.deepEqual(readCache(file, 'Chromium 157'), {}, 'another Chromium may break pages elsewhere');
    writeFileSync(file, JSON.stringify({ chromium: 'Chromium 156', packets: { ...packets, other: { files: {}, sheets: 'many', pages: 3 } } }));
    assert.deepEqual(readCache(file, 'Chromium 156'), packets, 'an entry of the wrong shape is left out');
    writeFileSync(file, '{"chromium": "Chromium 156", "packets": ');
    assert.deepEqual(readCache(file, 'Chromium 156'), {});
    writeFileSync(file, '{"chromium": "Chromium 156", "packets": null}');
    assert.deepEqual(readCache(file, 'Chromium 156'), {});
    assert.deepEqual(readCache(join(dir, 'none.json'), 'Chromium 156'), {});
    assert.deepEqual(readCache(undefined, 'Chromium 156'), {});
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
