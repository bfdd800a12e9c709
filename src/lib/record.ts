// The reader's record: one versioned JSON document. This module is the codec (decode with
// validation and migration, encode), the merge used by import and by two tabs writing at
// once, and nothing else. It never touches storage: src/state does.
// zod/mini: the same validation as zod with a fraction of the bytes, since this module ships
// to the browser with every assessment.
import * as z from 'zod/mini';

export const RECORD_VERSION = 1;

// The validators are built on first use, not when the module loads: a first visit (no record
// yet) never needs them, and building them is most of this module's start-up time.
function buildSchemas() {
  const isoDate = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'a date'));
  const id = z.string().check(z.minLength(1), z.maxLength(120));
  const answerMap = z.record(id, id);
  const rating = z.number().check(z.int(), z.gte(1), z.lte(4));

  const knowledgeAttempt = z.object({
    kind: z.literal('knowledge'),
    id,
    finishedAt: isoDate,
    answers: answerMap,
    correct: z.number().check(z.int(), z.gte(0)),
    total: z.number().check(z.int(), z.gte(1)),
  });
  const ratingAttempt = z.object({
    kind: z.literal('self-rating'),
    id,
    finishedAt: isoDate,
    ratings: z.record(id, rating),
    note: z.optional(z.string().check(z.maxLength(5000))),
  });
  const attemptSchema = z.discriminatedUnion('kind', [knowledgeAttempt, ratingAttempt]);

  const knowledgeDraft = z.object({
    kind: z.literal('knowledge'),
    startedAt: isoDate,
    order: z.array(id),
    answers: answerMap,
    /** Questions whose answer the reader has checked (and so seen the explanation). */
    checked: z.array(id),
    index: z.number().check(z.int(), z.gte(0)),
  });
  const ratingDraft = z.object({
    kind: z.literal('self-rating'),
    startedAt: isoDate,
    ratings: z.record(id, rating),
    domainIndex: z.number().check(z.int(), z.gte(0)),
    note: z.optional(z.string().check(z.maxLength(5000))),
  });
  const draftSchema = z.discriminatedUnion('kind', [knowledgeDraft, ratingDraft]);

  const recordSchema = z.strictObject({
    version: z.literal(RECORD_VERSION),
    updatedAt: isoDate,
    /** Page path -> when the reader marked it read. */
    read: z.record(z.string().check(z.maxLength(200)), isoDate),
    /** Assessment id -> finished attempts, oldest first. */
    attempts: z.record(id, z.array(attemptSchema).check(z.maxLength(500))),
    /** Assessment id -> the attempt in progress. */
    drafts: z.record(id, draftSchema),
    /** Checklist id -> ticked item ids and when they last changed. */
    checklists: z.record(id, z.object({ checked: z.array(id), updatedAt: isoDate })),
    /** When the reader last deleted everything: a merge drops what is older than this. */
    clearedAt: z.optional(isoDate),
  });
  return { knowledgeAttempt, ratingAttempt, attemptSchema, knowledgeDraft, ratingDraft, draftSchema, recordSchema };
}
type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | null = null;
const schemas = (): Schemas => (built ??= buildSchemas());

export type ReaderRecord = z.infer<Schemas['recordSchema']>;
export type Attempt = z.infer<Schemas['attemptSchema']>;
export type KnowledgeAttempt = z.infer<Schemas['knowledgeAttempt']>;
export type RatingAttempt = z.infer<Schemas['ratingAttempt']>;
export type Draft = z.infer<Schemas['draftSchema']>;
export type KnowledgeDraft = z.infer<Schemas['knowledgeDraft']>;
export type RatingDraft = z.infer<Schemas['ratingDraft']>;

export function emptyRecord(now = new Date()): ReaderRecord {
  return { version: RECORD_VERSION, updatedAt: now.toISOString(), read: {}, attempts: {}, drafts: {}, checklists: {} };
}

/** A migration takes a document of version N and returns one of version N + 1. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Each entry moves a document from its key's version to the next. Version 1 is the first
 * version of the record, so there is nothing to migrate yet; the next change to the record's
 * shape adds `1: (doc) => ({ ...doc, version: 2, ... })` here and a test for it.
 */
export const migrations: Record<number, Migration> = {};

export type DecodeResult =
  | { status: 'empty'; record: ReaderRecord }
  | { status: 'ok'; record: ReaderRecord; migratedFrom?: number }
  | { status: 'damaged'; record: ReaderRecord; reason: string }
  | { status: 'future'; record: ReaderRecord; version: number };

function describeZodError(error: z.core.$ZodError): string {
  const first = error.issues[0];
  return first ? `${first.path.join('.') || 'the document'}: ${first.message}` : 'it does not have the expected shape';
}

/** Bring any earlier version forward, one step at a time. */
export function migrate(
  doc: Record<string, unknown>,
  steps: Record<number, Migration> = migrations,
  target = RECORD_VERSION,
): { doc: Record<string, unknown>; from: number } | { error: string } {
  const from = doc.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { error: 'it has no valid version number' };
  let current = doc;
  for (let v = from; v < target; v++) {
    const step = steps[v];
    if (!step) return { error: `there is no way to update a version ${v} record` };
    current = step(current);
    if (current.version !== v + 1) return { error: `updating from version ${v} did not produce version ${v + 1}` };
  }
  return { doc: current, from };
}

