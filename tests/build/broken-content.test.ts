// A broken content file must stop the build with a message that names the file (and field).
// One copy of the project gets one break of each kind, in five different files, and is built
// once with the real `astro build`: the content check reports every problem it finds, so each
// must be named, and the build must stop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyProject, type ProjectCopy } from './project-copy.ts';

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
  assert.match(result.output, /content\/guides\/what-is-peer-support\.mdx: sources: unknown source id "no-such-source"/);
});

test('two correct options in a question name the file and field', () => {
  assert.match(result.output, /content\/assessments\/peers-in-pcrp\.yaml: questions\.\d+\.options: exactly one option/);
});

test('a link to a page that does not exist names the file', () => {
  assert.match(result.output, /content\/guides\/scope-of-practice\.mdx: body: links to "\/guides\/no-such-guide\/"/);
});

test('a missing required field names the field', () => {
  assert.match(result.output, /content\/guides\/crisis-continuum\.mdx: description:/);
});
