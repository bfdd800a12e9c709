// What every view of an assessment shows, worked out from its definition and the reader's
// attempts: the assessment pages, My progress and its printed summary all use these, through
// src/state. Pure functions; the islands only render what they return.
//
// A knowledge attempt's result is RECOMPUTED, never read back: its stored answers are scored
// against the check as it is now, so the heading ("7 of 8") and the list of questions to look
// at again always agree, even after an editor changes the check. Only questions the attempt
// answered and the check still has are counted. The record still stores `correct` and `total`
// (what the reader saw that day): they are shown only when none of the attempt's questions is
// left to score it against.
import { correctOptionId, questionOrder, ratingChange, ratingProfile, strengthsAndGrowth, checklistProgress, type DomainScore, type RatedDomains, type Question } from './scoring.ts';
import type { KnowledgeAttempt, KnowledgeDraft, RatingAttempt, RatingDraft, ReaderRecord } from './record.ts';
import { formatNumber, type Lang, type Translate } from './i18n.ts';

export type { DomainScore, Question };

/** Each question of a knowledge check, as its result needs it: its id and its right option. */
export type AnswerKey = { id: string; correct: string }[];

export const answerKey = (questions: Pick<Question, 'id' | 'options'>[]): AnswerKey =>
  questions.map((q) => ({ id: q.id, correct: correctOptionId(q as Question) }));

export interface KnowledgeResult {
  correct: number;
  /** Questions the attempt answered that the check still has. */
  total: number;
  /** Ids of the counted questions answered differently from the check's right option, in the check's order. */
  missed: string[];
  /** True when the check has gained or lost questions since this attempt. */
  changed: boolean;
}

export function knowledgeResult(key: AnswerKey, attempt: Pick<KnowledgeAttempt, 'answers' | 'correct' | 'total'>): KnowledgeResult {
  const counted = key.filter((q) => q.id in attempt.answers);
  if (!counted.length) return { correct: attempt.correct, total: attempt.total, missed: [], changed: true };
  const missed = counted.filter((q) => attempt.answers[q.id] !== q.correct).map((q) => q.id);
  const changed = counted.length !== key.length || counted.length !== Object.keys(attempt.answers).length;
  return { correct: counted.length - missed.length, total: counted.length, missed, changed };
}

/** The numbers stored with a new attempt (what the reader sees the day they finish). */
export function scoreAnswers(key: AnswerKey, answers: Record<string, string>) {
  const correct = key.filter((q) => answers[q.id] === q.correct).length;
  return { correct, total: key.length };
}

export interface KnowledgeSummary {
  latest: (KnowledgeAttempt & KnowledgeResult) | null;
  /** Every attempt, newest first. */
  history: (KnowledgeAttempt & KnowledgeResult)[];
}

export function knowledgeSummary(key: AnswerKey, attempts: KnowledgeAttempt[]): KnowledgeSummary {
  const history = attempts.map((a) => ({ ...a, ...knowledgeResult(key, a) })).reverse();
  return { latest: history[0] ?? null, history };
}

export interface RatingSummary {
  latest: RatingAttempt | null;
  previous: RatingAttempt | null;
  profile: DomainScore[];
  /** Change per area since the previous rating; null with fewer than two ratings. */
  change: ReturnType<typeof ratingChange> | null;
  strengths: (DomainScore & { mean: number })[];
  growth: (DomainScore & { mean: number })[];
  /** Every rating, newest first, with its average over the rated areas. */
  history: { id: string; finishedAt: string; average: number; areas: number }[];
}

export function ratingSummary(definition: RatedDomains, attempts: RatingAttempt[]): RatingSummary {
  const latest = attempts.at(-1) ?? null;
  const previous = attempts.at(-2) ?? null;
  const profile = latest ? ratingProfile(definition, latest.ratings) : [];
  const change = latest && previous ? ratingChange(ratingProfile(definition, previous.ratings), profile) : null;
  const history = [...attempts].reverse().map((a) => {
    const rated = ratingProfile(definition, a.ratings).filter((d) => d.mean !== null);
    const average = rated.length ? rated.reduce((n, d) => n + (d.mean ?? 0), 0) / rated.length : 0;
    return { id: a.id, finishedAt: a.finishedAt, average, areas: rated.length };
  });
  return { latest, previous, profile, change, ...strengthsAndGrowth(profile), history };
}

/** What a change in an area's average reads as, in the page's words ("up 0.5", "sube 0,5"). */
export function describeChange(delta: number | null, t: Translate, lang: Lang): string {
  if (delta === null) return '–';
  if (delta > 0) return t('results.up', { n: formatNumber(delta, lang, 1) });
  if (delta < 0) return t('results.down', { n: formatNumber(Math.abs(delta), lang, 1) });
  return t('results.noChange');
}

/**
 * How a knowledge check's latest score compares with the one before it, for the study record:
 * "up 2 from 5 of 8" (null with one attempt). Scores out of different totals (the check has
 * changed) are compared as they stand.
 */
