// What every view of an assessment shows (src/lib/results.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerKey, checklistSummary, describeChange, knowledgeResult, knowledgeSummary, outline, ratingSummary, ratingText, reconcileKnowledgeDraft, reconcileRatingDraft, scoreAnswers, hasActivity, unrated } from '../../src/lib/results.ts';
import { emptyRecord } from '../../src/lib/record.ts';
import { words } from './words.ts';

const q = (id: string, right: string) => ({ id, options: ['a', 'b', 'c'].map((o) => ({ id: o, text: o, explanation: o, correct: o === right })) });
const key = answerKey([q('q1', 'a'), q('q2', 'b'), q('q3', 'c')] as never);
const attempt = (id: string, day: number, answers: Record<string, string>) => ({ kind: 'knowledge' as const, id, finishedAt: `2026-01-0${day}T00:00:00.000Z`, answers, correct: 0, total: 0 });
const taken = (answers: Record<string, string>) => ({ answers, correct: 0, total: 3 });

test('a knowledge result is worked out from the answers, and the missed list agrees with the score', () => {
  const r = knowledgeResult(key, taken({ q1: 'a', q2: 'a', q3: 'c' }));
  assert.deepEqual(r, { correct: 2, total: 3, missed: ['q2'], changed: false });
  assert.equal(r.total - r.correct, r.missed.length);
});

test('after an editor removes a question or adds one, only questions both the attempt and the check have count', () => {
  const removed = knowledgeResult(answerKey([q('q1', 'a'), q('q3', 'c')] as never), taken({ q1: 'b', q2: 'b', q3: 'c' }));
  assert.deepEqual(removed, { correct: 1, total: 2, missed: ['q1'], changed: true });
  const added = knowledgeResult([...key, { id: 'q4', correct: 'a' }], taken({ q1: 'a', q2: 'b', q3: 'c' }));
  assert.deepEqual(added, { correct: 3, total: 3, missed: [], changed: true });
});

test('an editor changing the right option changes the score and the review together', () => {
  const r = knowledgeResult(answerKey([q('q1', 'b'), q('q2', 'b'), q('q3', 'c')] as never), taken({ q1: 'a', q2: 'b', q3: 'c' }));
  assert.deepEqual([r.correct, r.missed], [2, ['q1']]);
});

test('when none of an attempt\'s questions is left, the numbers stored that day are shown', () => {
  assert.deepEqual(knowledgeResult(key, { answers: { old: 'a' }, correct: 4, total: 5 }), { correct: 4, total: 5, missed: [], changed: true });
});

test('the numbers stored with a new attempt count every question of the check', () => {
  assert.deepEqual(scoreAnswers(key, { q1: 'a', q2: 'c' }), { correct: 1, total: 3 });
});

test('a knowledge summary lists attempts newest first, with the latest on top', () => {
  const s = knowledgeSummary(key, [attempt('x', 1, { q1: 'a', q2: 'b', q3: 'c' }), attempt('y', 2, { q1: 'b', q2: 'b', q3: 'c' })]);
  assert.equal(s.latest?.id, 'y');
  assert.deepEqual(s.history.map((h) => [h.id, h.correct]), [['y', 2], ['x', 3]]);
  assert.equal(knowledgeSummary(key, []).latest, null);
});

const rating = {
  domains: [
    { id: 'd1', title: 'One', guide: '/guides/one/', skills: [{ id: 's1' }, { id: 's2' }, { id: 'mine', reflective: true }] },
    { id: 'd2', title: 'Two', guide: '/guides/two/', skills: [{ id: 's3' }] },
  ],
};
const rated = (id: string, day: number, ratings: Record<string, number>) => ({ kind: 'self-rating' as const, id, finishedAt: `2026-01-0${day}T00:00:00.000Z`, ratings });

test('a rating summary: profile, change since last time, strengths and growth, history', () => {
  const s = ratingSummary(rating, [rated('a', 1, { s1: 1, s2: 1, s3: 4 }), rated('b', 2, { s1: 4, s2: 3, mine: 1, s3: 2 })]);
  assert.deepEqual(s.profile.map((d) => d.mean), [3.5, 2]);
  assert.deepEqual(s.change?.map((c) => c.delta), [2.5, -2]);
  assert.deepEqual(s.strengths.map((d) => d.id), ['d1']);
  assert.deepEqual(s.growth.map((d) => d.id), ['d2']);
  assert.deepEqual(s.history.map((h) => [h.id, h.average, h.areas]), [['b', 2.75, 2], ['a', 2.5, 2]]);
  const one = ratingSummary(rating, [rated('a', 1, { s1: 2 })]);
  assert.equal(one.change, null);
  assert.equal(ratingSummary(rating, []).latest, null);
});

