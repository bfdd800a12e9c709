import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readBackup, makeBackup, backupBytes, backupFileName, MAX_BACKUP_BYTES } from '../../src/lib/backup.ts';
import { emptyRecord, RECORD_VERSION } from '../../src/lib/record.ts';
import { words } from './words.ts';

const en = words('en');

const enc = (s: string) => new TextEncoder().encode(s);
const record = { ...emptyRecord(new Date('2026-03-01T00:00:00Z')), read: { '/guides/a/': '2026-03-01T00:00:00.000Z' } };

test('a downloaded file loads back as the same record', () => {
  const r = readBackup(backupBytes(record), en);
  assert.equal(r.ok, true);
  assert.deepEqual((r as { record: unknown }).record, record);
});

test('a byte order mark is tolerated', () => {
  assert.equal(readBackup(enc('\ufeff' + makeBackup(record)), en).ok, true);
});

test('each kind of bad file is refused with a message that says what to do', () => {
  const cases: [Uint8Array, RegExp][] = [
    [new Uint8Array(), /empty/],
    [new Uint8Array(MAX_BACKUP_BYTES + 1), /too large/],
    [new Uint8Array([0xff, 0xfe, 0x00, 0x41]), /not a progress file from this hub/],
    [enc('hello'), /not a progress file from this hub/],
    [enc('[1,2]'), /not a progress file from this hub/],
    [enc('{"app":"other","record":{}}'), /not a progress file from this hub/],
    [enc(JSON.stringify({ app: 'peer-crisis-hub', record: { version: RECORD_VERSION + 3 } })), /newer version/],
    [enc(JSON.stringify({ app: 'peer-crisis-hub', record: { ...record, read: 5 } })), /damaged or has been edited/],
  ];
  for (const [bytes, message] of cases) {
    const r = readBackup(bytes, en);
    assert.equal(r.ok, false);
    assert.match((r as { message: string }).message, message);
  }
});

test('the bad files a reader is most likely to choose are each refused with the message for their kind', () => {
  // The files the browser tests once loaded one by one (tests/e2e/record.spec.ts keeps one, to
  // prove the page shows the message and changes nothing).
  const full = { ...record, attempts: { 'peers-in-pcrp': [{ kind: 'knowledge', id: 'a1', finishedAt: '2026-05-01T00:00:00.000Z', answers: {}, correct: 7, total: 13 }] } };
  const cases: [string, Uint8Array, RegExp][] = [
    ['not-json.json', enc('this is not json'), /not a progress file from this hub/],
    ['other-app.json', enc(JSON.stringify({ app: 'something-else', record: full })), /not a progress file from this hub/],
    ['wrong-shape.json', enc(JSON.stringify({ app: 'peer-crisis-hub', record: { ...full, attempts: 'many' } })), /damaged or has been edited/],
    ['future.json', enc(JSON.stringify({ app: 'peer-crisis-hub', record: { ...full, version: 99 } })), /newer version/],
    ['huge.json', new Uint8Array(3 * 1024 * 1024).fill(32), /too large/],
    ['latin1.json', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]), /not a progress file from this hub/],
    ['empty.json', enc(''), /empty/],
  ];
  for (const [name, bytes, message] of cases) {
    const r = readBackup(bytes, en);
    assert.equal(r.ok, false, name);
    assert.match((r as { message: string }).message, message, name);
  }
});

test('file names carry the date', () => {
  assert.equal(backupFileName(new Date('2026-11-23T10:00:00Z')), 'peer-crisis-hub-progress-2026-11-23.json');
});

test('a file says which hub saved it; a file without that still loads', () => {
  const here = { id: 'county', name: 'County Peer Hub' };
  const r = readBackup(backupBytes(record, new Date('2026-05-01T00:00:00Z'), here), en);
  assert.ok(r.ok);
  assert.deepEqual(r.ok && r.from, here);
  const old = readBackup(backupBytes(record), en);
  assert.ok(old.ok);
  assert.equal(old.ok && old.from, null);
  const odd = readBackup(new TextEncoder().encode(JSON.stringify({ app: 'peer-crisis-hub', exportedAt: '2026-05-01T00:00:00Z', hub: { id: 3 }, record })), en);
  assert.ok(odd.ok, 'a hub field that is not an id and a name is ignored, not an error');
  assert.equal(odd.ok && odd.from, null);
});
