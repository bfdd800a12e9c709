// The record store (src/state/record.ts) over a fake Storage: memory fallback, a full
// storage, a damaged record and its set-aside copy, two tabs writing at once, and finishing
// attempts as state actions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRecordStore } from '../../src/state/record.ts';
import { webStorage } from '../../src/state/storage.ts';
import { RECORD_KEY, DAMAGED_PREFIX } from '../../src/state/keys.ts';
import { emptyRecord, encodeRecord, RECORD_VERSION } from '../../src/lib/record.ts';
import { FakeStorage, type FakeTab } from './fakes/storage.ts';

let tick = Date.parse('2026-03-01T10:00:00Z');
const clock = () => new Date((tick += 1000));
const open = (tab: FakeTab) => {
  const store = createRecordStore(webStorage(() => tab.view, tab), clock);
  store.start();
  return store;
};
const stored = (s: FakeStorage) => JSON.parse(s.getItem(RECORD_KEY)!);
const questions = [
  { id: 'q1', options: [{ id: 'a', correct: true }, { id: 'b' }] },
  { id: 'q2', options: [{ id: 'a' }, { id: 'b', correct: true }] },
] as never;

test('a first visit starts an empty record and writes nothing until the reader does something', () => {
  const s = new FakeStorage();
  const store = open(s.tab());
  assert.equal(store.$storage.get().mode, 'saved');
  assert.equal(s.getItem(RECORD_KEY), null);
  store.markRead('/guides/a/');
  assert.ok(stored(s).read['/guides/a/']);
});

test('blocked storage: the record lives in memory, the reader is told, and nothing throws', () => {
  const s = new FakeStorage();
  s.blocked = true;
  const store = open(s.tab());
  assert.deepEqual(store.$storage.get(), { mode: 'memory', reason: 'blocked' });
  store.markRead('/guides/a/');
  assert.ok(store.$record.get().read['/guides/a/']);
  assert.deepEqual(store.damagedBackups(), []);
});

test('a full storage keeps the record in memory from the refused write on, and says why', () => {
  const s = new FakeStorage();
  const store = open(s.tab());
  store.markRead('/guides/a/');
  s.quota = (s.getItem(RECORD_KEY)?.length ?? 0) + RECORD_KEY.length + 10;
  store.markRead('/guides/a-much-longer-address-that-does-not-fit/');
  assert.deepEqual(store.$storage.get(), { mode: 'memory', reason: 'full' });
  assert.equal(Object.keys(store.$record.get().read).length, 2, 'the refused change is kept in memory');
  assert.equal(Object.keys(stored(s).read).length, 1, 'what was saved is untouched');
});

test('a damaged record is set aside word for word, a clean one is started, and the notice says so', () => {
  const s = new FakeStorage();
  s.setItem(RECORD_KEY, '{"version":1,"read":');
  const store = open(s.tab());
  const notice = store.$notice.get();
  assert.equal(notice?.kind, 'recovered');
  assert.ok(notice?.backupKey?.startsWith(DAMAGED_PREFIX));
  assert.equal(s.getItem(notice!.backupKey!), '{"version":1,"read":');
  assert.deepEqual(store.damagedBackups().map((b) => b.text), ['{"version":1,"read":']);
  assert.equal(stored(s).version, RECORD_VERSION);
});

test('no room to set the damaged record aside: the hub keeps working and says the copy was not kept', () => {
  const s = new FakeStorage();
  const damaged = 'x'.repeat(200);
  s.setItem(RECORD_KEY, damaged);
  s.quota = 260; // room for a fresh record, not for a second copy of the damaged one
  const store = open(s.tab());
  assert.equal(store.$notice.get()?.backupKey, null);
  assert.equal(store.$storage.get().mode, 'saved');
});

test('a damaged set-aside copy can be removed, and "delete all my data" removes every one', () => {
  const s = new FakeStorage();
  s.setItem(`${DAMAGED_PREFIX}2026-01-01T00:00:00.000Z`, 'old');
  s.setItem(`${DAMAGED_PREFIX}2026-01-02T00:00:00.000Z`, 'older');
  const store = open(s.tab());
  store.removeDamagedBackup(`${DAMAGED_PREFIX}2026-01-01T00:00:00.000Z`);
  assert.equal(store.damagedBackups().length, 1);
  store.deleteAllData();
  assert.deepEqual(store.damagedBackups(), []);
  assert.ok(stored(s).clearedAt);
});

