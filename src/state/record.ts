// The reader's record as nanostores, shared by every island and every open tab. Storage goes
// through the adapter in ./storage.ts and nowhere else. It never loses the reader's work:
// - a damaged record is kept under a set-aside key, a clean one is started, and $notice says so;
// - a refused write (storage blocked, private mode, full) keeps the record in memory and
//   $storage says that results will not be kept after the tab closes;
// - two tabs writing at once keep both tabs' finished attempts (a write that finds another tab's
//   text in storage builds on it, and a tab that hears of another tab's write merges its own last
//   write back in).
// The decoded record lives in $record. It is validated only when it comes from outside this tab:
// on page load, when another tab writes, and (in src/lib/backup.ts) when a file is loaded.
import { atom, type ReadableAtom } from 'nanostores';
import { attemptCount, decodeRecord, emptyRecord, encodeRecord, mergeRecords, type Attempt, type Draft, type ReaderRecord } from '../lib/record.ts';
import { answerKey, reconcileKnowledgeDraft, reconcileRatingDraft, scoreAnswers } from '../lib/results.ts';
import type { Question } from '../lib/results.ts';
import { RECORD_KEY, DAMAGED_PREFIX } from './keys.ts';
import { storage as browserStorage, type StorageAdapter } from './storage.ts';

/** Whether results are being saved; when not, why (which the storage notice says in plain words). */
export type StorageMode = { mode: 'saved' } | { mode: 'memory'; reason: 'blocked' | 'full' | 'future' };
export type RecordNotice = { kind: 'recovered'; backupKey: string | null; reason: string } | null;

