// What the islands show of an assessment, as stores over the reader's record: each is worked
// out by src/lib/results.ts whenever the record changes, once for every island that shows it.
// Islands read results here, never from src/lib/scoring or the raw record.
import { computed, type ReadableAtom } from 'nanostores';
import { checklistSummary, knowledgeSummary, ratingSummary, type AnswerKey, type ChecklistGroups, type KnowledgeSummary, type RatingSummary } from '../lib/results.ts';
import type { RatedDomains } from '../lib/scoring.ts';
import type { KnowledgeAttempt, RatingAttempt, ReaderRecord } from '../lib/record.ts';
import { $record } from './record.ts';

const kept = new Map<string, ReadableAtom<unknown>>();
function once<T>(name: string, make: () => ReadableAtom<T>): ReadableAtom<T> {
  if (!kept.has(name)) kept.set(name, make());
  return kept.get(name) as ReadableAtom<T>;
}

/** The attempts of one kind an assessment has (a record may hold another kind's if an editor changed it). */
const attemptsOf = <K extends 'knowledge' | 'self-rating'>(r: ReaderRecord, id: string, kind: K) =>
  (r.attempts[id] ?? []).filter((a) => a.kind === kind) as (K extends 'knowledge' ? KnowledgeAttempt : RatingAttempt)[];

export const knowledgeResults = (id: string, key: AnswerKey): ReadableAtom<KnowledgeSummary> =>
  once(`k:${id}`, () => computed($record, (r) => knowledgeSummary(key, attemptsOf(r, id, 'knowledge'))));

export const ratingResults = (id: string, definition: RatedDomains): ReadableAtom<RatingSummary> =>
  once(`r:${id}`, () => computed($record, (r) => ratingSummary(definition, attemptsOf(r, id, 'self-rating'))));

export const checklistResults = <I extends { id: string }>(id: string, groups: ChecklistGroups<I>) =>
  once(`c:${id}`, () => computed($record, (r) => checklistSummary(groups, r.checklists[id])));
