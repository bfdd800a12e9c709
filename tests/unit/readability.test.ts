import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textBlocks, sentences, words, gradeOf, readability, MAX_SENTENCE_WORDS } from '../../src/lib/readability.ts';

test('measures paragraphs, callouts and scenario fields, but not headings, tables or lists', () => {
  const body = `
import X from './x';

## A heading that is not prose

A paragraph with a <Term id="peer-drift">term</Term> and a [link](/guides/x/).<Cite id="a" />

- A list item.
- Another one.

| a | b |
| --- | --- |
| table cell | cell |

<ScopeTable caption="Scope" source="s" origin="source" rows={[["In a table", "Out"]]} />

<Callout type="note" title="A title">Callout text.</Callout>

<DriftExample title="T" setting="inpatient" kind="organizational" happened="She was asked." why="It is drift." instead="Say no." ask="What now?" />
`;
  const blocks = textBlocks(body);
  assert.deepEqual(
    blocks.filter((b) => b.kind === 'prose').map((b) => b.text),
    ['A paragraph with a term and a link.', 'Callout text.', 'She was asked.', 'It is drift.', 'Say no.', 'What now?'],
  );
  assert.deepEqual(
    blocks.filter((b) => b.kind === 'list').map((b) => b.text),
    ['A list item.', 'Another one.'],
  );
});

test('splits sentences at full stops, but not after abbreviations such as N.A.P.S. or e.g.', () => {
  assert.deepEqual(sentences('The N.A.P.S. guidelines say so. Peers listen, e.g. on calls. Do they? Yes!'), [
    'The N.A.P.S. guidelines say so.',
    'Peers listen, e.g. on calls.',
    'Do they?',
    'Yes!',
  ]);
  assert.deepEqual(sentences('He said “stop.” Then he left.'), ['He said “stop.”', 'Then he left.']);
});

test('counts words with inner hyphens and apostrophes as one', () => {
  assert.deepEqual(words("The peer's in-role choice, 988."), ["The", "peer's", 'in-role', 'choice', '988']);
});

test('plain short sentences grade lower than long sentences of long words', () => {
  const plain = gradeOf(['You listen.', 'You share your story.', 'You help the person plan.']);
  const dense = gradeOf(['Organizational implementation of recovery-oriented peer specialization necessitates comprehensive interdisciplinary supervision infrastructure.']);
  assert.ok(plain < 4, `plain text graded ${plain}`);
  assert.ok(dense > 16, `dense text graded ${dense}`);
});

test('lists sentences of running prose over the limit, and not list items', () => {
  const long = Array.from({ length: MAX_SENTENCE_WORDS + 1 }, () => 'word').join(' ') + '.';
  const r = readability(`${long}\n\n- ${long}\n`);
  assert.equal(r.longSentences.length, 1);
  assert.equal(r.longSentences[0].words, MAX_SENTENCE_WORDS + 1);
  assert.equal(readability(`- ${long}\n`).longSentences.length, 0);
});
