// Bad input tried at scale: hundreds of malformed backup files and damaged stored records.
// Each must be refused (or set aside) with a message, never throw, and never pass as valid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readBackup, makeBackup } from '../../src/lib/backup.ts';
import { decodeRecord, emptyRecord, encodeRecord, type ReaderRecord } from '../../src/lib/record.ts';
import { words } from './words.ts';

const en = words('en');

const now = new Date('2026-06-01T00:00:00Z');
const good: ReaderRecord = {
  ...emptyRecord(now),
  read: { '/guides/what-is-peer-support/': '2026-05-01T00:00:00.000Z', '/roles/mobile-crisis-team/': '2026-05-02T00:00:00.000Z' },
  attempts: {
    'peers-in-pcrp': [{ kind: 'knowledge', id: 'a1', finishedAt: '2026-05-03T00:00:00.000Z', answers: { q1: 'true', q2: 'false' }, correct: 9, total: 13 }],
    'crisis-competencies': [{ kind: 'self-rating', id: 'r1', finishedAt: '2026-05-04T00:00:00.000Z', ratings: { s1: 2, s2: 3 }, note: 'Practise listening.' }],
  },
  drafts: { 'spot-the-drift': { kind: 'knowledge', startedAt: '2026-05-05T00:00:00.000Z', order: ['a', 'b'], answers: { a: 'none' }, checked: ['a'], index: 1 } },
  checklists: { 'supervision-practices': { checked: ['i1', 'i2'], updatedAt: '2026-05-06T00:00:00.000Z' } },
};
const goodFile = makeBackup(good, now);
const enc = (s: string) => new TextEncoder().encode(s);

/** Every way we can think of to spoil one value inside the record. */
const wrongValues: unknown[] = [null, true, 0, -1, 1.5, 'text', '', [], {}, [1], { a: 1 }, 'not a date', 99, '1e400'];

function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

function setAt(root: any, path: (string | number)[], value: unknown) {
  const copy = structuredClone(root);
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k];
  node[path.at(-1)!] = value;
  return copy;
}

function malformedFiles(): { name: string; bytes: Uint8Array }[] {
  const files: { name: string; bytes: Uint8Array }[] = [];
  // Truncated at many points.
  for (let cut = 0; cut < goodFile.length; cut += Math.max(1, Math.floor(goodFile.length / 60))) files.push({ name: `truncated-${cut}`, bytes: enc(goodFile.slice(0, cut)) });
  // A wrong type at every place in the record (only values that the schema must refuse).
  const recordPaths = pathsOf(good).filter((p) => p.length > 0);
  for (const p of recordPaths) {
    for (const v of wrongValues.slice(0, 4)) {
      const spoiled = setAt(good, p, v);
      const r = decodeRecord(JSON.stringify(spoiled));
      if (r.status === 'ok') continue; // e.g. a number where any number is allowed: not malformed
      files.push({ name: `wrong-type-${p.join('.')}-${JSON.stringify(v)}`, bytes: enc(JSON.stringify({ app: 'peer-crisis-hub', exportedAt: now.toISOString(), record: spoiled })) });
    }
  }
  // Huge.
  files.push({ name: 'huge-padding', bytes: new Uint8Array(3 * 1024 * 1024).fill(32) });
  files.push({ name: 'huge-valid-json', bytes: enc(JSON.stringify({ app: 'peer-crisis-hub', record: good, padding: 'x'.repeat(2.5 * 1024 * 1024) })) });
  // Deeply nested.
  for (const depth of [1000, 5000, 20000]) files.push({ name: `nested-${depth}`, bytes: enc('['.repeat(depth) + ']'.repeat(depth)) });
  files.push({ name: 'nested-in-record', bytes: enc(JSON.stringify({ app: 'peer-crisis-hub', record: { ...good, read: JSON.parse('{"a":'.repeat(500) + '1' + '}'.repeat(500)) } })) });
  // Unknown versions.
  for (const version of [0, -1, 2, 3, 99, 1.5, '1', null, 'v1']) files.push({ name: `version-${version}`, bytes: enc(JSON.stringify({ app: 'peer-crisis-hub', record: { ...good, version } })) });
  // Wrong encodings.
  const utf16 = new Uint8Array(goodFile.length * 2);
  for (let i = 0; i < goodFile.length; i++) utf16[i * 2] = goodFile.charCodeAt(i);
  files.push({ name: 'utf16le', bytes: utf16 });
  files.push({ name: 'latin1-accent', bytes: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]) });
  files.push({ name: 'binary', bytes: new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)) });
  // Not a backup at all.
  for (const text of ['', ' ', 'null', '[]', '"x"', '42', '{}', '{"app":"peer-crisis-hub"}', '{"record":{}}', '{"app":"other","record":{}}', '<html></html>', 'version,read\n1,2']) files.push({ name: `not-a-backup-${JSON.stringify(text)}`, bytes: enc(text) });
  // Extra keys inside the record.
  files.push({ name: 'extra-key', bytes: enc(JSON.stringify({ app: 'peer-crisis-hub', record: { ...good, surprise: 1 } })) });
  return files;
}

