// Paper, printed as a reader prints it: every printable and every path's packet to PDF on US
// Letter and A4 with the page's own CSS size and margins, then read back with pdftotext. Each
// packet has every step of its path in order and a contents list that matches its pages; no
// printable puts text within 10 mm of the paper's edge or prints a bare path; a checklist
// never leaves a stage's last rows alone on a sheet; the debrief card fills its sheet; the study
// record on My progress prints on one page. (That each printable takes the sheets the /print/
// page states is checked on its page in every-page.spec.ts.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { builtPages } from './helpers';
import { barePaths, MM, pdfWords, plain, wordsNearEdge } from './pdf-text';
import { pdfDestinationPages, pdfPages } from '../../src/lib/pdf.ts';
import { fixedPages, printHref, printPacketHref, printPathHref } from '../../src/lib/routes.ts';
import { RECORD_KEY } from '../../src/state/keys.ts';

const root = new URL('../..', import.meta.url).pathname;
const formats = ['Letter', 'A4'] as const;
const paths = readdirSync(join(root, 'content/paths')).map((f) => f.replace(/\.yaml$/, '')).sort();
const printables: string[] = builtPages().filter((p) => p.startsWith(fixedPages.print) && p !== fixedPages.print);

async function printed(page: Page, format: (typeof formats)[number]) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format, preferCSSPageSize: true, printBackground: true });
  return { pdf, pages: pdfWords(pdf) };
}

/** The title a step's page has in content/ (a guide's or role's frontmatter, an assessment's file), or its task. */
function contentTitle(step: { page?: string; task?: string }): string {
  if (step.task) return step.task;
  const [, kind, id] = step.page!.split('/');
  if (!id) return 'Peer roles: the page for your setting';
  if (kind === 'assessments') return parse(readFileSync(join(root, 'content/assessments', `${id}.yaml`), 'utf8')).title;
  const front = readFileSync(join(root, 'content', kind, `${id}.mdx`), 'utf8').split(/^---$/m)[1];
  return String(parse(front).title);
}

test.describe.configure({ mode: 'parallel' });

for (const id of paths) {
  test(`the packet of ${id}: every step in order, its contents list matches its pages, on Letter and A4`, async ({ page }) => {
    test.setTimeout(120_000);
    const path = parse(readFileSync(join(root, 'content/paths', `${id}.yaml`), 'utf8'));
    const steps: { page?: string; task?: string }[] = path.stages.flatMap((s: { steps: unknown[] }) => s.steps);
    await page.goto(`.${printPacketHref(id)}`);
    const stated = Number(/It prints on (\d+) pages/.exec(await page.locator('.print-note').innerText())![1]);
    const contents = await page.locator('.packet-contents li').evaluateAll((lis) =>
      lis.map((li) => ({ title: li.querySelector('a')!.textContent!.trim(), anchor: li.querySelector('a')!.getAttribute('href')!.slice(1), page: Number(li.querySelector('[data-page-of]')!.textContent) })),
    );
    expect(contents.length, 'a contents line for each step and the checklist').toBe(steps.length + 1);
    for (const format of formats) {
      const { pdf, pages } = await printed(page, format);
      expect(pdfPages(pdf), `${format}: the length the packet states`).toBe(stated);
      const lands = pdfDestinationPages(pdf);
      for (const c of contents) {
        expect(c.page, `${format}: "${c.title}" is listed on the page its link lands on`).toBe(lands.get(c.anchor));
        expect(plain(pages[c.page - 1].text), `${format}: page ${c.page} starts "${c.title}"`).toContain(plain(c.title));
      }
      // Each step's title, as content/ writes it, comes in the path's order after the contents.
      const parts = contents.slice(0, -1);
      steps.forEach((s, i) => expect(plain(parts[i].title).startsWith(plain(contentTitle(s))), `step ${i + 1} is "${contentTitle(s)}"`).toBe(true));
      const starts = parts.map((c) => c.page);
      expect(starts, 'the parts come in the path’s order').toEqual([...starts].sort((a, b) => a - b));
      expect(wordsNearEdge(pages), `${format}: text within 10 mm of the edge`).toEqual([]);
      expect(barePaths(pages), `${format}: bare paths on paper`).toEqual([]);
    }
  });
}

for (const path of printables.filter((p) => !p.startsWith(printPacketHref('')))) {
  test(`${path} prints clear of the paper's edge, with no bare paths, on Letter and A4`, async ({ page }) => {
    await page.goto(`.${path}`);
    for (const format of formats) {
      const { pages } = await printed(page, format);
      expect(wordsNearEdge(pages), `${format}: text within 10 mm of the edge`).toEqual([]);
      expect(barePaths(pages), `${format}: bare paths on paper`).toEqual([]);
    }
  });
}

