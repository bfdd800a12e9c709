import { test, expect } from '@playwright/test';
import { builtPages, watchRequests } from './helpers';

test('visiting every page, searching and finishing an assessment: nothing leaves, no cookie, only the hub’s keys', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const outside = watchRequests(page, baseURL!);
  for (const path of builtPages()) await page.goto(path);
  await page.goto('/search/?q=drift');
  await expect(page.locator('a.result-title').first()).toBeVisible();
  await page.goto('/assessments/organizational-readiness-checklist/');
  await page.getByRole('checkbox').first().check();
  await page.goto('/assessments/self-care-check-in/');
  await page.getByRole('button', { name: 'Start rating' }).click();
  expect(outside).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.length).toBeGreaterThan(0);
  for (const k of keys) expect(k).toMatch(/^pch-(record|theme)$/);
});
