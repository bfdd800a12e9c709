import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIssue, linkProblem, proseWordCount } from '../../src/lib/content-rules.ts';

test('an issue is written as file:line: field: message, or without the line for a problem of the whole file', () => {
  assert.equal(formatIssue({ file: 'content/guides/x.mdx', line: 42, field: 'body', message: 'links to "/a/"' }), 'content/guides/x.mdx:42: body: links to "/a/"');
  assert.equal(formatIssue({ file: 'content/guides/X.mdx', field: '(file name)', message: 'use lowercase' }), 'content/guides/X.mdx: (file name): use lowercase');
});

test('counts the words a reader reads: prose, headings, lists, table cells, callout titles and scenario fields', () => {
  assert.equal(proseWordCount('One two three.'), 3);
  assert.equal(proseWordCount('<Callout title="Four five">six</Callout>'), 3);
  assert.equal(proseWordCount('[link text](/a/b/) end'), 3, 'a link counts by its text, not its address');
  assert.equal(proseWordCount('<Term id="peer-drift">Peer drift</Term> matters.'), 3, 'a term counts by its words, not its id');
  assert.equal(proseWordCount('A fact.<Cite id="yale-pcrp-2024" />'), 3, 'a citation counts as one word');
  assert.equal(proseWordCount('## Two words\n\n- one\n- two\n\n| a | b |\n| - | - |\n| c | d |'), 2 + 2 + 4);
  assert.equal(proseWordCount(`<DriftExample title="The title" setting="inpatient" kind="organizational" happened="It's what happened." why="Why." instead="Instead." ask="Ask?" />`), 2 + 3 + 1 + 1 + 1, 'a prop with an apostrophe counts whole');
});

test('code, inline code, MDX comments and imports are not counted', () => {
  assert.equal(proseWordCount("import X from './x';\n\nOne `not counted` two.\n\n```\nnot counted either\n```\n\n{/* a comment is not counted */}"), 2);
});

test('checks links against pages and anchors', () => {
  const targets = { pages: new Set(['/', '/guides/a/', '/glossary/']), anchors: new Map([['/glossary/', new Set(['warmline'])]]) };
  assert.equal(linkProblem('/guides/a/', targets), null);
  assert.equal(linkProblem('/guides/a', targets), null);
  assert.match(linkProblem('/guides/b/', targets)!, /no page/);
  assert.equal(linkProblem('/glossary/#warmline', targets), null);
  assert.match(linkProblem('/glossary/#nothing', targets)!, /no entry "nothing"/);
});

// ---- Knowledge-check fairness and time ------------------------------------------------
import { longestRightShare, assessmentMinutes, studyMinutes } from '../../src/lib/content-rules.ts';

const q = (right: string, ...wrong: string[]) => ({ type: 'scenario', prompt: 'In role?', options: [{ text: right, correct: true }, ...wrong.map((text) => ({ text }))] });

test('counts the questions whose right option is strictly the longest, leaving out true-false', () => {
  const r = longestRightShare([
    q('The longest option of all three', 'Short', 'Shorter'),
    q('Same length', 'Same-length'),
    q('Short', 'A much longer wrong option'),
    { type: 'true-false', prompt: 'True?', options: [{ text: 'False', correct: true }, { text: 'True' }] },
  ]);
  assert.deepEqual(r, { share: 1 / 3, longest: 1, counted: 3 });
});

test('estimates an assessment from every word a reader reads, explanations included', () => {
  const explanation = Array.from({ length: 200 }, () => 'word').join(' ');
  const check = { kind: 'knowledge' as const, intro: 'Read each one.', questions: [{ prompt: 'In role?', options: [{ text: 'Yes', explanation }, { text: 'No', explanation }] }] };
  const est = assessmentMinutes(check);
  assert.equal(est.words, 3 + 2 + 1 + 200 + 1 + 200);
  assert.equal(est.minutes, 3); // 407 words at 200 a minute, plus 15 seconds to decide
  assert.equal(studyMinutes(0, 1), 1);
});