test('a checklist tells repeated steps apart, keeps its times on one line and starts each later sheet with a whole stage', async ({ page }) => {
  const id = 'onboarding-crisis-peer-specialist';
  const path = parse(readFileSync(join(root, 'content/paths', `${id}.yaml`), 'utf8'));
  await page.goto(`.${printPathHref(id)}`);
  const titles = await page.locator('.step-title').allInnerTexts();
  expect(new Set(titles.map((t) => t.replace(/^\d+\.\s*/, ''))).size, 'no two steps print under one title').toBe(titles.length);
  expect(titles.some((t) => t.includes('The four crisis competencies (self-rating, retake)'))).toBe(true);
  for (const format of formats) {
    const { pages } = await printed(page, format);
    const words = pages.flatMap((p) => p.words);
    for (const [i, w] of words.entries()) if (w.text === 'min') expect(words[i - 1].yMin, `${format}: "${words[i - 1].text} min" on one line`).toBeCloseTo(w.yMin, 0);
    const stages: string[] = path.stages.map((s: { title: string }) => s.title);
    for (const p of pages.slice(1)) {
      const top = p.height / 2 - 120 * MM; // the top of the 180 x 240 mm box every printable prints in
      const first = plain(p.words.filter((w) => w.yMin >= top - 1).map((w) => w.text).join(' '));
      expect(stages.some((s) => first.startsWith(s)), `${format}: a later sheet starts with a stage ("${first.slice(0, 40)}")`).toBe(true);
    }
  }
});

