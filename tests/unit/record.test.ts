import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeRecord, emptyRecord, encodeRecord, mergeRecords, migrate, summarizeRecord, RECORD_VERSION, type ReaderRecord } from '../../src/lib/record.ts';

const t0 = new Date('2026-01-01T00:00:00Z');
const attempt = (id: string, day: number) => ({
  kind: 'knowledge' as const,
  id,
  finishedAt: new Date(Date.UTC(2026, 0, day)).toISOString(),
  answers: { q1: 'a' },
  correct: 1,
  total: 3,
});

function sample(): ReaderRecord {
  return {
    ...emptyRecord(t0),
    read: { '/guides/a/': '2026-01-02T00:00:00.000Z' },
    attempts: { quiz: [attempt('x', 3)] },
    drafts: { rating: { kind: 'self-rating', startedAt: '2026-01-04T00:00:00.000Z', ratings: { s1: 2 }, domainIndex: 1 } },
    checklists: { list: { checked: ['i1'], updatedAt: '2026-01-05T00:00:00.000Z' } },
  };
}

test('an empty store decodes to an empty record', () => {
  for (const raw of [null, undefined, '']) {
    const r = decodeRecord(raw, t0);
    assert.equal(r.status, 'empty');
    assert.deepEqual(r.record, emptyRecord(t0));
  }
});

test('encode then decode gives back the same record', () => {
  const r = decodeRecord(encodeRecord(sample()));
  assert.equal(r.status, 'ok');
  assert.deepEqual(r.record, sample());
});

test('damaged text is reported, never thrown, and yields a clean record', () => {
  const damaged = ['{', 'null', '[]', '42', '"text"', '{"version":1}', '{"version":"1"}', JSON.stringify({ ...sample(), read: { '/a/': 'not a date' } }), JSON.stringify({ ...sample(), extra: true })];
  for (const raw of damaged) {
    const r = decodeRecord(raw, t0);
    assert.equal(r.status, 'damaged', raw);
    assert.deepEqual(r.record, emptyRecord(t0));
  }
});

test('a record from a newer version is recognised, not treated as damage', () => {
  const r = decodeRecord(JSON.stringify({ version: RECORD_VERSION + 1 }));
  assert.equal(r.status, 'future');
});

test('migrate walks each step in order and checks each result', () => {
  const steps = {
    1: (d: Record<string, unknown>) => ({ ...d, version: 2, b: 1 }),
    2: (d: Record<string, unknown>) => ({ ...d, version: 3, c: 1 }),
  };
  const out = migrate({ version: 1, a: 1 }, steps, 3);
  assert.deepEqual(out, { doc: { version: 3, a: 1, b: 1, c: 1 }, from: 1 });
  assert.deepEqual(migrate({ version: 2 }, steps, 3), { doc: { version: 3, c: 1 }, from: 2 });
  assert.match((migrate({ version: 1 }, { 1: (d) => ({ ...d, version: 5 }) }, 2) as { error: string }).error, /did not produce version 2/);
  assert.match((migrate({ version: 1 }, {}, 2) as { error: string }).error, /no way to update a version 1/);
  assert.match((migrate({}, steps, 3) as { error: string }).error, /no valid version/);
});

test('the current version needs no migration', () => {
  assert.deepEqual(migrate({ version: RECORD_VERSION }), { doc: { version: RECORD_VERSION }, from: RECORD_VERSION });
});

test('merge keeps every finished attempt from both sides, once', () => {
  const a = sample();
  const b = { ...emptyRecord(t0), attempts: { quiz: [attempt('x', 3), attempt('y', 6)], other: [attempt('z', 2)] } };
  const m = mergeRecords(a, b, t0);
  assert.deepEqual(m.attempts.quiz.map((x) => x.id), ['x', 'y']);
  assert.deepEqual(m.attempts.other.map((x) => x.id), ['z']);
  assert.deepEqual(m.read, a.read);
});

test('merge keeps the earliest read date and the newest checklist', () => {
  const a = sample();
  const b = { ...emptyRecord(t0), read: { '/guides/a/': '2026-01-01T00:00:00.000Z' }, checklists: { list: { checked: ['i1', 'i2'], updatedAt: '2026-02-01T00:00:00.000Z' } } };
  const m = mergeRecords(a, b, t0);
  assert.equal(m.read['/guides/a/'], '2026-01-01T00:00:00.000Z');
  assert.deepEqual(m.checklists.list.checked, ['i1', 'i2']);
});

test('merge drops a draft that a later finished attempt replaced', () => {
  const a = { ...emptyRecord(t0), drafts: { quiz: { kind: 'knowledge' as const, startedAt: '2026-01-02T00:00:00.000Z', order: ['q1'], answers: {}, checked: [], index: 0 } } };
  const b = { ...emptyRecord(t0), attempts: { quiz: [attempt('done', 3)] } };
  assert.deepEqual(mergeRecords(a, b, t0).drafts, {});
});

test('after "delete all my data", a merge does not bring old data back', () => {
  const cleared = { ...emptyRecord(t0), clearedAt: '2026-01-10T00:00:00.000Z' };
  const m = mergeRecords(cleared, sample(), t0);
  assert.deepEqual(summarizeRecord(m), { pagesRead: 0, assessmentsTaken: 0, attempts: 0, inProgress: 0, checklists: 0 });
  const newer = { ...emptyRecord(t0), attempts: { quiz: [attempt('new', 20)] } };
  assert.equal(mergeRecords(cleared, newer, t0).attempts.quiz.length, 1);
});

test('summary counts what a reader would count', () => {
  assert.deepEqual(summarizeRecord(sample()), { pagesRead: 1, assessmentsTaken: 1, attempts: 1, inProgress: 1, checklists: 1 });
});
