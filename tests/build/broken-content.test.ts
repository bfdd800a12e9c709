// A broken content file must stop the build with a message that names the file (and field).
// One copy of the project gets one break of each kind, and is built
// once with the real `astro build`: the content check reports every problem it finds, so each
// must be named, and the build must stop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, type ProjectCopy } from './project-copy.ts';

const root = new URL('../..', import.meta.url).pathname;
/** The line (1 is the first) of the project's own copy of a file that `match` finds first. */
const lineIn = (file: string, match: RegExp) => readFileSync(join(root, file), 'utf8').split('\n').findIndex((l) => match.test(l)) + 1;

let copy: ProjectCopy;
let result: { status: number | null; output: string };

before(() => {
  copy = copyProject('pch-broken-');
  // Bad YAML in an assessment.
  copy.edit('content/assessments/spot-the-drift.yaml', (s) => s.replace('title:', 'title: [unclosed'));
  // An unknown source id.
  copy.edit('content/guides/what-is-peer-support.mdx', (s) => s.replace(/^sources: \[/m, 'sources: [no-such-source, '));
  // Two correct options in a question: the first "False" option that is not already the correct one becomes correct too.
  copy.edit('content/assessments/peers-in-pcrp.yaml', (s) => s.replace(/(- id: ["']?false["']?\n(\s+)text: ["']?False["']?)(\n\s+explanation)/, '$1\n$2correct: true$3'));
  // A link to a page that does not exist.
  copy.edit('content/guides/scope-of-practice.mdx', (s) => `${s}\n\nSee [a missing page](/guides/no-such-guide/).\n`);
  // A missing required field.
  copy.edit('content/guides/crisis-continuum.mdx', (s) => s.replace(/^description:.*\n/m, ''));
  // A home-page card listing a guide that does not exist.
  copy.edit('content/home.yaml', (s) => s.replace('worried-about-someone, what-is-peer-support,', 'worried-about-someone, what-peer-support-is,'));
  // A ScopeTable naming a table that does not exist.
  copy.edit('content/roles/mobile-crisis-team.mdx', (s) => s.replace('<ScopeTable id="mobile-crisis-team/in-and-out-of-role" />', '<ScopeTable id="mobile-crisis-team/in-role" />'));
  // A scope table that no page places.
  copy.edit('content/guides/scope-of-practice.mdx', (s) => s.replace('<ScopeTable id="scope-of-practice/naps-choice" />', ''));
  // A scope-table file named after no page.
  renameSync(join(copy.dir, 'content/scope-tables/inpatient-unit.yaml'), join(copy.dir, 'content/scope-tables/inpatient-units.yaml'));
  // A scope table without "origin".
  copy.edit('content/scope-tables/emergency-department.yaml', (s) => s.replace(/^  origin: hub\n/m, ''));
  result = copy.build();
});
after(() => copy?.remove());

test('broken content stops the build before any page is built', () => {
  assert.notEqual(result.status, 0);
  // Five breaks, and the problems they cause elsewhere (a path cannot time a broken page).
  const count = /The content has (\d+) problem\(s\); fix them and build again/.exec(result.output);
  assert.ok(count && Number(count[1]) >= 5, 'the build says how many problems there are');
  assert.doesNotMatch(result.output, /page\(s\) built/, 'no page is built');
});

test('bad YAML in an assessment names the file', () => {
  assert.match(result.output, /content\/assessments\/spot-the-drift\.yaml/);
});

test('an unknown source id names the file and field', () => {
  const line = lineIn('content/guides/what-is-peer-support.mdx', /^sources: \[/);
  assert.match(result.output, new RegExp(`content/guides/what-is-peer-support\\.mdx:${line}: sources: unknown source id "no-such-source"`));
});

test('two correct options in a question name the file and field', () => {
  assert.match(result.output, /content\/assessments\/peers-in-pcrp\.yaml:\d+: questions\.\d+\.options: exactly one option/);
});

test('a link to a page that does not exist names the file', () => {
  const line = `${readFileSync(join(root, 'content/guides/scope-of-practice.mdx'), 'utf8')}\n\n`.split('\n').length;
  assert.match(result.output, new RegExp(`content/guides/scope-of-practice\\.mdx:${line}: body: links to "/guides/no-such-guide/"`));
});

test('a missing required field names the field', () => {
  assert.match(result.output, /content\/guides\/crisis-continuum\.mdx:\d+: description: is missing: add "description:"/);
});

test('a home-page card listing a guide that does not exist stops the build, naming the file, card and slug', () => {
  assert.match(result.output, /content\/home\.yaml:\d+: whereToStart\.0\.guides\.1: the card "Worried about someone, or new to peer support\?" lists "what-peer-support-is", but there is no guide content\/guides\/what-peer-support-is\.mdx/);
});

test('a ScopeTable naming a table that does not exist stops the build, naming the file, line and id', () => {
  const file = 'content/roles/mobile-crisis-team.mdx';
  const line = readFileSync(join(root, file), 'utf8').split('\n').findIndex((l) => l.includes('<ScopeTable id="mobile-crisis-team/')) + 1;
  assert.ok(line > 0, 'the page places a table');
  assert.match(result.output, new RegExp(`content/roles/mobile-crisis-team\\.mdx:${line}: body: <ScopeTable id="mobile-crisis-team/in-role" /> names no table: content/scope-tables/mobile-crisis-team\\.yaml has no table with id "in-role"`));
});

test('a scope table that no page places stops the build, naming the file and the table', () => {
  assert.match(result.output, /content\/scope-tables\/scope-of-practice\.yaml:\d+: \[2\]\.id: the table "naps-choice" is on no page: place it in content\/guides\/scope-of-practice\.mdx with <ScopeTable id="scope-of-practice\/naps-choice" \/>/);
});

test('a scope-table file named after no page stops the build, naming the file', () => {
  assert.match(result.output, /content\/scope-tables\/inpatient-units\.yaml: \(file name\): there is no guide or role page "inpatient-units"/);
});

test('a scope table without "origin" stops the build, naming the file and field', () => {
  assert.match(result.output, /content\/scope-tables\/emergency-department\.yaml:\d+: \[0\]\.origin: say who wrote the rows: origin "source"/);
});
