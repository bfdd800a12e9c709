// The reader's record as a nanostore, shared by every island and every open tab. This is the
// only code that touches the record in localStorage. It never loses the reader's work:
// - a damaged record is kept under a backup key, a clean one is started, and $notice says so;
// - a refused write (storage blocked, private mode, full) keeps the record in memory and
//   $storage says that results will not be kept after the tab closes;
// - two tabs writing at once keep both tabs' finished attempts (each write re-reads storage,
//   and a tab that sees another tab's write merges its own last write back in).
import { atom, computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import {
  attemptCount,
  decodeRecord,
  emptyRecord,
  encodeRecord,
  mergeRecords,
  type Attempt,
  type Draft,
  type ReaderRecord,
} from '../lib/record';
import { RECORD_KEY, DAMAGED_PREFIX } from './keys';

export type StorageMode = { mode: 'saved' } | { mode: 'memory'; reason: 'blocked' | 'full' | 'future' };
export type RecordNotice = { kind: 'recovered'; backupKey: string | null; reason: string } | null;

const identity = (v: string) => v;
const $raw = persistentAtom<string>(RECORD_KEY, '', { encode: identity, decode: identity });
/** Holds the record when it cannot be saved; null while storage works. */
const $memory = atom<ReaderRecord | null>(null);
export const $storage = atom<StorageMode>({ mode: 'saved' });
export const $notice = atom<RecordNotice>(null);
export const $record = computed([$raw, $memory], (raw, memory) => memory ?? decodeRecord(raw).record);

let lastOwnWrite: ReaderRecord | null = null;

function readStored(): string | null {
  try {
    return localStorage.getItem(RECORD_KEY);
  } catch {
    return null;
  }
}

function storageWorks(): boolean {
  try {
    const probe = 'pch-probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

function goMemory(record: ReaderRecord, reason: 'blocked' | 'full' | 'future') {
  $memory.set(record);
  $storage.set({ mode: 'memory', reason });
}

function write(record: ReaderRecord): void {
  if ($memory.get()) {
    $memory.set(record);
    return;
  }
  try {
    $raw.set(encodeRecord(record));
    lastOwnWrite = record;
  } catch {
    goMemory(record, 'full');
  }
}

function init() {
  if (typeof window === 'undefined') return;
  if (!storageWorks()) {
    goMemory(emptyRecord(), 'blocked');
    return;
  }
  const raw = readStored();
  const decoded = decodeRecord(raw);
  if (decoded.status === 'damaged') {
    let backupKey: string | null = `${DAMAGED_PREFIX}${new Date().toISOString()}`;
    try {
      localStorage.setItem(backupKey, raw ?? '');
    } catch {
      backupKey = null; // no room for the backup: keep working, and say so
    }
    $notice.set({ kind: 'recovered', backupKey, reason: decoded.reason });
    write(decoded.record);
  } else if (decoded.status === 'future') {
    // A newer version of the hub wrote this: never overwrite it.
    goMemory(decoded.record, 'future');
  } else if (decoded.status === 'ok' && decoded.migratedFrom !== undefined) {
    write(decoded.record);
  }
  // Another tab wrote: make sure this tab's finished attempts are still there.
  $raw.listen((value) => {
    if (!lastOwnWrite || $memory.get()) return;
    const incoming = decodeRecord(value);
    if (incoming.status !== 'ok') return;
    const merged = mergeRecords(incoming.record, lastOwnWrite);
    lastOwnWrite = null;
    if (attemptCount(merged) > attemptCount(incoming.record)) write(merged);
  });
}
init();

/** Apply a change to the freshest copy of the record (another tab may have written since). */
export function updateRecord(change: (r: ReaderRecord) => ReaderRecord): void {
  const now = new Date().toISOString();
  const memory = $memory.get();
  if (memory) {
    $memory.set({ ...change(memory), updatedAt: now });
    return;
  }
  const fresh = decodeRecord(readStored());
  const base = fresh.status === 'ok' ? fresh.record : $record.get();
  write({ ...change(base), updatedAt: now });
}

export function markRead(path: string): void {
  updateRecord((r) => ({ ...r, read: { ...r.read, [path]: r.read[path] ?? new Date().toISOString() } }));
}

export function unmarkRead(path: string): void {
  updateRecord((r) => {
    const read = { ...r.read };
    delete read[path];
    return { ...r, read };
  });
}

export function saveDraft(assessmentId: string, draft: Draft): void {
  updateRecord((r) => ({ ...r, drafts: { ...r.drafts, [assessmentId]: draft } }));
}

export function discardDraft(assessmentId: string): void {
  updateRecord((r) => {
    const drafts = { ...r.drafts };
    delete drafts[assessmentId];
    return { ...r, drafts };
  });
}

export function finishAttempt(assessmentId: string, attempt: Attempt): void {
  updateRecord((r) => {
    const drafts = { ...r.drafts };
    delete drafts[assessmentId];
    const previous = (r.attempts[assessmentId] ?? []).filter((a) => a.id !== attempt.id);
    return { ...r, drafts, attempts: { ...r.attempts, [assessmentId]: [...previous, attempt] } };
  });
}

export function setChecklist(assessmentId: string, checked: string[]): void {
  updateRecord((r) => ({
    ...r,
    checklists: { ...r.checklists, [assessmentId]: { checked, updatedAt: new Date().toISOString() } },
  }));
}

export function replaceRecord(next: ReaderRecord): void {
  updateRecord(() => next);
}

export function mergeIntoRecord(other: ReaderRecord): void {
  updateRecord((r) => mergeRecords(r, other));
}

export function deleteAllData(): void {
  const now = new Date().toISOString();
  updateRecord(() => ({ ...emptyRecord(), clearedAt: now }));
  for (const b of damagedBackups()) removeDamagedBackup(b.key);
  $notice.set(null);
}

export function damagedBackups(): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(DAMAGED_PREFIX)) out.push({ key, text: localStorage.getItem(key) ?? '' });
    }
  } catch {
    /* storage blocked: there are no backups to show */
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

export function removeDamagedBackup(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* nothing to remove */
  }
}

export function dismissNotice(): void {
  $notice.set(null);
}
