import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreKnowledge, questionOrder, ratingProfile, strengthsAndGrowth, ratingChange, checklistProgress, correctOptionId } from '../../src/lib/scoring.ts';
import { isStepDone, pathProgress, trackedSteps } from '../../src/lib/paths.ts';
import { emptyRecord } from '../../src/lib/record.ts';

const q = (id: string, right: string) => ({
  id,
  type: 'single' as const,
  prompt: 'p?',
  options: ['a', 'b', 'c'].map((o) => ({ id: o, text: o, correct: o === right, explanation: 'because...' })),
  sources: ['s'],
  guide: '/guides/g/',
});
const quiz = { questions: [q('q1', 'a'), q('q2', 'b'), q('q3', 'c')] };

test('knowledge score counts right answers and lists the missed ones', () => {
  const s = scoreKnowledge(quiz, { q1: 'a', q2: 'a' });
  assert.equal(s.correct, 1);
  assert.equal(s.total, 3);
  assert.equal(s.percent, 33);
  assert.deepEqual(s.missed.map((m) => m.id), ['q2', 'q3']);
  assert.equal(correctOptionId(quiz.questions[1]), 'b');
});

test('question order is stable without a seed, shuffled and repeatable with one', () => {
  const ids = Array.from({ length: 20 }, (_, i) => `q${i}`);
  assert.deepEqual(questionOrder(ids), ids);
  const a = questionOrder(ids, 42);
  assert.deepEqual(a, questionOrder(ids, 42));
  assert.notDeepEqual(a, ids);
  assert.deepEqual([...a].sort(), [...ids].sort());
});

const rating = {
  domains: [
    { id: 'd1', title: 'Listening', description: 'x', guide: '/g1/', skills: [{ id: 'a', text: 'a' }, { id: 'b', text: 'b' }] },
    { id: 'd2', title: 'Deciding', description: 'x', guide: '/g2/', skills: [{ id: 'c', text: 'c' }] },
    { id: 'd3', title: 'Advocating', description: 'x', guide: '/g3/', skills: [{ id: 'd', text: 'd' }] },
  ],
};

test('rating profile averages each domain; strengths and growth areas follow', () => {
  const p = ratingProfile(rating, { a: 4, b: 3, c: 1 });
  assert.deepEqual(p.map((d) => d.mean), [3.5, 1, null]);
  const sg = strengthsAndGrowth(p);
  assert.deepEqual(sg.strengths.map((d) => d.id), ['d1']);
  assert.deepEqual(sg.growth.map((d) => d.id), ['d2']);
});

test('rating change shows the difference per domain', () => {
  const before = ratingProfile(rating, { a: 2, b: 2, c: 1 });
  const after = ratingProfile(rating, { a: 3, b: 3, c: 1, d: 2 });
  assert.deepEqual(ratingChange(before, after).map((c) => c.delta), [1, 0, null]);
});

test('checklist progress counts ticked items and lists what is left', () => {
  const list = { groups: [{ id: 'g', title: 'G', items: [{ id: 'i1', text: 't1', guide: '/a/' }, { id: 'i2', text: 't2', guide: '/b/' }, { id: 'i3', text: 't3', guide: '/c/' }] }] };
  const p = checklistProgress(list, ['i2', 'unknown']);
  assert.equal(p.done, 1);
  assert.equal(p.percent, 33);
  assert.deepEqual(p.remaining.map((r) => r.id), ['i1', 'i3']);
});

test('path progress: pages read and assessments finished count as done', () => {
  const r = emptyRecord();
  r.read['/guides/a/'] = new Date().toISOString();
  r.attempts.quiz = [{ kind: 'knowledge', id: 'x', finishedAt: new Date().toISOString(), answers: {}, correct: 1, total: 2 }];
  r.checklists.list = { checked: [], updatedAt: new Date().toISOString() };
  assert.equal(isStepDone(r, '/guides/a/'), true);
  assert.equal(isStepDone(r, '/assessments/quiz/'), true);
  assert.equal(isStepDone(r, '/assessments/list/'), false, 'a checklist with nothing ticked is not started');
  const p = pathProgress(r, [
    { page: '/guides/a/', minutes: 10 },
    { page: '/guides/b/', minutes: 15 },
    { page: '/assessments/quiz/', minutes: 5 },
  ]);
  assert.deepEqual({ done: p.done, total: p.total, percent: p.percent, minutesLeft: p.minutesLeft, next: p.next?.page, started: p.started }, { done: 2, total: 3, percent: 67, minutesLeft: 15, next: '/guides/b/', started: true });
});

test('reflective skills (about the reader’s own recovery) never count toward a strength or growth area', () => {
  const withReflective = {
    domains: [
      { id: 'own', title: 'Own recovery', guide: '/g/', skills: [{ id: 'r1', reflective: true }, { id: 's1' }] },
      { id: 'only', title: 'Only reflective', guide: '/g/', skills: [{ id: 'r2', reflective: true }] },
    ],
  };
  const p = ratingProfile(withReflective, { r1: 1, s1: 4, r2: 1 });
  assert.deepEqual(p.map((d) => [d.mean, d.total]), [[4, 1], [null, 0]]);
  assert.deepEqual(strengthsAndGrowth(p).growth, []);
});

test('a path step to the roles index is done once any role page is read; agency tasks are not tracked', () => {
  const r = emptyRecord();
  assert.equal(isStepDone(r, '/roles/'), false);
  r.read['/roles/peer-run-respite/'] = new Date().toISOString();
  assert.equal(isStepDone(r, '/roles/'), true);
  assert.equal(isStepDone(r, '/guides/'), false);
  const steps = [{ page: '/roles/', minutes: 10 }, { task: 'Learn your agency’s emergency procedure', minutes: 30 }];
  assert.deepEqual(trackedSteps(steps).map((s) => s.page), ['/roles/']);
});
