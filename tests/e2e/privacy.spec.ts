// Using the hub, not only reading it, keeps everything in the browser. (Reading each page is
// checked in every-page.spec.ts: nothing leaves, no cookie, nothing stored.)
import { test, expect } from './fixtures';
import { watchRequests, storedKeys } from './helpers';
import { assessmentHref, searchHref } from '../../src/lib/routes.ts';
import { RECORD_KEY } from '../../src/state/keys.ts';

test('searching and working on two assessments: nothing leaves, no cookie, only the record is stored', async ({ page, baseURL }) => {
  const outside = watchRequests(page, baseURL!);
  await page.goto(searchHref('drift'));
  await expect(page.locator('a.result-title').first()).toBeVisible();
  await page.goto(assessmentHref('organizational-readiness-checklist'));
  await page.getByRole('checkbox').first().check();
  await page.goto(assessmentHref('self-care-check-in'));
  await page.getByRole('button', { name: 'Start rating' }).click();
  await page.locator('fieldset').first().locator('input[type=radio]').first().check();
  expect(outside).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
  expect(await storedKeys(page)).toEqual([RECORD_KEY]);
});