test('at least 200 malformed backup files are each refused with a message, and none throws', () => {
  const files = malformedFiles();
  assert.ok(files.length >= 200, `only ${files.length} files generated`);
  let refused = 0;
  for (const f of files) {
    let result;
    assert.doesNotThrow(() => (result = readBackup(f.bytes, en)), f.name);
    const r = result as unknown as { ok: boolean; message?: string };
    assert.equal(r.ok, false, `${f.name} was accepted`);
    assert.ok(r.message && r.message.length > 20 && /\.$/.test(r.message), `${f.name}: the message should be a full sentence`);
    refused++;
  }
  console.log(`# malformed backup files tried: ${files.length}, refused: ${refused}`);
});

test('the good file itself loads (the generator spoils it, not the reader)', () => {
  assert.equal(readBackup(enc(goodFile), en).ok, true);
});

test('at least 50 damaged stored records are each recovered as a clean record, and none throws', () => {
  const raw = encodeRecord(good);
  const damaged: string[] = [];
  for (let cut = 1; cut < raw.length; cut += Math.floor(raw.length / 25)) damaged.push(raw.slice(0, cut));
  for (const p of pathsOf(good).filter((x) => x.length > 0).slice(0, 40)) {
    const spoiled = JSON.stringify(setAt(good, p, 'not valid here'));
    if (decodeRecord(spoiled).status !== 'ok') damaged.push(spoiled);
  }
  damaged.push('undefined', 'NaN', '{', '}', '[', '"', 'true', '{"version":0}', '{"version":1,"read":[]}', raw.replace(/"/g, "'"));
  assert.ok(damaged.length >= 50, `only ${damaged.length} damaged records`);
  for (const d of damaged) {
    const r = decodeRecord(d, now);
    assert.equal(r.status, 'damaged', d.slice(0, 60));
    assert.deepEqual(r.record, emptyRecord(now));
  }
  console.log(`# damaged records tried: ${damaged.length}, recovered: ${damaged.length}`);
});

test('the damaged records the browser once tried one by one are each recognised as damaged', () => {
  // tests/e2e/record.spec.ts keeps one, to prove the page sets it aside, keeps its text and tells
  // the reader; src/state/record.ts does the same for whatever decodeRecord calls damaged.
  const stored = { version: 1, updatedAt: '2026-05-01T00:00:00.000Z', read: { '/guides/a/': '2026-05-01T00:00:00.000Z' }, attempts: {}, drafts: {}, checklists: {} };
  assert.equal(decodeRecord(JSON.stringify(stored)).status, 'ok');
  const raw = JSON.stringify(stored);
  const damaged = [
    ...Array.from({ length: 30 }, (_, i) => raw.slice(0, Math.floor(((i + 1) * raw.length) / 31))),
    ...['null', '[]', '42', '"x"', 'true', '{}', '{"version":0}', '{"version":"1"}', '{"version":1}', '\u0000\u0001', '{"version":1,"read":5}'],
    ...['read', 'attempts', 'drafts', 'checklists', 'updatedAt'].flatMap((k) => [JSON.stringify({ ...stored, [k]: 'broken' }), JSON.stringify({ ...stored, [k]: [1, 2] })]),
  ].filter((d) => d !== '');
  assert.ok(damaged.length >= 50);
  for (const d of damaged) {
    const r = decodeRecord(d, now);
    assert.equal(r.status, 'damaged', d);
    assert.deepEqual(r.record, emptyRecord(now));
  }
});
