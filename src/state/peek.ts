// A light, read-only look at the reader's record for pages that only need to show a mark
// (a guide's "read" state, the home page's "continue" link). It never writes and never
// validates in full (pages that change the record load ./record.ts on demand), so it says
// honestly what it returns: the three parts it needs, each an object of values not yet checked.
import { RECORD_KEY } from './keys.ts';
import { storage } from './storage.ts';

export interface PeekedRecord {
  read: Record<string, unknown>;
  attempts: Record<string, unknown>;
  checklists: Record<string, unknown>;
}

const objectOr = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export function peekText(text: string | null): PeekedRecord {
  let doc: unknown = null;
  try {
    doc = text ? JSON.parse(text) : null;
  } catch {
    /* damaged: the full store sets it aside when a page that changes the record loads */
  }
  const o = objectOr(doc);
  return { read: objectOr(o.read), attempts: objectOr(o.attempts), checklists: objectOr(o.checklists) };
}

export function peekRecord(): PeekedRecord {
  const stored = storage.read(RECORD_KEY);
  return peekText(stored.ok ? stored.value : null);
}