test('a record from a newer hub is never overwritten', () => {
  const s = new FakeStorage();
  const future = JSON.stringify({ version: RECORD_VERSION + 1, anything: true });
  s.setItem(RECORD_KEY, future);
  const store = open(s.tab());
  assert.deepEqual(store.$storage.get(), { mode: 'memory', reason: 'future' });
  store.markRead('/guides/a/');
  assert.equal(s.getItem(RECORD_KEY), future);
});

test('two tabs finishing at once keep both attempts, whichever event arrives first', () => {
  const s = new FakeStorage();
  const a = s.tab();
  const b = s.tab();
  const tabA = open(a);
  const tabB = open(b);
  tabA.saveDraft('quiz', { kind: 'knowledge', startedAt: clock().toISOString(), order: ['q1', 'q2'], answers: { q1: 'a', q2: 'b' }, checked: ['q1', 'q2'], index: 1 });
  b.deliver();
  const first = tabA.finishKnowledgeCheck('quiz', questions);
  // Tab B has not heard of tab A's attempt yet, and finishes one of its own.
  tabB.saveDraft('quiz', { kind: 'knowledge', startedAt: clock().toISOString(), order: ['q1', 'q2'], answers: { q1: 'b', q2: 'b' }, checked: ['q1', 'q2'], index: 1 });
  const second = tabB.finishKnowledgeCheck('quiz', questions);
  a.deliver();
  b.deliver();
  a.deliver();
  const ids = (r: ReturnType<typeof tabA.$record.get>) => (r.attempts.quiz ?? []).map((x) => x.id).sort();
  assert.deepEqual(ids(stored(s)), [first, second].sort());
  assert.deepEqual(ids(tabA.$record.get()), [first, second].sort());
  assert.deepEqual(ids(tabB.$record.get()), [first, second].sort());
});

test('a change made before this tab hears of another tab\'s write builds on that write', () => {
  const s = new FakeStorage();
  const tabA = open(s.tab());
  const tabB = open(s.tab());
  tabA.markRead('/guides/a/');
  tabB.markRead('/guides/b/'); // tab B has not had tab A's storage event yet
  assert.deepEqual(Object.keys(stored(s).read).sort(), ['/guides/a/', '/guides/b/']);
});

test('another tab writing a damaged record is ignored; this tab keeps its record', () => {
  const s = new FakeStorage();
  const a = s.tab();
  const store = open(a);
  store.markRead('/guides/a/');
  a.pending.push({ key: RECORD_KEY, newValue: 'not json' });
  a.deliver();
  assert.ok(store.$record.get().read['/guides/a/']);
});

test('finishing a knowledge check scores it, stores it and drops the draft; the result is recomputed against the check', () => {
  const s = new FakeStorage();
  const store = open(s.tab());
  store.saveDraft('quiz', { kind: 'knowledge', startedAt: clock().toISOString(), order: ['q1', 'q2'], answers: { q1: 'a', q2: 'a' }, checked: ['q1', 'q2'], index: 1 });
  const id = store.finishKnowledgeCheck('quiz', questions);
  const r = store.$record.get();
  assert.equal(r.drafts.quiz, undefined);
  assert.match(id!, /^[0-9a-f-]{36}$/);
  assert.deepEqual(r.attempts.quiz.map((a) => a.kind === 'knowledge' && [a.correct, a.total]), [[1, 2]]);
  assert.equal(store.finishKnowledgeCheck('quiz', questions), null, 'no draft, nothing to finish');
});

test('finishing a self-rating keeps the note (capped) and drops ratings of skills that no longer exist', () => {
  const s = new FakeStorage();
  const store = open(s.tab());
  store.saveDraft('rate', { kind: 'self-rating', startedAt: clock().toISOString(), ratings: { s1: 3, gone: 2 }, domainIndex: 1 });
  store.finishSelfRating('rate', [{ skills: [{ id: 's1' }] }], 'n'.repeat(6000));
  const [attempt] = store.$record.get().attempts.rate;
  assert.ok(attempt.kind === 'self-rating');
  assert.deepEqual(attempt.ratings, { s1: 3 });
  assert.equal(attempt.note?.length, 5000);
});

test('a draft whose questions were removed by an editor is brought in step, never left pointing nowhere', () => {
  const s = new FakeStorage();
  s.setItem(RECORD_KEY, encodeRecord({ ...emptyRecord(), drafts: { quiz: { kind: 'knowledge', startedAt: clock().toISOString(), order: ['old1', 'old2'], answers: { old1: 'a' }, checked: ['old1'], index: 1 } } }));
  const store = open(s.tab());
  const d = store.knowledgeDraft('quiz', ['q1', 'q2']);
  assert.deepEqual(d, { ...d, order: ['q1', 'q2'], answers: {}, checked: [], index: 0 });
});
