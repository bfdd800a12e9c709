// The content check over every language: each case breaks one Spanish file, or a dictionary,
// the way a translator or an editor might, and the check must name the file and say what to fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parse, stringify } from 'yaml';
import { checkContent } from '../../src/integrations/content-check.ts';
import { formatIssue } from '../../src/lib/content-rules.ts';

const root = new URL('../..', import.meta.url).pathname;

function checkWith(change: (dir: string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pch-lang-'));
  try {
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    mkdirSync(join(dir, 'src'));
    change(dir);
    return checkContent(dir).issues.map(formatIssue);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const edit = (dir: string, file: string, fn: (s: string) => string) => writeFileSync(join(dir, file), fn(readFileSync(join(dir, file), 'utf8')));
const editYaml = (dir: string, file: string, fn: (data: any) => void) =>
  edit(dir, file, (s) => {
    const data = parse(s);
    fn(data);
    return stringify(data);
  });
const has = (issues: string[], pattern: RegExp) => assert.ok(issues.some((i) => pattern.test(i)), issues.join('\n'));

test('the real dictionaries and Spanish content pass', () => {
  assert.deepEqual(checkWith(() => {}), []);
});

test('a key the Spanish dictionary lacks, or one it adds, stops the build, named with its key', () => {
  const issues = checkWith((d) =>
    editYaml(d, 'content/i18n/es.yaml', (data) => {
      delete data.nav.guides;
      data.nav.extra = 'Extra';
    }),
  );
  has(issues, /^content\/i18n\/es\.yaml:\d+: nav\.guides: is missing: English has "Guides"/);
  has(issues, /^content\/i18n\/es\.yaml(:\d+)?: nav\.extra: is not a key English has/);
});

test('a Spanish text that drops a placeholder is named', () => {
  const issues = checkWith((d) => editYaml(d, 'content/i18n/es.yaml', (data) => void (data.crisis.call = 'Llame')));
  has(issues, /content\/i18n\/es\.yaml:\d+: crisis\.call: must use the placeholders \{number\}/);
});

test('code that asks for a key English lacks is named with its file and line', () => {
  const issues = checkWith((d) => writeFileSync(join(d, 'src/Widget.astro'), "---\n---\n<p>{t('widget.title')}</p>\n"));
  has(issues, /^src\/Widget\.astro:3: \(interface text\): asks for "widget\.title"/);
});

test('a Spanish page with no English page of the same name is named', () => {
  const issues = checkWith((d) => {
    const from = join(d, 'content/es/guides/scope-of-practice.mdx');
    writeFileSync(join(d, 'content/es/guides/alcance.mdx'), readFileSync(from, 'utf8'));
  });
  has(issues, /^content\/es\/guides\/alcance\.mdx: \(file name\): has no English page content\/guides\/alcance\.mdx/);
});

test('a Spanish page that drops a source the English page cites is named', () => {
  const file = 'content/es/guides/scope-of-practice.mdx';
  const issues = checkWith((d) => edit(d, file, (s) => s.replaceAll('<Cite id="naps-guidelines" />', '')));
  has(issues, /content\/es\/guides\/scope-of-practice\.mdx:\d+: (body|sources): (never cites "naps-guidelines"|lists "naps-guidelines")/);
});

test('a Spanish scope table that drops a row is named', () => {
  const file = 'content/es/scope-tables/scope-of-practice.yaml';
  const issues = checkWith((d) => editYaml(d, file, (tables) => void tables[1].rows.pop()));
  has(issues, /content\/es\/scope-tables\/scope-of-practice\.yaml:\d+: \[1\]\.rows: has \d+ rows; the English table has \d+: a translation keeps every row/);
});

test('a Spanish page that reads below INFLESZ 55 is named', () => {
  const file = 'content/es/guides/scope-of-practice.mdx';
  const dense = 'La implementación organizacional interdisciplinaria necesita infraestructuras administrativas comprehensivas. ';
  const issues = checkWith((d) => edit(d, file, (s) => `${s}\n\n${dense.repeat(150)}\n`));
  has(issues, /content\/es\/guides\/scope-of-practice\.mdx:\d+: body: reads at INFLESZ -?\d+(\.\d)?; the lowest allowed is 55/);
});

test('a Spanish knowledge check that changes a right answer is named', () => {
  const file = 'content/es/assessments/in-role-or-out-of-role.yaml';
  const issues = checkWith((d) => {
    if (!existsSync(join(d, file))) cpSync(join(d, 'content/assessments/in-role-or-out-of-role.yaml'), join(d, file));
    editYaml(d, file, (a) => {
      const q = a.questions[0];
      const right = q.options.findIndex((o: { correct?: boolean }) => o.correct);
      q.options[right].correct = false;
      q.options[(right + 1) % q.options.length].correct = true;
    });
  });
  has(issues, /in-role-or-out-of-role\.yaml(:\d+)?: questions: must keep the English file's questions, options and right answers/);
});

test('a Spanish glossary term whose "see also" names a term only English has is named', () => {
  const file = 'content/es/glossary.yaml';
  const issues = checkWith((d) => editYaml(d, file, (list) => void (list.find((g: { id: string }) => g.id === 'burnout').related = ['aces'])));
  has(issues, /^content\/es\/glossary\.yaml:\d+: \[\d+\]\.related: "aces" is not a term in content\/es\/glossary\.yaml/);
});
