// A light, read-only look at the reader's record for pages that only need to show a mark
// (a guide's "read" state, the home page's "continue" link). It never writes and never
// validates in full: pages that change the record load src/state/record.ts on demand.
import type { ReaderRecord } from '../lib/record';
import { RECORD_KEY } from './keys';

export function peekRecord(): Pick<ReaderRecord, 'read' | 'attempts' | 'checklists'> {
  const empty = { read: {}, attempts: {}, checklists: {} };
  try {
    const raw = localStorage.getItem(RECORD_KEY);
    if (!raw) return empty;
    const doc = JSON.parse(raw);
    if (typeof doc !== 'object' || doc === null) return empty;
    const obj = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {});
    return { read: obj(doc.read), attempts: obj(doc.attempts), checklists: obj(doc.checklists) } as ReaderRecord;
  } catch {
    return empty;
  }
}
