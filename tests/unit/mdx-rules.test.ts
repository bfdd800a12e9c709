// The page rules as a remark plugin over small MDX pages: what the tree lets them see (and
// not see: code, inline code, MDX comments), JSX written over several lines, and the line of
// every problem.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VFile } from 'vfile';
import { mdxParser, parseMdx } from '../../src/lib/mdx-tree.ts';
import { remarkHubRules, issuesOf, pageFacts, type HubKnown, type PageContext } from '../../src/lib/mdx-rules.ts';
import { formatIssue } from '../../src/lib/content-rules.ts';

const known: HubKnown = {
  sources: new Set(['yale-pcrp-2024', 'brss-tacs-2012']),
  glossary: new Set(['peer-drift']),
  targets: { pages: new Set(['/guides/peer-role-drift/', '/glossary/']), anchors: new Map([['/glossary/', new Set(['peer-drift'])]]) },
  minWords: 0,
};
const path = 'content/guides/g.mdx';

/** The problems the plugin finds on a page, as the content check prints them. */
function check(mdx: string, page: PageContext = { sources: ['yale-pcrp-2024'], tables: [] }, over: Partial<HubKnown> = {}): string[] {
  const file = new VFile({ path, value: mdx });
  file.data.hubPage = page;
  const processor = mdxParser().use(remarkHubRules, { ...known, ...over });
  processor.runSync(processor.parse(file), file);
  return issuesOf(file, path).map(formatIssue);
}
/** A page: four lines of frontmatter, then the body from line 5. */
const page = (...body: string[]) => ['---', 'title: G', 'sources: [yale-pcrp-2024]', '---', ...body].join('\n');
const fact = 'Peers share lived experience.<Cite id="yale-pcrp-2024" />';

test('a page that cites what it lists, with known terms and links, has no problems', () => {
  assert.deepEqual(check(page(fact, '', 'See [the drift guide](/guides/peer-role-drift/) and <Term id="peer-drift">drift</Term>.')), []);
});

test('an unknown source is reported on the line of its <Cite>', () => {
  assert.deepEqual(check(page(fact, '', 'More.<Cite id="nope" />')), [`${path}:7: body: cites unknown source id "nope": add it to content/sources.yaml or fix the spelling`]);
});

test('a <Cite> in a fenced code block, in inline code or in an MDX comment is not counted', () => {
  const hidden = ['```mdx', '<Cite id="nope" />', '```', '', 'Write `<Cite id="nope" />` after a fact.', '', '{/* <Cite id="nope" /> <Term id="nope">x</Term> [x](/nowhere/) */}', '', '{/*', '<Cite id="brss-tacs-2012" />', '*/}'];
  assert.deepEqual(check(page(fact, '', ...hidden)), []);
  // The same page with the code and comment taken away cites "nope": the rule is there, and the tree kept it from firing.
  assert.match(check(page(fact, '', '<Cite id="nope" />')).join('\n'), /cites unknown source id "nope"/);
  // A Cite only in a comment does not count as citing a listed source either.
  assert.deepEqual(check(page('Text.', '', '{/* <Cite id="yale-pcrp-2024" /> */}')), [
    `${path}:3: sources: lists "yale-pcrp-2024" but never cites it with <Cite id="yale-pcrp-2024" />`,
    `${path}:5: body: cites no source: add <Cite id="..." /> after each fact`,
  ]);
});

test('a component written over several lines is found, on the line it starts', () => {
  const issues = check(page(fact, '', 'A claim.<Cite', '  id="nope"', '/>', '', '<Term', '  id="unknown-term"', '>a term</Term>.'));
  assert.deepEqual(issues, [
    `${path}:7: body: cites unknown source id "nope": add it to content/sources.yaml or fix the spelling`,
    `${path}:11: body: <Term id="unknown-term"> is not in content/glossary.yaml`,
  ]);
});

test('links in markdown, in link definitions and in a JSX href are checked, each on its line', () => {
  const issues = check(page(fact, '', 'See [x](/guides/missing/).', '', '<a href="/roles/x/">x</a>', '', 'See [y][ref].', '', '[ref]: /glossary/#no-term', '', '[z](https://example.org/) goes off the hub.'));
  assert.deepEqual(issues, [
    `${path}:7: body: links to "/guides/missing/", but there is no page at /guides/missing/`,
    `${path}:9: body: links to "/roles/x/", but there is no page at /roles/x/`,
    `${path}:13: body: links to "/glossary/#no-term", but /glossary/ has no entry "no-term"`,
  ]);
});

test('sources listed but not cited, and cited but not listed, are reported on the frontmatter "sources" line', () => {
  const issues = check(page(fact, '', 'And.<Cite id="brss-tacs-2012" />'), { sources: ['yale-pcrp-2024', 'never-known'], tables: [] });
  assert.deepEqual(issues, [
    `${path}:3: sources: unknown source id "never-known": add it to content/sources.yaml or fix the spelling`,
    `${path}:3: sources: the page cites "brss-tacs-2012" but its frontmatter "sources" does not list it`,
  ]);
});

