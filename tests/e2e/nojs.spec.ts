import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { slugs } from './helpers';

test.use({ javaScriptEnabled: false });

const root = new URL('../..', import.meta.url).pathname;
/** A sentence from the end of the page's own text, to prove the whole guide is there. */
function lastSentence(dir: string, slug: string): string {
  const body = readFileSync(`${root}content/${dir}/${slug}.mdx`, 'utf8').split(/^---$/m).slice(2).join('---');
  const plain = body
    .split('\n')
    .filter((l) => /^[A-Za-z]/.test(l) && !l.includes('<') && !l.includes('[') && !l.includes('*') && !l.includes('`') && l.length > 40)
    .pop()!;
  return plain.split(/(?<=\.)\s/)[0].slice(0, 60);
}

for (const [dir, route] of [['guides', '/guides/'], ['roles', '/roles/']] as const) {
  for (const slug of slugs(dir)) {
    test(`without JavaScript, ${route}${slug}/ shows its whole text`, async ({ page }) => {
      await page.goto(`${route}${slug}/`);
      await expect(page.locator('h1')).toBeVisible();
      // Markdown turns straight quotes into curly ones; compare the words, not the quote marks.
      const straight = (t: string) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
      expect(straight(await page.locator('main').innerText())).toContain(straight(lastSentence(dir, slug)));
      await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
      const words = (await page.locator('main .prose').innerText()).split(/\s+/).length;
      expect(words).toBeGreaterThan(500);
    });
  }
}

test('without JavaScript, an assessment page says it needs JavaScript and shows what it covers', async ({ page }) => {
  await page.goto('/assessments/crisis-competencies/');
  await expect(page.locator('.noscript-note')).toContainText('needs JavaScript');
  await expect(page.getByRole('heading', { name: 'What this covers' })).toBeVisible();
  await expect(page.getByText('not a test of fitness for a job')).toBeVisible();
});