export function scoreChange(history: Pick<KnowledgeResult, 'correct' | 'total'>[], t: Translate): string | null {
  const [latest, previous] = history;
  if (!latest || !previous) return null;
  const delta = latest.correct - previous.correct;
  const from = t('knowledge.score', { correct: previous.correct, total: previous.total });
  return delta > 0 ? t('results.scoreUp', { n: delta, from }) : delta < 0 ? t('results.scoreDown', { n: -delta, from }) : t('results.scoreSame', { from });
}

/** An average rating as shown (one decimal, in the language's way), or "not rated". */
export const ratingText = (mean: number | null | undefined, t: Translate, lang: Lang) => (mean === null || mean === undefined ? t('results.notRated') : formatNumber(mean, lang, 1));

/** A checklist's groups: the whole items where the checklist is shown, only their ids where it is counted. */
export type ChecklistGroups<I extends { id: string } = { id: string }> = { id: string; title: string; items: I[] }[];

export function checklistSummary<I extends { id: string }>(groups: ChecklistGroups<I>, entry: ReaderRecord['checklists'][string] | undefined) {
  const checked = entry?.checked ?? [];
  return { ...checklistProgress({ groups }, checked), checked, updatedAt: entry?.updatedAt ?? null };
}

/**
 * What My progress needs of each assessment: made once from the real definition at build time
 * (so the progress page carries no copy of questions or explanations).
 */
export type AssessmentOutline =
  | { id: string; title: string; kind: 'knowledge'; key: AnswerKey }
  | { id: string; title: string; kind: 'self-rating'; reflective: boolean; domains: RatedDomains['domains'] }
  | { id: string; title: string; kind: 'checklist'; groups: ChecklistGroups };

type Definition =
  | { kind: 'knowledge'; title: string; questions: Pick<Question, 'id' | 'options'>[] }
  | { kind: 'self-rating'; title: string; reflective: boolean; domains: RatedDomains['domains'] }
  | { kind: 'checklist'; title: string; groups: ChecklistGroups };

export function outline(id: string, d: Definition): AssessmentOutline {
  if (d.kind === 'knowledge') return { id, title: d.title, kind: 'knowledge', key: answerKey(d.questions) };
  if (d.kind === 'self-rating') {
    const domains = d.domains.map((x) => ({ id: x.id, title: x.title, group: x.group, guide: x.guide, skills: x.skills.map((s) => ({ id: s.id, reflective: s.reflective })) }));
    return { id, title: d.title, kind: 'self-rating', reflective: d.reflective, domains };
  }
  return { id, title: d.title, kind: 'checklist', groups: d.groups.map((g) => ({ id: g.id, title: g.title, items: g.items.map((it) => ({ id: it.id })) })) };
}

/** Whether the reader has started, finished or ticked anything of this assessment. */
export const hasActivity = (id: string, record: ReaderRecord) =>
  (record.attempts[id]?.length ?? 0) > 0 || Boolean(record.checklists[id]) || Boolean(record.drafts[id]);

// ---- Drafts ------------------------------------------------------------------------------

/** A new knowledge-check draft: every question, in order or shuffled from a seed. */
export function newKnowledgeDraft(questionIds: string[], now: Date, seed?: number): KnowledgeDraft {
  return { kind: 'knowledge', startedAt: now.toISOString(), order: questionOrder(questionIds, seed), answers: {}, checked: [], index: 0 };
}

/**
 * A draft saved before an editor changed the check: questions that are gone are dropped (with
 * their answers), questions added since are asked last, and the place is kept in range.
 */
export function reconcileKnowledgeDraft(draft: KnowledgeDraft, questionIds: string[]): KnowledgeDraft {
  const exists = new Set(questionIds);
  const kept = draft.order.filter((q) => exists.has(q));
  const order = [...kept, ...questionIds.filter((q) => !kept.includes(q))];
  const answers = Object.fromEntries(Object.entries(draft.answers).filter(([q]) => exists.has(q)));
  const checked = draft.checked.filter((q) => exists.has(q) && q in answers);
  // Stay on the question the reader was on when it still exists; else the first not yet checked.
  const was = draft.order[draft.index];
  let index = was !== undefined ? order.indexOf(was) : -1;
  if (index < 0) index = Math.max(0, order.findIndex((q) => !checked.includes(q)));
  return { ...draft, order, answers, checked, index: Math.min(index, order.length - 1) };
}

/** A self-rating draft kept in step with the rating as it is now: ratings of skills that are gone dropped, the place kept in range. */
export function reconcileRatingDraft(draft: RatingDraft, domains: { skills: { id: string }[] }[]): RatingDraft {
  const skills = new Set(domains.flatMap((d) => d.skills.map((s) => s.id)));
  const ratings = Object.fromEntries(Object.entries(draft.ratings).filter(([s]) => skills.has(s)));
  return { ...draft, ratings, domainIndex: Math.min(draft.domainIndex, domains.length) };
}

/** The skills the draft has no rating for yet (empty when all are rated). */
export const unrated = <S extends { id: string }>(skills: S[], draft: Pick<RatingDraft, 'ratings'>) => skills.filter((s) => !draft.ratings[s.id]);