test('changes and averages read as words, in the page language', () => {
  const en = words('en');
  const es = words('es');
  assert.deepEqual([describeChange(0.5, en, 'en'), describeChange(-1, en, 'en'), describeChange(0, en, 'en'), describeChange(null, en, 'en')], ['up 0.5', 'down 1.0', 'no change', '–']);
  assert.deepEqual([ratingText(2, en, 'en'), ratingText(null, en, 'en'), ratingText(undefined, en, 'en')], ['2.0', 'not rated', 'not rated']);
  assert.deepEqual([describeChange(0.5, es, 'es'), describeChange(-1, es, 'es'), describeChange(0, es, 'es')], ['sube 0.5', 'baja 1.0', 'sin cambio']);
  assert.deepEqual([ratingText(2.25, es, 'es'), ratingText(null, es, 'es')], ['2.3', 'sin calificar']);
});

test('a checklist summary counts what is ticked and lists what is left', () => {
  const groups = [{ id: 'g', title: 'G', items: [{ id: 'i1', text: 'One', guide: '/guides/one/' }, { id: 'i2', text: 'Two', guide: '/guides/two/' }] }];
  const s = checklistSummary(groups, { checked: ['i2', 'gone'], updatedAt: '2026-01-01T00:00:00.000Z' });
  assert.deepEqual([s.done, s.total, s.percent, s.remaining.map((r) => r.id), s.updatedAt], [1, 2, 50, ['i1'], '2026-01-01T00:00:00.000Z']);
  assert.equal(checklistSummary(groups, undefined).updatedAt, null);
});

test('an outline carries what My progress needs and no question text', () => {
  const o = outline('quiz', { kind: 'knowledge', title: 'Quiz', questions: [q('q1', 'b')] as never });
  assert.deepEqual(o, { id: 'quiz', title: 'Quiz', kind: 'knowledge', key: [{ id: 'q1', correct: 'b' }] });
});

test('activity: an attempt, a ticked checklist or a draft', () => {
  const r = emptyRecord();
  assert.equal(hasActivity('x', r), false);
  assert.equal(hasActivity('x', { ...r, checklists: { x: { checked: [], updatedAt: r.updatedAt } } }), true);
});

test('a knowledge draft from before an editor changed the check is reconciled', () => {
  const draft = { kind: 'knowledge' as const, startedAt: '2026-01-01T00:00:00.000Z', order: ['q2', 'gone', 'q1'], answers: { q2: 'a', gone: 'b' }, checked: ['q2', 'gone'], index: 2 };
  const fixed = reconcileKnowledgeDraft(draft, ['q1', 'q2', 'q3']);
  assert.deepEqual(fixed.order, ['q2', 'q1', 'q3'], 'gone dropped, new asked last');
  assert.deepEqual(fixed.answers, { q2: 'a' });
  assert.deepEqual(fixed.checked, ['q2']);
  assert.equal(fixed.order[fixed.index], 'q1', 'still on the question the reader was on');
  const lost = reconcileKnowledgeDraft({ ...draft, index: 1 }, ['q1', 'q2']);
  assert.equal(lost.order[lost.index], 'q1', 'the question the reader was on is gone: the first not yet checked');
  const nothingLeft = reconcileKnowledgeDraft({ ...draft, order: ['gone'], index: 0 }, ['n1']);
  assert.deepEqual([nothingLeft.order, nothingLeft.index], [['n1'], 0]);
});

test('a rating draft keeps its place in range and drops ratings of skills that are gone', () => {
  const d = reconcileRatingDraft({ kind: 'self-rating', startedAt: '2026-01-01T00:00:00.000Z', ratings: { s1: 2, gone: 3 }, domainIndex: 9 }, rating.domains);
  assert.deepEqual([d.ratings, d.domainIndex], [{ s1: 2 }, 2]);
  assert.deepEqual(unrated(rating.domains[0].skills, d).map((s) => s.id), ['s2', 'mine']);
});
