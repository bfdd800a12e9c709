import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citedSourceIds, usedTermIds, internalLinks, emptySections, proseWordCount, linkProblem, checkPage, topLevelHeadings } from '../../src/lib/content-rules.ts';

const body = `
Peers share lived experience.<Cite id="yale-pcrp-2024" />

<Term id="peer-drift">Peer drift</Term> is covered in [the drift guide](/guides/peer-role-drift/).

<ScopeTable id="g/scope" />

{/* <Cite id="commented-out" /> */}

## Empty

## Full

Text.

### Sub

More text, see [glossary](/glossary/#warmline) and <a href="/roles/x/">x</a>.
`;

test('finds citations but not commented-out ones (a ScopeTable’s source is in its data, not the page)', () => {
  assert.deepEqual(citedSourceIds(body), ['yale-pcrp-2024']);
});

test('finds glossary terms and internal links', () => {
  assert.deepEqual(usedTermIds(body), ['peer-drift']);
  assert.deepEqual(internalLinks(body).sort(), ['/glossary/#warmline', '/guides/peer-role-drift/', '/roles/x/']);
});

test('finds empty sections; a subsection counts as content', () => {
  assert.deepEqual(emptySections(body), ['Empty']);
  assert.deepEqual(emptySections('## A\n\n### B\n\ntext'), []);
  assert.deepEqual(emptySections('## Last'), ['Last']);
});

test('finds a second page title', () => {
  assert.deepEqual(topLevelHeadings('# Title\n## ok'), ['Title']);
});

test('counts prose words, including component prop text', () => {
  assert.equal(proseWordCount('One two three.'), 3);
  assert.equal(proseWordCount('<Callout title="Four five">six</Callout>'), 3);
  assert.equal(proseWordCount('[link text](/a/b/) end'), 3);
});

test('checks links against pages and anchors', () => {
  const targets = { pages: new Set(['/', '/guides/a/', '/glossary/']), anchors: new Map([['/glossary/', new Set(['warmline'])]]) };
  assert.equal(linkProblem('/guides/a/', targets), null);
  assert.equal(linkProblem('/guides/a', targets), null);
  assert.match(linkProblem('/guides/b/', targets)!, /no page/);
  assert.equal(linkProblem('/glossary/#warmline', targets), null);
  assert.match(linkProblem('/glossary/#nothing', targets)!, /no entry "nothing"/);
});

test('checkPage reports unknown and unlisted sources, unknown terms, broken links, empty sections and short pages', () => {
  const issues = checkPage(
    { file: 'g.mdx', body, sources: ['yale-pcrp-2024', 'never-cited', 'nope'], tables: [{ caption: 'Scope', source: 'brss-tacs-2012', origin: 'source' }] },
    {
      sources: new Set(['yale-pcrp-2024', 'brss-tacs-2012', 'never-cited']),
      glossary: new Set(['warmline']),
      targets: { pages: new Set(['/guides/peer-role-drift/', '/glossary/']), anchors: new Map([['/glossary/', new Set(['warmline'])]]) },
      minWords: 500,
    },
  );
  const text = issues.map((i) => `${i.field}: ${i.message}`).join('\n');
  assert.match(text, /unknown source id "nope"/);
  assert.match(text, /cites "brss-tacs-2012" but its frontmatter "sources" does not list it/);
  assert.match(text, /lists "never-cited" but never cites it/);
  assert.match(text, /<Term id="peer-drift"> is not in content\/glossary.yaml/);
  assert.match(text, /no page at \/roles\/x\//);
  assert.match(text, /section "Empty" is empty/);
  assert.match(text, /needs at least 500/);
  assert.ok(issues.every((i) => i.file === 'g.mdx'));
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

test('a page must list the source of each scope table it places, and counts it as cited', () => {
  const known = { sources: new Set(['brss-tacs-2012']), glossary: new Set<string>(), targets: { pages: new Set<string>(), anchors: new Map() }, minWords: 0 };
  const table = { caption: "What it's for", source: 'brss-tacs-2012', origin: 'hub' };
  const messages = (sources: string[], tables = [table]) => checkPage({ file: 'g.mdx', sources, body: '<ScopeTable id="g/t" />', tables }, known).map((i) => i.message);
  assert.deepEqual(messages(['brss-tacs-2012']), []);
  assert.ok(messages([]).some((m) => m.includes('the page cites "brss-tacs-2012" but its frontmatter "sources" does not list it')));
  assert.ok(messages(['brss-tacs-2012'], []).some((m) => m.includes('lists "brss-tacs-2012" but never cites it')));
});

test('a page whose scope-table file has problems is not told that the tables’ sources go uncited', () => {
  const known = { sources: new Set(['brss-tacs-2012', 'yale-pcrp-2024']), glossary: new Set<string>(), targets: { pages: new Set<string>(), anchors: new Map() }, minWords: 0 };
  const page = { file: 'g.mdx', sources: ['brss-tacs-2012', 'yale-pcrp-2024'], body: 'Text.<Cite id="yale-pcrp-2024" />\n\n<ScopeTable id="g/t" />' };
  assert.deepEqual(checkPage({ ...page, tables: null }, known), []);
  assert.ok(checkPage({ ...page, tables: [] }, known).some((i) => i.message.includes('lists "brss-tacs-2012" but never cites it')));
});
