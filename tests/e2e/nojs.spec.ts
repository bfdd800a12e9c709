// With JavaScript off. Every guide and role is checked to be whole in the HTML the server sends
// (every-page.spec.ts); here one of each is opened with JavaScript off, to prove that what the
// reader then sees is that whole text (nothing waits for a script to show it).
import { test, expect } from './fixtures';
import { builtPages, lastSentence, straightQuotes } from './helpers';
import { assessmentHref, collectionOf, entryIdFrom } from '../../src/lib/routes.ts';

test.use({ javaScriptEnabled: false });

const pages = builtPages();
for (const kind of ['guides', 'roles'] as const) {
  const path = pages.find((p) => collectionOf(p) === kind)!;
  test(`without JavaScript, a page of ${kind} (${path}) shows its whole text`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    expect(straightQuotes(await page.locator('main').innerText())).toContain(straightQuotes(lastSentence(kind, entryIdFrom(kind, path)!)));
    await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
    const words = (await page.locator('main .prose').innerText()).split(/\s+/).length;
    expect(words).toBeGreaterThan(500);
  });
}

test('without JavaScript, an assessment page says it needs JavaScript and shows what it covers', async ({ page }) => {
  await page.goto(assessmentHref('crisis-competencies'));
  await expect(page.locator('.noscript-note')).toContainText('needs JavaScript');
  await expect(page.getByRole('heading', { name: 'What this covers' })).toBeVisible();
  await expect(page.getByText('not a test of fitness for a job')).toBeVisible();
});
