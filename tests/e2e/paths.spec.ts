import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const start = parse(readFileSync(new URL('../../content/paths/start-here.yaml', import.meta.url), 'utf8'));
const steps: { page: string }[] = start.stages.flatMap((s: { steps: unknown[] }) => s.steps);
const firstGuide = steps.find((s) => s.page.startsWith('/guides/'))!.page;

test('marking a guide read updates its path and the home page, and survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeHidden();
  await page.goto('/paths/start-here/');
  await expect(page.getByTestId('path-progress')).toContainText(`0 of ${steps.length} steps done`);

  await page.goto(firstGuide);
  const button = page.getByRole('button', { name: 'Mark as read' });
  await button.click();
  await expect(page.getByRole('button', { name: 'Marked as read' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/paths/start-here/');
  await expect(page.getByTestId('path-progress')).toContainText(`1 of ${steps.length} steps done`);
  await expect(page.locator(`li[data-step="${firstGuide}"]`)).toHaveClass(/done/);
  await page.reload();
  await expect(page.getByTestId('path-progress')).toContainText(`1 of ${steps.length} steps done`);

  await page.goto('/');
  const cont = page.locator('[data-continue]');
  await expect(cont).toBeVisible();
  await expect(cont).toContainText(start.title);
  await expect(cont.getByRole('link').nth(1)).toHaveAttribute('href', steps[1].page);

  await page.goto('/progress/');
  await expect(page.getByTestId('summary')).toContainText('1 page marked as read');

  // Undo
  await page.goto(firstGuide);
  await page.getByRole('button', { name: 'Marked as read' }).click();
  await expect(page.getByRole('button', { name: 'Mark as read' })).toHaveAttribute('aria-pressed', 'false');
  await page.goto('/paths/start-here/');
  await expect(page.getByTestId('path-progress')).toContainText(`0 of ${steps.length} steps done`);
});

/** Count the pages of a PDF by its page objects. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('every printable prints on the number of pages it states', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/print/');
  const links = await page.locator('main li a[href^="/print/"]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.parentElement!.textContent! })));
  expect(links.length).toBeGreaterThanOrEqual(2 + 4 + 5);
  await page.emulateMedia({ media: 'print' });
  for (const { href, text } of links) {
    const stated = Number(/(\d+) pages?\)/.exec(text)![1]);
    await page.goto(href);
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: true });
      expect(pdfPages(pdf), `${href} on ${format}`).toBe(stated);
    }
  }
});
