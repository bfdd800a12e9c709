// Marking a guide read, as a path, the home page and My progress see it. (That each printable
// prints on the sheets it states is checked on its page in every-page.spec.ts.)
import { test, expect } from './fixtures';
import { fixedPages, pathHref } from '../../src/lib/routes.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const start = parse(readFileSync(new URL('../../content/paths/start-here.yaml', import.meta.url), 'utf8'));
const steps: { page: string }[] = start.stages.flatMap((s: { steps: unknown[] }) => s.steps);
const firstGuide = steps.find((s) => s.page.startsWith(fixedPages.guides))!.page;

test('marking a guide read updates its path and the home page, and survives a reload', async ({ page }) => {
  await page.goto(fixedPages.home);
  await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeHidden();
  await page.goto(pathHref('start-here'));
  await expect(page.getByTestId('path-progress')).toContainText(`0 of ${steps.length} steps done`);

  await page.goto(firstGuide);
  const button = page.getByRole('button', { name: 'Mark as read' });
  await button.click();
  await expect(page.getByRole('button', { name: 'Marked as read' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto(pathHref('start-here'));
  await expect(page.getByTestId('path-progress')).toContainText(`1 of ${steps.length} steps done`);
  await expect(page.locator(`li[data-step="${firstGuide}"]`)).toHaveClass(/done/);
  await page.reload();
  await expect(page.getByTestId('path-progress')).toContainText(`1 of ${steps.length} steps done`);

  await page.goto(fixedPages.home);
  const cont = page.locator('[data-continue]');
  await expect(cont).toBeVisible();
  await expect(cont).toContainText(start.title);
  await expect(cont.getByRole('link').nth(1)).toHaveAttribute('href', steps[1].page);

  await page.goto(fixedPages.progress);
  await expect(page.getByTestId('summary')).toContainText('1 page marked as read');

  // Undo
  await page.goto(firstGuide);
  await page.getByRole('button', { name: 'Marked as read' }).click();
  await expect(page.getByRole('button', { name: 'Mark as read' })).toHaveAttribute('aria-pressed', 'false');
  await page.goto(pathHref('start-here'));
  await expect(page.getByTestId('path-progress')).toContainText(`0 of ${steps.length} steps done`);
});
