// The result stores islands read (src/state/results.ts) follow the reader's record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knowledgeResults, checklistResults } from '../../src/state/results.ts';
import { saveDraft, finishKnowledgeCheck, setChecklist } from '../../src/state/record.ts';
import { answerKey } from '../../src/lib/results.ts';

const questions = [{ id: 'q1', options: [{ id: 'a', correct: true }, { id: 'b' }] }] as never;

test('a finished knowledge check shows in its result store, and one store serves every island', () => {
  const store = knowledgeResults('quiz', answerKey(questions));
  assert.equal(store, knowledgeResults('quiz', answerKey(questions)));
  const seen: (number | undefined)[] = [];
  const stop = store.subscribe((s) => seen.push(s.latest?.correct));
  saveDraft('quiz', { kind: 'knowledge', startedAt: new Date().toISOString(), order: ['q1'], answers: { q1: 'a' }, checked: ['q1'], index: 0 });
  finishKnowledgeCheck('quiz', questions);
  stop();
  assert.deepEqual(seen.at(-1), 1);
  assert.equal(seen[0], undefined);
});

test('a ticked checklist item shows in its result store', () => {
  const store = checklistResults('list', [{ id: 'g', title: 'G', items: [{ id: 'i1', text: 'One', guide: '/guides/one/' }] }]);
  setChecklist('list', ['i1']);
  assert.deepEqual([store.get().done, store.get().checked], [1, ['i1']]);
});
