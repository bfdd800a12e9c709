// One test per built page. Each loads its page once and, in that one visit, checks everything
// that must hold on every page: the page frame, privacy, the CSP, accessibility in the light and
// the dark theme, ids after the islands have drawn, the text a reader without JavaScript gets,
// the printed length of a printable, and no sideways scrolling at 320 px.
// The CSP's text is checked over dist/ in tests/build/csp.test.ts; which pages exist, in
// tests/build/built-pages.test.ts.
import { test, expect } from './fixtures';
import { builtPages, lastSentence, pdfPages, statedPrintPages, storedKeys, straightQuotes, watchConsole, watchRequests, words } from './helpers';
import { expectAccessible, expectContrast } from './axe';
import { collectionOf, entryIdFrom, fixedPages, langOf, unlocalized } from '../../src/lib/routes.ts';
import { languages } from '../../src/lib/i18n.ts';

const printed = statedPrintPages();

test.use({ colorScheme: 'light' });

test('every printable states how many sheets it takes', () => {
  // In every language: a Spanish printable ("/es/print/scope/…") says its length on the Spanish list.
  const printables = builtPages().filter((p) => unlocalized(p).startsWith(fixedPages.print) && unlocalized(p) !== fixedPages.print);
  expect(printables.length).toBeGreaterThanOrEqual(2 + 4 + 5);
  expect([...printed.keys()].sort()).toEqual(printables);
});

for (const path of builtPages()) {
  // The page's language, from its folder ("/es/..." is Spanish), and the words its frame must show in it.
  const lang = langOf(path);
  const t = words(lang);
  test(`${path}: frame, privacy, CSP, axe (light and dark), ids, no-JS text, 320 px`, async ({ page, baseURL }) => {
    const outside = watchRequests(page, baseURL!);
    const errors = watchConsole(page);
    // Relative to the tests' base address, so the same test visits a hub served from a folder.
    const res = await page.goto(`.${path}`);
    expect(res?.status()).toBe(200);
    // Islands are client:only: each has drawn when Astro takes away its `ssr` mark. (The privacy
    // checks come last, so they also see any request made in the seconds the checks take.)
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);

    // The page frame.
    await expect(page.locator('html')).toHaveAttribute('lang', languages[lang].tag);
    expect((await page.title()).length).toBeGreaterThan(5);
    expect((await page.locator('meta[name="description"]').getAttribute('content'))!.length).toBeGreaterThan(20);
    await expect(page.locator('h1')).toHaveCount(1);
    const crisis = page.getByRole('complementary', { name: t('crisis.label') });
    await expect(crisis.locator('a[href="tel:988"]')).toBeVisible();
    // In Spanish the Text link starts a message with AYUDA, the word that reaches the Spanish line.
    await expect(crisis.locator(lang === 'es' ? 'a[href="sms:988?&body=AYUDA"]' : 'a[href="sms:988"]')).toBeVisible();
    await expect(crisis).toContainText(lang === 'es' ? 'Estados Unidos' : 'United States');
    await expect(crisis).toContainText('911');
    if (lang === 'es') await expect(crisis).toContainText('marque 2');
    await expect(page.locator('footer')).toContainText(t('footer.education'));
    await expect(page.locator('footer')).toContainText(t('footer.privacy'));
    await expect(page.getByRole('navigation', { name: t('nav.label') }).locator('a')).toHaveText(['guides', 'roles', 'assessments', 'paths', 'progress', 'search', 'about'].map((k) => t(`nav.${k}`)));

    // A guide or role is whole in the HTML the server sends, which is what a reader without
    // JavaScript gets (tests/e2e/nojs.spec.ts shows one of each with JavaScript off), and on screen.
    const kind = collectionOf(unlocalized(path));
    if (kind === 'guides' || kind === 'roles') {
      const sentence = straightQuotes(lastSentence(kind, entryIdFrom(kind, unlocalized(path))!, lang));
      const serverText = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').querySelector('main')?.textContent ?? '', await res!.text());
      expect(straightQuotes(serverText), 'the server’s HTML has the whole text').toContain(sentence);
      expect(straightQuotes(await page.locator('main').innerText()), 'the whole text is shown').toContain(sentence);
      await expect(page.getByRole('heading', { name: t('footer.sources'), exact: true })).toBeVisible();
      expect((await page.locator('main .prose').innerText()).split(/\s+/).length).toBeGreaterThan(500);
    }

    // Accessibility: axe, the ids and AAA contrast in the light theme; contrast again in the dark theme, set
    // the way the theme switch sets it.
    await expectAccessible(page, `${path} (light)`);
    await expectContrast(page, `${path} (light)`);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 22, 25)');
    await expectContrast(page, `${path} (dark)`);
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));

    // A printable prints on the number of sheets the /print/ page states, on Letter and A4.
    const sheets = printed.get(path);
    if (sheets !== undefined) {
      for (const format of ['Letter', 'A4'] as const) {
        const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: true });
        expect(pdfPages(pdf), `${path} on ${format}`).toBe(sheets);
      }
    }

    // A 320 px wide screen never scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'width at 320 px').toBeLessThanOrEqual(320);

    // Privacy: nothing left the site, no cookie, and reading a page stores nothing.
    expect(outside, 'requests to other sites').toEqual([]);
    expect(errors, 'console errors (CSP violations show here)').toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(await storedKeys(page), 'reading a page stores nothing').toEqual([]);
  });
}
