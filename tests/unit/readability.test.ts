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

test('code blocks, inline code and MDX comments are never measured; a quotation is prose', () => {
  const body = ['Before the code.', '', '```', 'Code is not prose. It is never graded.', '```', '', 'A `config` value and text.', '', '{/* A comment is not prose either. */}', '', '> "A quoted line."'].join('\n');
  assert.deepEqual(
    textBlocks(body).map((b) => b.text),
    ['Before the code.', 'A value and text.', '"A quoted line."'],
  );
});

test('a callout written on one line, and a scenario written with {"..."} props, are measured as their own paragraphs', () => {
  const body = ['<Callout type="note" title="Not measured">Callout text on one line.</Callout>', '', '<DriftExample', '  title="T"', '  happened={"It happened."}', "  why='Why.'", '  instead="Instead."', '  ask="Ask?"', '/>'].join('\n');
  assert.deepEqual(
    textBlocks(body).map((b) => [b.kind, b.text, b.line]),
    [
      ['prose', 'Callout text on one line.', 1],
      ['prose', 'It happened.', 3],
      ['prose', 'Why.', 3],
      ['prose', 'Instead.', 3],
      ['prose', 'Ask?', 3],
    ],
  );
});

test('each block and each long sentence carries the line of its paragraph in the file', () => {
  const long = Array.from({ length: MAX_SENTENCE_WORDS + 1 }, () => 'word').join(' ') + '.';
  const page = ['---', 'title: T', '---', '', 'Short.', '', long].join('\n');
  assert.deepEqual(textBlocks(page).map((b) => b.line), [5, 7]);
  assert.equal(readability(page).longSentences[0].line, 7);
});
