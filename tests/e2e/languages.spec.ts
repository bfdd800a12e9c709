// English and Spanish: the language switch leads to the same page in the other language and
// back, a page not yet translated leads to the other language's home with a notice (never a
// 404), and a Spanish search searches only the Spanish pages, accents or not.
import { test, expect } from './fixtures';
import { assessment, builtPages, tabTo, words } from './helpers';
import { expectAccessible as axe } from './axe';
import { assessmentHref, fixedPages, guideHref, localized, unlocalized } from '../../src/lib/routes.ts';

const es = words('es');
const en = words('en');
const spanishPages = builtPages().filter((p) => p.startsWith('/es/'));

test('every Spanish page is built with its English page, and the switch leads from each to the other and back', async ({ page }) => {
  expect(spanishPages.length).toBeGreaterThanOrEqual(20);
  for (const path of spanishPages) {
    await page.goto(`.${path}`);
    await page.locator('.language-switch a', { hasText: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`${unlocalized(path).replace(/[/.]/g, '\\$&')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await page.locator('.language-switch a', { hasText: 'Español' }).click();
    await expect(page).toHaveURL(new RegExp(`${path.replace(/[/.]/g, '\\$&')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
  }
});

test('each translated page names its other language in hreflang links, with English as the default', async ({ page }) => {
  await page.goto(`.${localized(guideHref('scope-of-practice'), 'es')}`);
  const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${new URL((l as HTMLLinkElement).href).pathname}`));
  expect(alternates.map((a) => a.replace(/ .*?((?:\/es)?\/guides\/)/, ' $1'))).toEqual(['en-US /guides/scope-of-practice/', 'es-US /es/guides/scope-of-practice/', 'x-default /guides/scope-of-practice/']);
});

test('a page not yet in Spanish leads to the Spanish home, which says so; the notice is hidden otherwise', async ({ page }) => {
  await page.goto(`.${guideHref('debriefing-after-a-crisis')}`);
  await page.locator('.language-switch a', { hasText: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/#untranslated$/);
  const notice = page.getByRole('note');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(es('language.untranslatedHeading'));
  await page.goto(`.${localized(fixedPages.home, 'es')}`);
  await expect(page.getByText(es('language.untranslatedHeading'))).toBeHidden();
});

test('a Spanish search finds Spanish pages only, with or without accents', async ({ page }) => {
  await page.goto(`.${localized(fixedPages.search, 'es')}`);
  const box = page.getByRole('searchbox');
  await expect(box).toBeVisible();
  for (const query of ['desviación', 'desviacion']) {
    await box.fill(query);
    const titles = page.locator('a.result-title');
    await expect(titles.first()).toBeVisible();
    const hrefs = await titles.evaluateAll((links) => links.map((l) => new URL((l as HTMLAnchorElement).href).pathname));
    expect(hrefs.length, query).toBeGreaterThan(0);
    for (const h of hrefs) expect(h, `${query}: ${h}`).toMatch(/\/es\//);
  }
  // The same word finds nothing on the English search: it is in no English page.
  await page.goto(`.${fixedPages.search}`);
  await page.getByRole('searchbox').fill('desviación');
  await expect(page.getByText(en('search.noResults', { query: 'desviación' }))).toBeVisible();
});

test('the Spanish knowledge check runs by keyboard alone, and its result shows on My progress in Spanish and in English', async ({ page }) => {
  const id = 'in-role-or-out-of-role';
  const check = assessment(id, 'es');
  const total = check.questions.length;
  await page.goto(`.${localized(assessmentHref(id), 'es')}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
  await tabTo(page, page.getByRole('button', { name: es('knowledge.startCheck') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: es('knowledge.question', { n: 1, total }) })).toBeFocused();
  // An answer is required before checking, and the error says so in Spanish.
  await tabTo(page, page.getByRole('button', { name: es('knowledge.checkAnswer') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText(es('knowledge.selectAnswer'));
  await axe(page, 'Spanish error');
  for (let i = 0; i < total; i++) {
    // The question on screen, by its radio group's name ("q-<id>"); answer the first one wrong.
    const name = await page.locator('input[type=radio]').first().getAttribute('name');
    const q = check.questions.find((x: { id: string }) => `q-${x.id}` === name);
    const target = q.options.find((o: { correct?: boolean }) => (i === 0 ? !o.correct : o.correct)).id;
    const radio = page.locator(`input[type=radio][value="${target}"]`);
    await tabTo(page, page.locator('input[type=radio]').first());
    for (let k = 0; k < 6 && !(await radio.isChecked()); k++) await page.keyboard.press(k === 0 ? 'Space' : 'ArrowDown');
    await expect(radio).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: es('knowledge.checkAnswer') }));
    await page.keyboard.press('Enter');
    await expect(page.locator('.feedback-heading')).toHaveText(i === 0 ? es('knowledge.notQuite') : es('knowledge.correct'));
    if (i === 0) await axe(page, 'Spanish feedback');
    await tabTo(page, page.getByRole('button', { name: i === total - 1 ? es('knowledge.seeResults') : es('knowledge.nextQuestion') }));
    await page.keyboard.press('Enter');
    // The next question is on screen before its radios are read.
    if (i < total - 1) await expect(page.getByRole('heading', { name: es('knowledge.question', { n: i + 2, total }) })).toBeFocused();
  }
  await expect(page.getByRole('heading', { name: es('knowledge.resultHeading', { correct: total - 1, total }) })).toBeFocused();
  await expect(page.getByRole('heading', { name: es('knowledge.lookAgain') })).toBeVisible();
  await axe(page, 'Spanish result');
  // One record, shown in either language, each in its own words and with its own title.
  await page.goto(`.${localized(fixedPages.progress, 'es')}`);
  await expect(page.getByRole('link', { name: check.title })).toBeVisible();
  await expect(page.getByText(es('progress.latest', { score: es('knowledge.score', { correct: total - 1, total }), date: '' }).trim().replace(/,? el$/, ''))).toBeVisible();
  await axe(page, 'Spanish progress');
  await page.goto(`.${fixedPages.progress}`);
  await expect(page.getByRole('link', { name: assessment(id).title })).toBeVisible();
  await expect(page.getByText(`Latest: ${total - 1} of ${total}`)).toBeVisible();
});