test('a scope table’s source counts as cited; a page whose table file has problems is not told a source is uncited', () => {
  const table = { caption: 'Scope', source: 'brss-tacs-2012', origin: 'hub', rows: [{ does: 'Listens' }] };
  const body = page(fact, '', '<ScopeTable id="g/t" />');
  assert.deepEqual(check(body, { sources: ['yale-pcrp-2024', 'brss-tacs-2012'], tables: [table] }), []);
  assert.match(check(body, { sources: ['yale-pcrp-2024', 'brss-tacs-2012'], tables: [] }).join('\n'), /lists "brss-tacs-2012" but never cites it/);
  assert.deepEqual(check(body, { sources: ['yale-pcrp-2024', 'brss-tacs-2012'], tables: null }), []);
});

test('a <Cite> or <Term> without an id says how to write one', () => {
  assert.deepEqual(check(page(fact, '', 'A.<Cite />', '', 'B <Term>word</Term>.', '', 'C.<Cite id={source} />')), [
    `${path}:7: body: <Cite> names no source: write <Cite id="..." /> with the id of a source in content/sources.yaml`,
    `${path}:9: body: <Term> names no term: write <Term id="...">words</Term> with the id of a term in content/glossary.yaml`,
    `${path}:11: body: <Cite> names no source: write <Cite id="..." /> with the id of a source in content/sources.yaml`,
  ]);
});

test('empty sections and a second page title are reported on the heading’s line; a subsection counts as content, a comment does not', () => {
  const issues = check(page(fact, '', '## Empty', '', '## Full', '', 'Text.', '', '### Sub', '', 'More.', '', '## Only a comment', '', '{/* to do */}', '', '# Title again', '', 'Text.', '', '## Last'));
  assert.deepEqual(issues, [
    `${path}:7: body: the section "Empty" is empty: write it or remove the heading`,
    `${path}:17: body: the section "Only a comment" is empty: write it or remove the heading`,
    `${path}:21: body: "# Title again" is a second page title: use "##" (the title comes from the frontmatter)`,
    `${path}:25: body: the section "Last" is empty: write it or remove the heading`,
  ]);
  assert.deepEqual(check(page(fact, '', '## A', '', '```', 'code is content', '```')), [], 'a code block fills a section');
});

test('a page with too few words, a long sentence or a high grade is reported where it is', () => {
  const long = Array.from({ length: 31 }, () => 'word').join(' ') + '.';
  assert.deepEqual(check(page(fact, '', long), undefined, { minWords: 100 }), [
    `${path}:5: body: has 36 words; a published page needs at least 100`,
    `${path}:7: body: a sentence has 31 words (the limit is 30): split "${long.slice(0, 70)}…"`,
  ]);
  const dense = 'Organizational implementation necessitates comprehensive interdisciplinary supervision infrastructure.';
  assert.match(check(page(fact, '', dense)).join('\n'), /^content\/guides\/g\.mdx:5: body: reads at Flesch-Kincaid grade \d+(\.\d)?; the limit is 8/m);
});

test('the plugin reports through the file, as any remark plugin does, and notes what it read', () => {
  const file = new VFile({ path, value: page(fact, '', '<Cite id="nope" />') });
  file.data.hubPage = { sources: ['yale-pcrp-2024'], tables: [] };
  const processor = mdxParser().use(remarkHubRules, known);
  processor.runSync(processor.parse(file), file);
  assert.equal(file.messages.length, 1);
  assert.deepEqual([file.messages[0].line, file.messages[0].ruleId, file.messages[0].source], [7, 'body', 'hub']);
  assert.equal(file.data.hubLevel?.sentences, 1);
  assert.deepEqual(file.data.hubFacts?.cites.map((c) => c.value), ['yale-pcrp-2024', 'nope']);
});

test('the facts of a page: its frontmatter, where its body starts, and its headings', () => {
  const facts = pageFacts(parseMdx(page('## One', '', 'Text.')));
  assert.deepEqual(facts.frontmatter, { yaml: 'title: G\nsources: [yale-pcrp-2024]', line: 2 });
  assert.equal(facts.bodyLine, 5);
  assert.deepEqual(facts.headings, [{ depth: 2, text: 'One', line: 5, empty: false }]);
});

test('every markdown table has a caption, from the <Table> it sits in', () => {
  const table = ['| Who | What |', '| --- | --- |', '| A peer | Listens |'];
  assert.deepEqual(check(page(fact, '', '<Table caption="Who does what">', '', ...table, '', '</Table>')), []);
  assert.deepEqual(check(page(fact, '', ...table)), [`${path}:7: body: a table has no caption: put it inside <Table caption="What the table lists"> … </Table>, with a blank line before and after the table`]);
  assert.deepEqual(check(page(fact, '', '<Table caption={name}>', '', ...table, '', '</Table>')), [`${path}:9: body: <Table caption> must be plain text, for example caption="What the table lists"`]);
});
