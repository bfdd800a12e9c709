import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readBackup, makeBackup, backupBytes, backupFileName, MAX_BACKUP_BYTES } from '../../src/lib/backup.ts';
import { emptyRecord, RECORD_VERSION } from '../../src/lib/record.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const record = { ...emptyRecord(new Date('2026-03-01T00:00:00Z')), read: { '/guides/a/': '2026-03-01T00:00:00.000Z' } };

test('a downloaded file loads back as the same record', () => {
  const r = readBackup(backupBytes(record));
  assert.equal(r.ok, true);
  assert.deepEqual((r as { record: unknown }).record, record);
});

test('a byte order mark is tolerated', () => {
  assert.equal(readBackup(enc('\ufeff' + makeBackup(record))).ok, true);
});

test('each kind of bad file is refused with a message that says what to do', () => {
  const cases: [Uint8Array, RegExp][] = [
    [new Uint8Array(), /empty/],
    [new Uint8Array(MAX_BACKUP_BYTES + 1), /too large/],
    [new Uint8Array([0xff, 0xfe, 0x00, 0x41]), /not text in UTF-8/],
    [enc('hello'), /not valid JSON/],
    [enc('[1,2]'), /not a progress file from this hub/],
    [enc('{"app":"other","record":{}}'), /not a progress file from this hub/],
    [enc(JSON.stringify({ app: 'peer-crisis-hub', record: { version: RECORD_VERSION + 3 } })), /newer version/],
    [enc(JSON.stringify({ app: 'peer-crisis-hub', record: { ...record, read: 5 } })), /damaged or has been edited/],
  ];
  for (const [bytes, message] of cases) {
    const r = readBackup(bytes);
    assert.equal(r.ok, false);
    assert.match((r as { message: string }).message, message);
  }
});

test('file names carry the date', () => {
  assert.equal(backupFileName(new Date('2026-11-23T10:00:00Z')), 'peer-crisis-hub-progress-2026-11-23.json');
});
