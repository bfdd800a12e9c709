// A broken content file must stop the build with a message that names the file (and field).
// Each case copies the project's sources into a temporary folder, breaks one file, and runs
// the real `astro build` there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

test('bad YAML in an assessment stops the build and names the file', () => {
  const r = buildWith((d) => edit(d, 'content/assessments/spot-the-drift.yaml', (s) => s.replace('title:', 'title: [unclosed')));
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/assessments\/spot-the-drift\.yaml/);
});

test('an unknown source id stops the build and names the file and field', () => {
  const r = buildWith((d) => edit(d, 'content/guides/what-is-peer-support.mdx', (s) => s.replace(/^sources: \[/m, 'sources: [no-such-source, ')));
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/guides\/what-is-peer-support\.mdx: sources: unknown source id "no-such-source"/);
});

test('two correct options in a question stop the build and name the file and field', () => {
  const r = buildWith((d) =>
    // the first "False" option that is not already the correct one becomes correct too
    edit(d, 'content/assessments/peers-in-pcrp.yaml', (s) => s.replace(/(- id: ["']?false["']?\n(\s+)text: ["']?False["']?)(\n\s+explanation)/, '$1\n$2correct: true$3')),
  );
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/assessments\/peers-in-pcrp\.yaml: questions\.\d+\.options: exactly one option/);
});

test('a link to a page that does not exist stops the build and names the file', () => {
  const r = buildWith((d) => edit(d, 'content/guides/scope-of-practice.mdx', (s) => `${s}\n\nSee [a missing page](/guides/no-such-guide/).\n`));
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/guides\/scope-of-practice\.mdx: body: links to "\/guides\/no-such-guide\/"/);
});

test('a missing required field stops the build and names the field', () => {
  const r = buildWith((d) => edit(d, 'content/guides/crisis-continuum.mdx', (s) => s.replace(/^description:.*\n/m, '')));
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/guides\/crisis-continuum\.mdx: description:/);
});
