// Search: the dialog from any page, by keyboard, the search page and its filters, and what the
// reader is told when the index cannot load.
import { test, expect } from './fixtures';
import { watchRequests } from './helpers';
import { expectAccessible } from './axe';
import { fixedPages, guideHref, roleHref, searchHref } from '../../src/lib/routes.ts';
import { resultsOnScreen } from '../../src/lib/search-query.ts';

test('no search code is loaded before the dialog opens; "/" opens it and "drift" finds the drift guide first', async ({ page, baseURL }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  const outside = watchRequests(page, baseURL!);
  await page.goto(guideHref('scope-of-practice'));
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((u) => u.includes('pagefind') || /search-dialog|SearchUI/.test(u))).toEqual([]);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('drift');
  // The two drift guides come first: the guide on drift, and its worked examples.
  // The count names the query its results answer, so results for "dri" never pass for "drift".
  await expect(dialog.getByTestId('result-count')).toContainText('for “drift”');
  const titles = dialog.locator('a.result-title');
  await expect.poll(async () => (await titles.allTextContents()).slice(0, 2).sort()).toEqual(['Drift examples: 23 worked scenarios', 'Peer role drift']);
  expect(loaded.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
  expect(outside).toEqual([]);
});

test.describe(() => {
  test('keyboard alone: Ctrl+K, type, arrow to a result, Enter opens it with the words highlighted', async ({ page }) => {
    await page.goto(fixedPages.home);
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('debrief');
    const first = page.locator('dialog a.result-title').first();
    await expect(first).toHaveText('Debriefing after a crisis');
    await page.keyboard.press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/guides\/debriefing-after-a-crisis\/\?highlight=debrief/);
    await expect(page.locator('mark').first()).toBeVisible();
  });
});

test('Escape closes the dialog and focus returns to the Search button', async ({ page }) => {
  await page.goto(fixedPages.roles);
  const launcher = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search' });
  await launcher.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden();
  await expect(launcher).toBeFocused();
});

test('a filter narrows the results and the counts change; no filter file loads before the filters are opened', async ({ page }) => {
  const filterFiles: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.pf_filter')) filterFiles.push(r.url());
  });
  await page.goto(searchHref('mobile crisis'));
  const count = page.getByTestId('result-count');
  // The total of all matches (results render in two batches, so count the total, not the list).
  const total = async () => Number(/^(\d+) result/.exec((await count.textContent()) ?? '')?.[1] ?? Number.NaN);
  await expect(count).toContainText('for “mobile crisis”');
  const before = await total();
  expect(before).toBeGreaterThan(1);
  const fold = page.locator('details.filters');
  await expect(fold.locator('summary')).toHaveText('Filters');
  expect(filterFiles, 'filter files before the filters are opened').toEqual([]);
  await fold.locator('summary').click();
  const roleChip = page.locator('button[data-filter="type:Role"]');
  await expect(roleChip).toContainText(/\(\d+\)/);
  expect(filterFiles.length, 'filter files once the filters are opened').toBeGreaterThan(0);
  const chipText = await roleChip.textContent();
  await roleChip.click();
  await expect(roleChip).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/type=Role/);
  await expect(fold.locator('summary')).toHaveText('Filters (1 on)');
  await expect.poll(total).toBeLessThan(before);
  await expect.poll(async () => (await page.locator('.result-type').allTextContents()).every((t) => t.includes('Role'))).toBe(true);
  await expect.poll(async () => page.locator('button[data-filter^="topic:"]').first().textContent()).not.toBe(chipText);
});

test('/search/?q=supervision works from a cold load, and axe finds nothing with the dialog open', async ({ page }) => {
  await page.goto(searchHref('supervision'));
  await expect(page.getByRole('searchbox')).toHaveValue('supervision');
  await expect(page.locator('a.result-title').first()).toBeVisible();
  await page.goto(fixedPages.guides);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('boundaries');
  await expect(page.locator('dialog a.result-title').first()).toBeVisible();
  await expectAccessible(page, 'search dialog open with results');
});

test('a glossary term is findable by its term', async ({ page }) => {
  await page.goto(searchHref('warmline'));
  await expect(page.locator('a.result-title')).not.toHaveCount(0);
  // Among the first screen and the next twelve (the role pages that explain warmlines come first).
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect
    .poll(async () => (await page.locator('.search-ui a[data-result]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).some((h) => h?.includes('/glossary/')))
    .toBe(true);
});

test('if the search index cannot load, the dialog says so and offers a way on', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.abort());
  await page.goto(fixedPages.guides);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('alert')).toContainText('Search could not load');
  await expect(page.getByRole('dialog').getByRole('link', { name: 'guides' })).toBeVisible();
});

test('the glossary and paths are filterable as page types', async ({ page }) => {
  await page.goto(searchHref('warmline'));
  await page.locator('details.filters summary').click();
  await expect(page.locator('button[data-filter="type:Glossary"]')).toBeVisible();
  // Only values with a match are offered.
  for (const n of await page.locator('button[data-filter] .count').allTextContents()) expect(n).not.toBe('(0)');
});

for (const [width, height] of [
  [375, 812],
  [320, 640],
]) {
  test(`on a ${width} x ${height} phone the first result is on the first screen with the dialog open, and more results load on request`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(guideHref('what-is-peer-support'));
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('searchbox', { name: 'Search the hub' })).toBeFocused();
    await page.keyboard.type('peer');
    const first = page.locator('.search-ui a[data-result]').first();
    await expect(first).toBeVisible();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height, 'the first result ends on the first screen').toBeLessThanOrEqual(height);
    const results = page.getByTestId('results').locator(':scope > li');
    // Only the results that fit on the screen below the search box load at first (each costs its page's text).
    const form = (await page.locator('.search-ui form').boundingBox())!;
    const below = height - form.y - form.height;
    await expect(results).toHaveCount(resultsOnScreen(below));
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(results).toHaveCount(resultsOnScreen(below) + 12);
  });
}

// A reader's own words find the page that answers them, above the glossary and the sources.
for (const [query, answer] of [
  ['what do peers do in the ER', roleHref('emergency-department')],
  ['ride', roleHref('emergency-department')],
  ['can I hug', guideHref('boundaries-and-dual-relationships')],
  ['what am I allowed to do on a mobile crisis team', roleHref('mobile-crisis-team')],
  ['worried about my friend', guideHref('worried-about-someone')],
]) {
  test(`"${query}" finds ${answer} first`, async ({ page }) => {
    await page.goto(searchHref(query));
    await expect(page.getByTestId('result-count')).toContainText(`for “${query}”`);
    const first = page.locator('a.result-title').first();
    await expect.poll(async () => new URL((await first.getAttribute('href'))!, 'http://x').pathname).toBe(answer);
  });
}

for (const [width, height] of [
  [375, 812],
  [1280, 800],
]) {
  test(`at ${width} px a result opens at its section, with the word highlighted in view below the sticky bars`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(searchHref('ride'));
    const first = page.locator('a.result-title').first();
    await expect(first).toHaveAttribute('href', /#[a-z0-9-]+$/);
    await first.click();
    await expect(page).toHaveURL(/\/roles\/emergency-department\/\?highlight=ride#/);
    const mark = page.locator('main mark').first();
    await expect(mark).toBeInViewport();
    // Nothing sticky covers it: the element at its middle is the mark itself.
    await expect.poll(() => mark.evaluate((m) => {
      const r = m.getBoundingClientRect();
      return m.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
    })).toBe(true);
  });
}