export function createRecordStore(store: StorageAdapter, clock: () => Date = () => new Date()) {
  const $record = atom<ReaderRecord>(emptyRecord(clock()));
  const $storage = atom<StorageMode>({ mode: 'saved' });
  const $notice = atom<RecordNotice>(null);
  /** The text this tab last read from or wrote to storage: anything else there came from outside. */
  let lastText: string | null = null;
  /** This tab's last write, merged back in if another tab's write arrives without it. */
  let lastOwnWrite: ReaderRecord | null = null;
  const saving = () => $storage.get().mode === 'saved';

  function keep(record: ReaderRecord): void {
    $record.set(record);
    if (!saving()) return;
    const text = encodeRecord(record);
    const written = store.write(RECORD_KEY, text);
    if (written.ok) {
      lastText = text;
      lastOwnWrite = record;
    } else {
      $storage.set({ mode: 'memory', reason: written.reason });
    }
  }

  function fromOtherTab(text: string | null): void {
    if (!saving() || text === null || text === lastText) return;
    const incoming = decodeRecord(text, clock());
    if (incoming.status === 'future') {
      // A newer hub in another tab: never overwrite what it wrote.
      $storage.set({ mode: 'memory', reason: 'future' });
      return;
    }
    if (incoming.status !== 'ok') return;
    lastText = text;
    const mine = lastOwnWrite;
    lastOwnWrite = null;
    if (mine) {
      const merged = mergeRecords(incoming.record, mine, clock());
      if (attemptCount(merged) > attemptCount(incoming.record)) {
        keep(merged);
        return;
      }
    }
    $record.set(incoming.record);
  }

  function start(): void {
    if (!store.probe()) {
      $storage.set({ mode: 'memory', reason: 'blocked' });
      return;
    }
    const read = store.read(RECORD_KEY);
    const text = read.ok ? read.value : null;
    const decoded = decodeRecord(text, clock());
    if (decoded.status === 'damaged') {
      const backupKey = `${DAMAGED_PREFIX}${clock().toISOString()}`;
      const setAside = store.write(backupKey, text ?? '');
      // No room for the set-aside copy: keep working, and say so.
      $notice.set({ kind: 'recovered', backupKey: setAside.ok ? backupKey : null, reason: decoded.reason });
      keep(decoded.record);
    } else if (decoded.status === 'future') {
      $record.set(decoded.record);
      $storage.set({ mode: 'memory', reason: 'future' });
    } else {
      lastText = text;
      if (decoded.status === 'ok' && decoded.migratedFrom !== undefined) keep(decoded.record);
      else $record.set(decoded.record);
    }
    store.watch(RECORD_KEY, fromOtherTab);
  }

  /** Apply a change to the freshest copy of the record (another tab may have written since). */
  function updateRecord(change: (r: ReaderRecord) => ReaderRecord): void {
    let base = $record.get();
    if (saving()) {
      const read = store.read(RECORD_KEY);
      if (read.ok && read.value && read.value !== lastText) {
        const fresh = decodeRecord(read.value, clock());
        if (fresh.status === 'ok') base = fresh.record;
      }
    }
    keep({ ...change(base), updatedAt: clock().toISOString() });
  }

  const now = () => clock().toISOString();

  function finishAttempt(assessmentId: string, attempt: Attempt): void {
    updateRecord((r) => {
      const drafts = { ...r.drafts };
      delete drafts[assessmentId];
      const previous = (r.attempts[assessmentId] ?? []).filter((a) => a.id !== attempt.id);
      return { ...r, drafts, attempts: { ...r.attempts, [assessmentId]: [...previous, attempt] } };
    });
  }

  /** The draft of an assessment as stored now (keys pressed faster than a re-render each see the one before). */
  function draftOf<K extends Draft['kind']>(assessmentId: string, kind: K): Extract<Draft, { kind: K }> | null {
    const d = $record.get().drafts[assessmentId];
    return d?.kind === kind ? (d as Extract<Draft, { kind: K }>) : null;
  }

  const actions = {
    updateRecord,
    markRead(path: string): void {
      updateRecord((r) => ({ ...r, read: { ...r.read, [path]: r.read[path] ?? now() } }));
    },
    unmarkRead(path: string): void {
      updateRecord((r) => {
        const read = { ...r.read };
        delete read[path];
        return { ...r, read };
      });
    },
    saveDraft(assessmentId: string, draft: Draft): void {
      updateRecord((r) => ({ ...r, drafts: { ...r.drafts, [assessmentId]: draft } }));
    },
    discardDraft(assessmentId: string): void {
      updateRecord((r) => {
        const drafts = { ...r.drafts };
        delete drafts[assessmentId];
        return { ...r, drafts };
      });
    },
    draftOf,
    /**
     * The reader's knowledge-check draft, kept in step with the check as it is now (questions
     * gone are dropped, new ones asked last). The island's next save stores the fixed copy.
     */
    knowledgeDraft(assessmentId: string, questionIds: string[]) {
      const d = draftOf(assessmentId, 'knowledge');
      return d ? reconcileKnowledgeDraft(d, questionIds) : null;
    },
    ratingDraft(assessmentId: string, domains: { skills: { id: string }[] }[]) {
      const d = draftOf(assessmentId, 'self-rating');
      return d ? reconcileRatingDraft(d, domains) : null;
    },
    /** Finish a knowledge check: score the answers, store the attempt, drop the draft. Returns the attempt's id, or null without a draft. */
    finishKnowledgeCheck(assessmentId: string, questions: Pick<Question, 'id' | 'options'>[]): string | null {
      const d = draftOf(assessmentId, 'knowledge');
      if (!d) return null;
      const fixed = reconcileKnowledgeDraft(d, questions.map((q) => q.id));
      const id = crypto.randomUUID();
      finishAttempt(assessmentId, { kind: 'knowledge', id, finishedAt: now(), answers: fixed.answers, ...scoreAnswers(answerKey(questions), fixed.answers) });
      return id;
    },
    /** Finish a self-rating with the reader's note (if any). Returns the attempt's id, or null without a draft. */
    finishSelfRating(assessmentId: string, domains: { skills: { id: string }[] }[], note: string | null): string | null {
      const d = draftOf(assessmentId, 'self-rating');
      if (!d) return null;
      const text = (note ?? d.note ?? '').slice(0, 5000);
      const id = crypto.randomUUID();
      finishAttempt(assessmentId, { kind: 'self-rating', id, finishedAt: now(), ratings: reconcileRatingDraft(d, domains).ratings, ...(text ? { note: text } : {}) });
      return id;
    },
    setChecklist(assessmentId: string, checked: string[]): void {
      updateRecord((r) => ({ ...r, checklists: { ...r.checklists, [assessmentId]: { checked, updatedAt: now() } } }));
    },
    replaceRecord(next: ReaderRecord): void {
      updateRecord(() => next);
    },
    mergeIntoRecord(other: ReaderRecord): void {
      updateRecord((r) => mergeRecords(r, other, clock()));
    },
    deleteAllData(): void {
      const cleared = now();
      updateRecord(() => ({ ...emptyRecord(clock()), clearedAt: cleared }));
      for (const b of actions.damagedBackups()) store.remove(b.key);
      $notice.set(null);
    },
    /** Damaged records set aside in this browser, oldest first (none when storage is blocked). */
    damagedBackups(): { key: string; text: string }[] {
      const found = store.withPrefix(DAMAGED_PREFIX);
      return found.ok ? found.value : [];
    },
    removeDamagedBackup(key: string): void {
      store.remove(key);
    },
    dismissNotice(): void {
      $notice.set(null);
    },
  };

  return { $record: $record as ReadableAtom<ReaderRecord>, $storage: $storage as ReadableAtom<StorageMode>, $notice: $notice as ReadableAtom<RecordNotice>, start, ...actions };
}

// The browser's store: one per page, started as soon as a page loads this module.
const hub = createRecordStore(browserStorage);
if (typeof window !== 'undefined') hub.start();

export const {
  $record,
  $storage,
  $notice,
  updateRecord,
  markRead,
  unmarkRead,
  saveDraft,
  discardDraft,
  draftOf,
  knowledgeDraft,
  ratingDraft,
  finishKnowledgeCheck,
  finishSelfRating,
  setChecklist,
  replaceRecord,
  mergeIntoRecord,
  deleteAllData,
  damagedBackups,
  removeDamagedBackup,
  dismissNotice,
} = hub;