test('the debrief card fills its sheet in large type, and its Print button prints', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.goto(`.${printHref('debrief-card')}`);
  await page.getByRole('button', { name: 'Print this handout' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  for (const format of formats) {
    const { pages } = await printed(page, format);
    expect(pages.length).toBe(1);
    const [p] = pages;
    // The words of the five questions and the ground rules (the crisis notice above them is small).
    const heights = p.words.filter((w) => w.text === 'What' || w.text === 'We').map((w) => w.yMax - w.yMin).sort((a, b) => a - b);
    const lineHeight = heights[Math.floor(heights.length / 2)];
    expect(lineHeight, `${format}: the questions and rules in large type (at least 13 pt)`).toBeGreaterThanOrEqual(13 * 1.1);
    const bottom = Math.max(...p.words.map((w) => w.yMax));
    const box = { top: p.height / 2 - 120 * MM, bottom: p.height / 2 + 120 * MM };
    expect((bottom - box.top) / (box.bottom - box.top), `${format}: the card reaches the foot of its sheet`).toBeGreaterThan(0.85);
  }
});

/** A reader who has read every guide and role page and taken every assessment twice, with notes (long ones: a page and more each). */
function fullRecord(longNotes = false) {
  const read: Record<string, string> = {};
  let day = 0;
  for (const dir of ['guides', 'roles']) for (const f of readdirSync(join(root, 'content', dir))) read[`/${dir}/${f.replace(/\.mdx$/, '')}/`] = new Date(Date.UTC(2026, 2, (day++ % 28) + 1)).toISOString();
  const attempts: Record<string, unknown[]> = {};
  const checklists: Record<string, unknown> = {};
  for (const f of readdirSync(join(root, 'content/assessments'))) {
    const a = parse(readFileSync(join(root, 'content/assessments', f), 'utf8'));
    const id = f.replace(/\.yaml$/, '');
    if (a.kind === 'knowledge')
      attempts[id] = [1, 2].map((i) => ({ kind: 'knowledge', id: `${id}-${i}`, finishedAt: `2026-0${i + 2}-10T10:00:00.000Z`, answers: Object.fromEntries(a.questions.map((q: { id: string; options: { id: string }[] }) => [q.id, q.options[i % q.options.length].id])), correct: 3 + i, total: a.questions.length }));
    else if (a.kind === 'self-rating')
      attempts[id] = [1, 2].map((i) => ({
        kind: 'self-rating',
        id: `${id}-${i}`,
        finishedAt: `2026-0${i + 2}-12T10:00:00.000Z`,
        ratings: Object.fromEntries(a.domains.flatMap((d: { skills: { id: string }[] }) => d.skills.map((s, k) => [s.id, ((k + i) % 4) + 1]))),
        note: i === 2 ? `My note on ${a.title}: ask about pacing on long calls.${longNotes ? ' More to bring to supervision next week.'.repeat(120) : ''}` : undefined,
      }));
    else checklists[id] = { checked: a.groups.flatMap((g: { items: { id: string }[] }) => g.items.map((it) => it.id)).slice(0, 5), updatedAt: '2026-04-01T10:00:00.000Z' };
  }
  return { version: 1, updatedAt: '2026-04-02T00:00:00.000Z', read, attempts, drafts: {}, checklists };
}

/** The record of a reader who has done the onboarding path: its pages read and its assessments taken. */
function onboardingRecord() {
  const all = fullRecord();
  const path = parse(readFileSync(join(root, 'content/paths/onboarding-crisis-peer-specialist.yaml'), 'utf8'));
  const pages: string[] = path.stages.flatMap((s: { steps: { page?: string }[] }) => s.steps.flatMap((st) => (st.page ? [st.page] : [])));
  const ids = new Set(pages.map((p) => p.split('/')[2]));
  return {
    ...all,
    read: Object.fromEntries(Object.entries(all.read).filter(([p]) => pages.includes(p))),
    attempts: Object.fromEntries(Object.entries(all.attempts).filter(([id]) => ids.has(id))),
    checklists: Object.fromEntries(Object.entries(all.checklists).filter(([id]) => ids.has(id))),
  };
}

// The record every reader of the hub could have (all 34 pages, every assessment twice) prints on
// one page, with its notes left out or in: a short note whole, a long one's start, marked as cut.
for (const [who, record, notes] of [
  ['every page and assessment, notes left out', () => fullRecord(), false],
  ['the onboarding path, short notes in', onboardingRecord, true],
  ['every page and assessment, long notes in', () => fullRecord(true), true],
] as const) {
  test(`the study record prints on one page (${who}): results with dates, the edition, a name and date line, and notes only when chosen`, async ({ page }) => {
    const r = record();
    await page.goto(fixedPages.about);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [RECORD_KEY, JSON.stringify(r)]);
    await page.goto(fixedPages.progress);
    await expect(page.getByTestId('summary')).toContainText(`${Object.keys(r.read).length} pages marked as read`);
    const version = /Content version ([0-9a-f]{8})/.exec(readFileSync(join(root, 'dist/progress/index.html'), 'utf8'))![1];
    await page.getByLabel('Put my own notes in the printed record').setChecked(notes);
    // The notes' paragraphs are redrawn for paper before anything is printed.
    await expect(page.locator(notes ? '.own-note.no-print' : '.own-note:not(.no-print)')).toHaveCount(0);
    for (const format of formats) {
      const { pages } = await printed(page, format);
      await expect(page.getByRole('button', { name: 'Download my progress' })).toBeHidden();
      expect(pages.length, `${format}: one page`).toBe(1);
      const text = plain(pages[0].text);
      for (const words of ['Study record from', 'Name: ____', 'Date: ____', `Content version ${version}`, 'It is a record you keep yourself. It is not continuing education credit, not a certification, and not an assessment of your fitness for a job.', 'Change'])
        expect(text, `${format}: "${words}"`).toContain(words);
      expect(text, `${format}: a page read, with its date`).toMatch(/Peer role drift \(Mar \d+, 2026\)/);
      expect(text, `${format}: a knowledge check's latest result and its change`).toMatch(/Latest: \d+ of 16 on April 10, 2026, (up \d+ from|down \d+ from|the same as before)/);
      // (A few words of the other column may fall between a note's words in the PDF's text.)
      expect(/My note on The four[\s\S]{0,200}?crisis competencies/.test(text), `${format}: the notes are printed only when chosen`).toBe(notes);
      if (!notes) expect(text, `${format}: no note at all`).not.toContain('My note on');
      const long = who.includes('long');
      expect(text.includes('(Shortened here: the whole note is on My progress.)'), `${format}: a long note is marked as cut, a short one is not`).toBe(notes && long);
      if (notes && !long) expect(text, `${format}: a short note is printed whole`).toContain('ask about pacing on long calls.');
      expect(wordsNearEdge(pages)).toEqual([]);
    }
    await page.emulateMedia({ media: 'screen' });
  });
}

// Spanish runs longer (the crisis line's Spanish ways in, longer dates): the fullest record, long
// notes in, still prints on one page from /es/progress/.
test('the Spanish study record prints on one page too, with every page, every assessment and long notes', async ({ page }) => {
  await page.goto(fixedPages.about);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [RECORD_KEY, JSON.stringify(fullRecord(true))]);
  await page.goto(`/es${fixedPages.progress}`);
  await expect(page.getByTestId('summary')).toContainText('34 páginas');
  await page.getByLabel('Incluir mis notas en el registro impreso').setChecked(true);
  await expect(page.locator('.own-note.no-print')).toHaveCount(0);
  for (const format of formats) {
    const { pages } = await printed(page, format);
    expect(pages.length, `${format}: one page`).toBe(1);
    const text = plain(pages[0].text);
    for (const words of ['Registro de estudio de', 'Nombre: ____', 'Fecha: ____', 'Versión del contenido', 'No son créditos de educación continua', 'Llame al 988', '(Acortada aquí: la nota completa está en Mi progreso.)'])
      expect(text, `${format}: "${words}"`).toContain(words);
    expect(wordsNearEdge(pages)).toEqual([]);
  }
  await page.emulateMedia({ media: 'screen' });
});
