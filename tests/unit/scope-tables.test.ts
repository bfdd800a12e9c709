// Scope tables as data: the schema of content/scope-tables/<page>.yaml, finding <ScopeTable />
// in a page, the rules that join pages and table files, and the words a table adds to a page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scopeTableFileSchema } from '../../src/schemas/scope-table.ts';
import {
  scopeTablePlacements,
  glancePlacements,
  checkScopeTables,
  tablesPlacedIn,
  scopeTableWords,
  readingMinutes,
  proseWordCount,
  formatIssue,
  type PageWithPlacements,
  type ScopeTableFile,
} from '../../src/lib/content-rules.ts';

const table = (id: string, extra: object = {}) => ({ id, caption: 'A peer on a team: in role and out of role', source: 'brss-tacs-2012', origin: 'hub', rows: [{ does: 'Listens', doesNot: 'Diagnoses' }], ...extra });
const messages = (data: unknown) => {
  const r = scopeTableFileSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

test('a table file is a list of tables; a row may leave out "doesNot" for an empty cell', () => {
  assert.deepEqual(messages([table('a'), table('b', { rows: [{ does: 'Offers options' }], doesHeading: 'Peers do', doesNotHeading: 'Peers do not' })]), []);
  assert.ok(messages({ id: 'a' }).length > 0, 'a single table, not in a list');
  assert.deepEqual(messages([]), [': list at least one table, or delete the file']);
});

test('origin is required and says in plain words what its two values mean', () => {
  const { origin: _, ...noOrigin } = table('a');
  for (const t of [noOrigin, table('a', { origin: 'mine' })]) {
    const [m] = messages([t]);
    assert.match(m, /^0\.origin: say who wrote the rows: origin "source" \(the rows are the source's own list\) or origin "hub"/);
  }
  assert.deepEqual(messages([table('a', { origin: 'source' })]), []);
});

test('two tables in one file may not share an id, and misspelt or empty fields are named', () => {
  assert.deepEqual(messages([table('a'), table('a')]), ['1.id: another table in this file is already called "a": give each table its own id']);
  assert.deepEqual(messages([table('a', { rows: [{ does: 'x', doesnot: 'y' }] })]), ['0.rows.0: "doesnot" is not a field of a row: its fields are does, doesNot (check the spelling and capitals)']);
  assert.match(messages([table('a', { Caption: 'x' })])[0], /^0: "Caption" is not a field of a table: its fields are id, caption, source, origin/);
  assert.deepEqual(messages(['a table']), ['0: write a table as fields (id, caption, source, origin, doesHeading, doesNotHeading, rows), each on its own line']);
  assert.deepEqual(messages({ id: 'a' }), [': write the file as a list of tables, each starting with "- id:"']);
  assert.match(messages([table('a', { rows: [{ does: '  ', doesNot: 'y' }] })])[0], /^0\.rows\.0\.does: write what is in role/);
  assert.match(messages([table('a', { rows: [] })])[0], /^0\.rows: list at least one row/);
  assert.match(messages([table('In Role')])[0], /^0\.id: use lowercase letters/);
});

test('finds each <ScopeTable /> with its id, line and any props left from the old way of writing one', () => {
  const body = ['Intro.', '', '<ScopeTable id="p/one" />', '{/* <ScopeTable id="p/hidden" />', '*/}', '<ScopeTable', '  id="p/two"', '/>', '', '<ScopeTable caption="Old" source="s" origin="hub" rows={[["a", "b"]]} />', "<ScopeTable id='p/three' />"].join('\n');
  assert.deepEqual(scopeTablePlacements(body), [
    { id: 'p/one', line: 3, otherProps: [] },
    { id: 'p/two', line: 6, otherProps: [] },
    { id: null, line: 10, otherProps: ['caption', 'source', 'origin', 'rows'] },
    { id: 'p/three', line: 11, otherProps: [] },
  ]);
  assert.deepEqual(scopeTablePlacements('No tables here. <Cite id="x" />'), []);
});

const page = (slug: string, ids: (string | null)[], extra: Partial<PageWithPlacements> = {}): PageWithPlacements => ({
  file: `content/roles/${slug}.mdx`,
  slug,
  draft: false,
  placements: ids.map((id, i) => ({ id, line: 10 * (i + 1), otherProps: [] })),
  ...extra,
});
const file = (slug: string, ...ids: string[]): ScopeTableFile => ({ file: `content/scope-tables/${slug}.yaml`, page: slug, tables: ids.map((id) => table(id)) });
const check = (pages: PageWithPlacements[], files: ScopeTableFile[]) => checkScopeTables(pages, files).map(formatIssue);

test('every table placed on its page, by id, once: no problems', () => {
  assert.deepEqual(check([page('team', ['team/a', 'team/b']), page('other', [])], [file('team', 'a', 'b')]), []);
});

test('a <ScopeTable /> naming a table that does not exist names the file, the line, the id and what to do', () => {
  const [m, ...rest] = check([page('team', ['team/a', 'team/typo'])], [file('team', 'a')]);
  assert.equal(m, 'content/roles/team.mdx:20: body: <ScopeTable id="team/typo" /> names no table: content/scope-tables/team.yaml has no table with id "typo" (it has "a"); fix the id, or add the table to the file');
  assert.deepEqual(rest, []);
  assert.match(check([page('team', ['team/a'])], [])[0], /^content\/roles\/team\.mdx:10: body: <ScopeTable id="team\/a" \/> names no table: there is no file content\/scope-tables\/team\.yaml/);
});

test('a page places only its own tables, each once, by an id that starts with the page', () => {
  const issues = check([page('team', ['other/x', 'x', 'team/a', 'team/a']), page('other', ['other/x'])], [file('team', 'a'), file('other', 'x')]);
  assert.equal(issues.length, 3, issues.join('\n'));
  assert.match(issues[0], /:10: body: <ScopeTable id="other\/x" \/> is a table of another page \(content\/scope-tables\/other\.yaml\): a page places only its own tables/);
  assert.match(issues[1], /:20: body: <ScopeTable id="x" \/> should start with this page's name: write <ScopeTable id="team\/<table id>" \/>/);
  assert.match(issues[2], /:40: body: <ScopeTable id="team\/a" \/> is placed twice on the page/);
});

test('a <ScopeTable /> still written with its caption and rows, or with no id, says how to write it now', () => {
  const old = page('team', [], { placements: [{ id: null, line: 3, otherProps: ['caption', 'rows'] }, { id: null, line: 9, otherProps: [] }] });
  const [a, b] = check([old], [file('team', 'a')]).filter((m) => m.startsWith('content/roles/'));
  assert.match(a, /^content\/roles\/team\.mdx:3: body: <ScopeTable> takes only an id now \(it has "caption", "rows"\): write the table's caption, source, origin and rows in content\/scope-tables\/team\.yaml/);
  assert.match(b, /^content\/roles\/team\.mdx:9: body: <ScopeTable \/> names no table: write <ScopeTable id="team\/<table id>" \/>/);
});

test('a table no page places is an error naming the table and the page to place it on', () => {
  assert.deepEqual(check([page('team', ['team/a'])], [file('team', 'a', 'b')]), [
    'content/scope-tables/team.yaml: [1].id: the table "b" is on no page: place it in content/roles/team.mdx with <ScopeTable id="team/b" />, or delete it from this file',
  ]);
});

test('a table file needs a page of its name, and only one', () => {
  assert.deepEqual(check([], [file('gone', 'a')]), [
    'content/scope-tables/gone.yaml: (file name): there is no guide or role page "gone" for these tables: name the file after the page they are on (content/guides/gone.mdx or content/roles/gone.mdx), or delete it',
  ]);
  const both = check([page('twin', ['twin/a']), page('twin', [], { file: 'content/guides/twin.mdx' })], [file('twin', 'a')]);
  assert.deepEqual(both, ['content/scope-tables/twin.yaml: (file name): both content/roles/twin.mdx and content/guides/twin.mdx are called "twin", so it is not clear whose tables these are: rename one of the pages']);
});

test('a table file with problems of its own is not also reported as missing tables or unplaced ones', () => {
  const broken: ScopeTableFile = { file: 'content/scope-tables/team.yaml', page: 'team', tables: null };
  assert.deepEqual(check([page('team', ['team/a'])], [broken]), []);
  assert.equal(check([], [broken]).length, 1, 'but it still needs a page');
});

test('a draft page is not held to the rules, but the tables it places count as placed', () => {
  assert.deepEqual(check([page('team', ['team/a', 'team/typo'], { draft: true })], [file('team', 'a')]), []);
});

test('the words a table adds to its page, and the page reading time, count what a reader reads in the table', () => {
  // The caption, the two column headings and every cell; not the source id or origin.
  const t = { caption: "The peer's role in planning", source: 'yale-pcrp-2024', origin: 'source', doesHeading: 'In role for a peer', doesNotHeading: "Not the peer's role", rows: [{ does: 'Listens to the person', doesNot: 'Decides for them' }, { does: 'Offers options' }] };
  assert.equal(scopeTableWords(t), 5 + 5 + 4 + 4 + 3 + 2);
  assert.equal(scopeTableWords({ caption: 'Four words in caption', source: 's', origin: 'hub', rows: [{ does: 'One' }] }), 4 + 2 + 3 + 1, 'the default headings, "In role" and "Out of role", are read too');
  const body = 'One two three.\n\n<ScopeTable id="p/t" />\n\n<ScopeTable id="p/missing" />';
  const tables = new Map([['p/t', t]]);
  assert.deepEqual(tablesPlacedIn(body, tables), [t]);
  assert.equal(proseWordCount(body), 3, 'the tag itself adds no words');
  const long = `${'word '.repeat(190)}\n\n<ScopeTable id="p/t" />`;
  assert.equal(readingMinutes(long), 1);
  assert.equal(readingMinutes(long, tables), 2, 'the table tips the page over 200 words');
});

test('a <ScopeTable /> in a code block or an MDX comment is not placed', () => {
  const body = ['```mdx', '<ScopeTable id="p/in-code" />', '```', '', '{/* <ScopeTable id="p/hidden" /> */}', '', 'Use `<ScopeTable id="p/inline-code" />` to place one.', '', '<ScopeTable id="p/real" />'].join('\n');
  assert.deepEqual(scopeTablePlacements(body), [{ id: 'p/real', line: 9, otherProps: [] }]);
});

test('"At a glance" previews only a table its own page places, and a page has one', () => {
  const glance = (table: string | null | undefined, line = 5) => ({ table, line });
  assert.deepEqual(check([page('team', ['team/a'], { glances: [glance('team/a')] })], [file('team', 'a')]), []);
  assert.deepEqual(check([page('team', ['team/a'], { glances: [glance(undefined)] })], [file('team', 'a')]), [], 'a glance may show no table');
  assert.deepEqual(check([page('team', ['team/a'], { glances: [glance('team/b')] })], [file('team', 'a')]), [
    'content/roles/team.mdx:5: body: <AtAGlance table="team/b"> must name a table this page places further down with <ScopeTable id="…" /> (it places "team/a")',
  ]);
  assert.match(check([page('team', [], { glances: [glance('team/a')] })], [])[0], /\(it places none\): take the table prop away, or place the table$/);
  assert.deepEqual(check([page('team', ['team/a'], { glances: [glance('team/a'), glance(undefined, 30)] })], [file('team', 'a')]), [
    'content/roles/team.mdx:30: body: the page has more than one <AtAGlance>: keep one, at the top of the page',
  ]);
});

test('glancePlacements reads the table an <AtAGlance> names from the MDX', () => {
  assert.deepEqual(glancePlacements('Text.\n\n<AtAGlance table="team/a" rows={4}>\n- One point.\n</AtAGlance>\n'), [{ table: 'team/a', line: 3 }]);
  assert.deepEqual(glancePlacements('<AtAGlance>\n- One.\n</AtAGlance>\n'), [{ table: undefined, line: 1 }]);
});