/** Parse the stored text. Never throws: a damaged record comes back as a clean one with a reason. */
export function decodeRecord(raw: string | null | undefined, now = new Date()): DecodeResult {
  if (raw === null || raw === undefined || raw === '') return { status: 'empty', record: emptyRecord(now) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'damaged', record: emptyRecord(now), reason: 'it is not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { status: 'damaged', record: emptyRecord(now), reason: 'it is not a record object' };
  }
  const doc = parsed as Record<string, unknown>;
  if (typeof doc.version === 'number' && doc.version > RECORD_VERSION) {
    return { status: 'future', record: emptyRecord(now), version: doc.version };
  }
  const migrated = migrate(doc);
  if ('error' in migrated) return { status: 'damaged', record: emptyRecord(now), reason: migrated.error };
  const result = schemas().recordSchema.safeParse(migrated.doc);
  if (!result.success) return { status: 'damaged', record: emptyRecord(now), reason: describeZodError(result.error) };
  return migrated.from < RECORD_VERSION
    ? { status: 'ok', record: result.data, migratedFrom: migrated.from }
    : { status: 'ok', record: result.data };
}

export function encodeRecord(record: ReaderRecord): string {
  return JSON.stringify(record);
}

const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);
const earlier = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);

/**
 * Combine two records so that nothing finished is lost: every attempt from both (by attempt
 * id), every page marked read (earliest date kept), and for drafts and checklists the most
 * recently changed one. `base` wins a tie.
 */
export function mergeRecords(base: ReaderRecord, other: ReaderRecord, now = new Date()): ReaderRecord {
  const read: ReaderRecord['read'] = { ...base.read };
  for (const [page, when] of Object.entries(other.read)) read[page] = read[page] ? earlier(read[page], when) : when;

  const attempts: ReaderRecord['attempts'] = {};
  for (const key of new Set([...Object.keys(base.attempts), ...Object.keys(other.attempts)])) {
    const byId = new Map<string, Attempt>();
    for (const a of [...(base.attempts[key] ?? []), ...(other.attempts[key] ?? [])]) if (!byId.has(a.id)) byId.set(a.id, a);
    attempts[key] = [...byId.values()].sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt));
  }

  const drafts: ReaderRecord['drafts'] = { ...base.drafts };
  for (const [key, d] of Object.entries(other.drafts)) {
    const mine = drafts[key];
    // A draft for an assessment that has since been finished in the other record is stale.
    if (!mine || Date.parse(d.startedAt) > Date.parse(mine.startedAt)) drafts[key] = d;
  }
  for (const key of Object.keys(drafts)) {
    const finished = attempts[key]?.at(-1);
    if (finished && Date.parse(finished.finishedAt) >= Date.parse(drafts[key].startedAt)) delete drafts[key];
  }

  const checklists: ReaderRecord['checklists'] = { ...base.checklists };
  for (const [key, c] of Object.entries(other.checklists)) {
    const mine = checklists[key];
    if (!mine || Date.parse(c.updatedAt) > Date.parse(mine.updatedAt)) checklists[key] = c;
  }

  const merged: ReaderRecord = {
    version: RECORD_VERSION,
    updatedAt: later(later(base.updatedAt, other.updatedAt), now.toISOString()),
    read,
    attempts,
    drafts,
    checklists,
  };
  const clearedAt = [base.clearedAt, other.clearedAt].filter((d): d is string => Boolean(d)).reduce<string | undefined>((a, b) => (a ? later(a, b) : b), undefined);
  return clearedAt ? dropBefore(merged, clearedAt) : merged;
}

/** Forget everything dated before `clearedAt` (what a "delete all my data" in another tab removed). */
function dropBefore(r: ReaderRecord, clearedAt: string): ReaderRecord {
  const t = Date.parse(clearedAt);
  const keep = (d: string) => Date.parse(d) > t;
  const attempts: ReaderRecord['attempts'] = {};
  for (const [k, list] of Object.entries(r.attempts)) {
    const kept = list.filter((a) => keep(a.finishedAt));
    if (kept.length) attempts[k] = kept;
  }
  return {
    ...r,
    clearedAt,
    read: Object.fromEntries(Object.entries(r.read).filter(([, d]) => keep(d))),
    attempts,
    drafts: Object.fromEntries(Object.entries(r.drafts).filter(([, d]) => keep(d.startedAt))),
    checklists: Object.fromEntries(Object.entries(r.checklists).filter(([, c]) => keep(c.updatedAt))),
  };
}

/** Count of finished attempts, used to tell whether a merge added anything. */
export function attemptCount(r: ReaderRecord): number {
  return Object.values(r.attempts).reduce((n, list) => n + list.length, 0);
}

/** What a record holds, in numbers a reader understands (for import previews and the progress page). */
export function summarizeRecord(record: ReaderRecord) {
  const attempts = Object.values(record.attempts).reduce((n, list) => n + list.length, 0);
  return {
    pagesRead: Object.keys(record.read).length,
    assessmentsTaken: Object.values(record.attempts).filter((l) => l.length > 0).length,
    attempts,
    inProgress: Object.keys(record.drafts).length,
    checklists: Object.keys(record.checklists).length,
  };
}
