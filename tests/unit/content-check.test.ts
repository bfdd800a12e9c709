// The content rules over a whole copy of content/: each case breaks one file the way an editor
// might, and the check must name the file and say what to fix. (The real content passing the
// same check is proved by `npm run check:content`, which `npm test` runs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parse, stringify } from 'yaml';
import { checkContent, schemaIssues } from '../../src/integrations/content-check.ts';
import { formatIssue } from '../../src/lib/content-rules.ts';

const root = new URL('../..', import.meta.url).pathname;

function resultWith(change: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'pch-content-'));
  try {
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    change(dir);
    return checkContent(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
/** The content rules' problems after a change, as the check prints them. */
const checkWith = (change: (dir: string) => void): string[] => resultWith(change).issues.map(formatIssue);
const edit = (dir: string, file: string, fn: (s: string) => string) => writeFileSync(join(dir, file), fn(readFileSync(join(dir, file), 'utf8')));
const editYaml = (dir: string, file: string, fn: (data: any) => void) =>
  edit(dir, file, (s) => {
    const data = parse(s);
    fn(data);
    return stringify(data);
  });
const guide = 'content/guides/crisis-continuum.mdx';

test('a sentence of more than 30 words fails the check, naming the file and the sentence', () => {
  const long = 'When a peer worker is asked by a busy colleague to do a task that is not part of the peer role, the peer can say so kindly and then offer the help that the role does include.';
  const line = `${readFileSync(join(root, guide), 'utf8')}\n\n`.split('\n').length;
  const issues = checkWith((d) => edit(d, guide, (s) => `${s}\n\n${long}\n`));
  assert.ok(issues.some((i) => i.startsWith(`${guide}:${line}: body: a sentence has 38 words (the limit is 30): split "When a peer worker`)), issues.join('\n'));
});

test('a page that reads above grade 8 fails the check', () => {
  const dense = 'Organizational implementation necessitates comprehensive interdisciplinary supervision infrastructure. ';
  const issues = checkWith((d) => edit(d, guide, (s) => `${s}\n\n${dense.repeat(120)}\n`));
  assert.ok(issues.some((i) => /^content\/guides\/crisis-continuum\.mdx:\d+: body: reads at Flesch-Kincaid grade \d+(\.\d)?; the limit is 8/.test(i)), issues.join('\n'));
});

test('a knowledge check whose right option is usually the longest fails the check', () => {
  const file = 'content/assessments/in-role-or-out-of-role.yaml';
  const issues = checkWith((d) =>
    editYaml(d, file, (a) => {
      for (const q of a.questions) for (const o of q.options) if (o.correct) o.text += ' This is the choice that keeps you in the peer role, and it is the one to make.';
    }),
  );
  assert.ok(issues.some((i) => /^content\/assessments\/in-role-or-out-of-role\.yaml:\d+: questions: the right option is the longest in \d+ of \d+ questions \(\d+%\); at most 40% may be/.test(i)), issues.join('\n'));
});

test('an assessment that promises less time than its words take fails the check', () => {
  const issues = checkWith((d) => editYaml(d, 'content/assessments/spot-the-drift.yaml', (a) => (a.minutes = 1)));
  assert.ok(issues.some((i) => /^content\/assessments\/spot-the-drift\.yaml:\d+: minutes: says 1 minutes, but a reader reads \d+ words/.test(i)), issues.join('\n'));
});

test('a moved page whose old address still has a page fails the check', () => {
  const issues = checkWith((d) => writeFileSync(join(d, 'content/moved.yaml'), stringify([{ from: '/guides/crisis-continuum/', to: '/guides/', title: 'The crisis continuum', note: 'It moved to the guides index.' }])));
  assert.ok(issues.includes('content/moved.yaml:1: [0].from: a page still lives at /guides/crisis-continuum/: remove this entry or the page'), issues.join('\n'));
});

test('a path step that gives a guide less time than its words take fails the check; one with no time is worked out', () => {
  const file = 'content/paths/start-here.yaml';
  const issues = checkWith((d) => editYaml(d, file, (p) => (p.stages[0].steps[0].minutes = 1)));
  assert.ok(issues.some((i) => /^content\/paths\/start-here\.yaml:\d+: stages\.0\.steps\.0\.minutes: gives \/guides\/[a-z-]+\/ 1 minutes, but its words take about \d+/.test(i)), issues.join('\n'));
  assert.ok(!checkWith(() => {}).some((i) => i.startsWith(file)), 'steps without minutes pass');
});

test('the real content passes, and every guide and role page gets a reading grade, in each language it is written in', () => {
  const r = resultWith(() => {});
  assert.deepEqual(r.issues.map(formatIssue), []);
  assert.deepEqual(r.unchecked, []);
  const english = r.report.pages.filter((p) => !p.lang || p.lang === 'en');
  assert.equal(english.length, r.counts.guides + r.counts.roles);
  for (const p of r.report.pages.filter((x) => x.lang === 'es')) assert.ok(p.inflesz !== undefined && p.inflesz >= 55, `${p.file}: INFLESZ ${p.inflesz}`);
});

test('a file that does not match its schema is left to Astro: not checked, and shown in plain words with its file, line and field', () => {
  const r = resultWith((d) => edit(d, guide, (s) => s.replace(/^description:.*\n/m, '').replace(/^order: .*$/m, 'order: soon')));
  assert.deepEqual(r.unchecked.map((u) => u.file), [guide]);
  assert.ok(!r.issues.some((i) => i.file === guide), 'the rules skip the page, so nothing else is said about it');
  const orderLine = readFileSync(join(root, guide), 'utf8').split('\n').findIndex((l) => l.startsWith('order:')); // one line up, with description gone
  assert.deepEqual(schemaIssues(r.unchecked).map(formatIssue), [`${guide}:2: description: is missing: add "description:"`, `${guide}:${orderLine}: order: Invalid input: expected number, received string`]);
});

test('a list entry that does not match its schema is named by its place in the list and its line; the rest of the list is still checked', () => {
  let edited = '';
  const r = resultWith((d) =>
    editYaml(d, 'content/sources.yaml', (list) => {
      delete list[2].author;
      list[3].via = 'no-such-source';
      edited = stringify(list);
    }),
  );
  assert.deepEqual(r.unchecked.map((u) => [u.file, u.entry]), [['content/sources.yaml', 2]]);
  const entryLine = (i: number) => edited.split('\n').map((l, n) => [l, n + 1] as const).filter(([l]) => l.startsWith('- '))[i][1];
  assert.deepEqual(schemaIssues(r.unchecked).map(formatIssue), [`content/sources.yaml:${entryLine(2)}: [2].author: is missing: add "author:"`]);
  const viaLine = edited.split('\n').findIndex((l, n) => n + 1 > entryLine(3) && l.includes('via: no-such-source')) + 1;
  assert.ok(r.issues.map(formatIssue).includes(`content/sources.yaml:${viaLine}: [3].via: unknown source id "no-such-source"`), r.issues.map(formatIssue).join('\n'));
});

test('a page that is not valid MDX is named with its line, and pages that link to it are not blamed', () => {
  const issues = checkWith((d) => edit(d, guide, (s) => `${s}\n\nA broken <Term id="peer-drift">tag.\n`));
  const line = `${readFileSync(join(root, guide), 'utf8')}\n\n`.split('\n').length;
  assert.equal(issues.length, 1, issues.join('\n'));
  assert.match(issues[0], new RegExp(`^content/guides/crisis-continuum\\.mdx:${line}: \\(file\\): is not valid MDX: `));
});

test('the crisis notice links only to a published guide', () => {
  const issues = checkWith((dir) => editYaml(dir, 'content/site.yaml', (d) => (d.crisisLine.guide = 'worried-about-somebody')));
  assert.ok(
    issues.some((i) => /^content\/site\.yaml:\d+: crisisLine\.guide: the crisis notice links to the guide "worried-about-somebody", but there is no published content\/guides\/worried-about-somebody\.mdx: fix the id, or take the field out$/.test(i)),
    issues.join('\n'),
  );
});
