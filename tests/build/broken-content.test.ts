// A broken content file must stop the build with a message that names the file (and field).
// Each case copies the project's sources into a temporary folder, breaks one file, and runs
// the real `astro build` there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';

const root = new URL('../..', import.meta.url).pathname;

function buildWith(change: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pch-broken-'));
  try {
    for (const p of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, p), join(dir, p), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    change(dir);
    const r = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const edit = (dir: string, file: string, fn: (s: string) => string) => writeFileSync(join(dir, file), fn(readFileSync(join(dir, file), 'utf8')));
/** The line (1 is the first) of the project's own copy of a file that `match` finds first. */
const lineIn = (file: string, match: RegExp) => readFileSync(join(root, file), 'utf8').split('\n').findIndex((l) => match.test(l)) + 1;

test('bad YAML in an assessment stops the build and names the file', () => {
  const r = buildWith((d) => edit(d, 'content/assessments/spot-the-drift.yaml', (s) => s.replace('title:', 'title: [unclosed')));
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/assessments\/spot-the-drift\.yaml/);
});

test('an unknown source id stops the build and names the file and field', () => {
  const line = lineIn('content/guides/what-is-peer-support.mdx', /^sources: \[/);
  const r = buildWith((d) => edit(d, 'content/guides/what-is-peer-support.mdx', (s) => s.replace(/^sources: \[/m, 'sources: [no-such-source, ')));
  assert.notEqual(r.status, 0);
  assert.match(r.output, new RegExp(`content/guides/what-is-peer-support\\.mdx:${line}: sources: unknown source id "no-such-source"`));
});

test('two correct options in a question stop the build and name the file and field', () => {
  const r = buildWith((d) =>
    // the first "False" option that is not already the correct one becomes correct too
    edit(d, 'content/assessments/peers-in-pcrp.yaml', (s) => s.replace(/(- id: ["']?false["']?\n(\s+)text: ["']?False["']?)(\n\s+explanation)/, '$1\n$2correct: true$3')),
  );
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/assessments\/peers-in-pcrp\.yaml:\d+: questions\.\d+\.options: exactly one option/);
});

test('a link to a page that does not exist stops the build and names the file', () => {
  const line = `${readFileSync(join(root, 'content/guides/scope-of-practice.mdx'), 'utf8')}\n\n`.split('\n').length;
  const r = buildWith((d) => edit(d, 'content/guides/scope-of-practice.mdx', (s) => `${s}\n\nSee [a missing page](/guides/no-such-guide/).\n`));
  assert.notEqual(r.status, 0);
  assert.match(r.output, new RegExp(`content/guides/scope-of-practice\\.mdx:${line}: body: links to "/guides/no-such-guide/"`));
});

test('a missing required field stops the build and names the field', () => {
  const r = buildWith((d) => edit(d, 'content/guides/crisis-continuum.mdx', (s) => s.replace(/^description:.*\n/m, '')));
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/guides\/crisis-continuum\.mdx:\d+: description: is missing: add "description:"/);
});

test('a home-page card listing a guide that does not exist stops the build, naming the file, card and slug', () => {
  const r = buildWith((d) => edit(d, 'content/home.yaml', (s) => s.replace('[what-is-peer-support,', '[what-peer-support-is,')));
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/home\.yaml:\d+: whereToStart\.0\.guides\.0: the card "New to peer support\?" lists "what-peer-support-is", but there is no guide content\/guides\/what-peer-support-is\.mdx/);
});

test('a ScopeTable naming a table that does not exist stops the build, naming the file, line and id', () => {
  const file = 'content/roles/mobile-crisis-team.mdx';
  const line = readFileSync(join(root, file), 'utf8').split('\n').findIndex((l) => l.includes('<ScopeTable id="mobile-crisis-team/')) + 1;
  assert.ok(line > 0, 'the page places a table');
  const r = buildWith((d) => edit(d, file, (s) => s.replace('<ScopeTable id="mobile-crisis-team/in-and-out-of-role" />', '<ScopeTable id="mobile-crisis-team/in-role" />')));
  assert.notEqual(r.status, 0);
  assert.match(r.output, new RegExp(`content/roles/mobile-crisis-team\\.mdx:${line}: body: <ScopeTable id="mobile-crisis-team/in-role" /> names no table: content/scope-tables/mobile-crisis-team\\.yaml has no table with id "in-role"`));
});

test('a scope table that no page places stops the build, naming the file and the table', () => {
  const r = buildWith((d) => edit(d, 'content/guides/scope-of-practice.mdx', (s) => s.replace('<ScopeTable id="scope-of-practice/naps-choice" />', '')));
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/scope-tables\/scope-of-practice\.yaml:\d+: \[2\]\.id: the table "naps-choice" is on no page: place it in content\/guides\/scope-of-practice\.mdx with <ScopeTable id="scope-of-practice\/naps-choice" \/>/);
});

test('a scope-table file named after no page stops the build, naming the file', () => {
  const r = buildWith((d) => renameSync(join(d, 'content/scope-tables/inpatient-unit.yaml'), join(d, 'content/scope-tables/inpatient-units.yaml')));
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/scope-tables\/inpatient-units\.yaml: \(file name\): there is no guide or role page "inpatient-units"/);
});

test('a scope table without "origin" stops the build, naming the file and field', () => {
  const r = buildWith((d) => edit(d, 'content/scope-tables/emergency-department.yaml', (s) => s.replace(/^  origin: hub\n/m, '')));
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/scope-tables\/emergency-department\.yaml:\d+: \[0\]\.origin: say who wrote the rows: origin "source"/);
});
