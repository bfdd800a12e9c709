// Two tabs at once, and the hub offline. (The CSP of every page is checked over dist/ in
// tests/build/csp.test.ts and in the browser on each page in every-page.spec.ts; every test's
// fixture fails on a CSP violation, so each island is proved under the CSP where it is driven.
// Damaged stored records are tried by the hundred in tests/unit/bad-input-at-scale.test.ts, and
// once in the browser in record.spec.ts.)
import { test, expect } from './fixtures';
import { untilWorkerControls, untilWholeHubKept } from './helpers';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { assessmentHref, fixedPages, guideHref, searchHref } from '../../src/lib/routes.ts';
import { RECORD_KEY } from '../../src/state/keys.ts';

test('two tabs finishing attempts at the same moment keep both attempts', async ({ context }) => {
  const finishUpToLast = async (page: Page, path: string) => {
    // A tab in the background draws no frames, and each action then waits about 2 s for one.
    await page.bringToFront();
    await page.goto(path);
    await page.getByRole('button', { name: 'Start rating' }).click();
    // Each step is drawn after the click that asks for it: wait for its label before rating.
    const label = page.locator('.assessment .progress-label');
    for (let part = 1; ; part++) {
      await expect(label).toHaveText(new RegExp(`^(Part ${part} of \\d+|Last step: your note)$`));
      if ((await label.textContent())!.startsWith('Last step')) break;
      for (const group of await page.locator('fieldset').all()) await group.locator('input[type=radio]').first().check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
  };
  const a = await context.newPage();
  const b = await context.newPage();
  await finishUpToLast(a, assessmentHref('crisis-competencies'));
  await finishUpToLast(b, assessmentHref('self-care-check-in'));
  await Promise.all([a.getByRole('button', { name: 'See my results' }).click(), b.getByRole('button', { name: 'See my results' }).click()]);
  await expect(a.getByRole('heading', { name: /Your profile from/ })).toBeVisible();
  await expect(b.getByRole('heading', { name: /Your check-in from/ })).toBeVisible();
  const record = JSON.parse((await a.evaluate((key) => localStorage.getItem(key), RECORD_KEY))!);
  expect(record.attempts['crisis-competencies']).toHaveLength(1);
  expect(record.attempts['self-care-check-in']).toHaveLength(1);
  expect(record.drafts).toEqual({});
});

test.describe('offline', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ serviceWorkers: 'allow' });
  test('after one visit: an unopened guide opens, search answers, an assessment saves', async ({ context, page }) => {
  test.setTimeout(120_000);
  await page.goto(fixedPages.home);
  await untilWorkerControls(page);
  await untilWholeHubKept(page);
  await context.setOffline(true);
  // Losing the connection while a page is open shows the notice. (It is checked on the open page:
  // Chromium 150's offline emulation reports navigator.onLine as true in a page opened after it.)
  await expect(page.getByText('You are offline.')).toBeVisible();
  await page.goto(guideHref('boundaries-and-dual-relationships'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boundaries and dual relationships');
  await page.goto(searchHref('debrief'));
  await expect(page.locator('a.result-title').first()).toHaveText('Debriefing after a crisis');
  await page.goto(assessmentHref('supervision-practices'));
  await page.getByRole('checkbox').first().check();
  await page.reload();
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  await context.setOffline(false);
});

  test('a new version is offered, never forced: the page does not reload under a reader mid-assessment', async ({ page }) => {
    test.setTimeout(120_000);
    const swFile = new URL('../../dist/sw.js', import.meta.url);
    const original = readFileSync(swFile, 'utf8');
    try {
      await page.goto(assessmentHref('spot-the-drift'));
      await untilWorkerControls(page);
      await page.getByRole('button', { name: 'Start the check' }).click();
      await page.locator('input[type=radio]').first().check();
      await page.evaluate(() => ((window as any).stillHere = true));
      // A new build of the hub is published.
      // (The "not found" page's revision changes, as a rebuild with an edit to it would.)
      const next = original.replace(/("revision":")[0-9a-f]+(","url":"\/404\.html")/, '$1next-version$2');
      expect(next).not.toBe(original);
      writeFileSync(swFile, next);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      await expect(page.getByText('A new version of this hub is ready.')).toBeVisible();
      await page.waitForTimeout(1000);
      expect(await page.evaluate(() => (window as any).stillHere)).toBe(true);
      await expect(page.locator('input[type=radio]').first()).toBeChecked();
      // The reader chooses when to reload; the draft is kept.
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload to use it' }).click()]);
      expect(await page.evaluate(() => (window as any).stillHere ?? false)).toBe(false);
      await expect(page.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();
    } finally {
      writeFileSync(swFile, original);
    }
  });
});
