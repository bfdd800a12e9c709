// An agency's second hub, served from /peer-hub/ with its own id, beside the first hub on one
// web address (playwright.fork.config.ts; built by scripts/build-fork.ts). Every page of it gets
// the page-level test too (every-page.spec.ts): these are what only a fork can show.
import { test, expect } from './fixtures';
import { SITE_ID, untilWorkerControls, watchRequests } from './helpers';
import { FORK } from '../../scripts/lib/fork.ts';

const folder = FORK.base;

test('search finds a guide inside the folder, and the result opens it there', async ({ page, baseURL }) => {
  const outside = watchRequests(page, baseURL!);
  const missing: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('./search/?q=drift');
  const first = page.locator('a.result-title').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${folder}guides/`));
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${folder}guides/[a-z-]+/\\?highlight=drift`));
  await expect(page.locator('main mark').first()).toBeVisible();
  expect(outside, 'every request stays inside the folder').toEqual([]);
  expect(missing).toEqual([]);
});

test('an unknown address inside the folder gets the fork’s own 404 page, with links inside the folder', async ({ page }) => {
  const res = await page.goto('./no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  for (const href of await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(new RegExp(`^${folder}`));
});

test.describe(() => {
  test.use({ serviceWorkers: 'allow' });
  test('the service worker is the folder’s own, controls its pages and serves them offline', async ({ context, page }) => {
    test.setTimeout(120_000);
    await page.goto('./');
    const scope = await untilWorkerControls(page);
    expect(new URL(scope).pathname).toBe(folder);
    expect(await page.evaluate(async () => (await caches.keys()).every((k) => k.startsWith('forkhub-')))).toBe(true);
    await context.setOffline(true);
    await page.goto('./guides/boundaries-and-dual-relationships/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boundaries and dual relationships');
    await context.setOffline(false);
  });
});

test('a result saved in the fork is kept under its own id, and the first hub on the same address does not see it', async ({ page, baseURL }) => {
  expect(SITE_ID).toBe(FORK.id);
  await page.goto('./assessments/supervision-practices/');
  await page.getByRole('checkbox').first().check();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), `${FORK.id}-record`)).not.toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('pch-record'))).toBeNull();
  // The first hub, at the root of the same address, has nothing saved.
  await page.goto(new URL('/progress/', baseURL!).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My progress');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  // Its islands have read the storage: the first hub wrote nothing, and read nothing of the fork's.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pch-')))).toEqual([]);
  await expect(page.getByTestId('summary')).toContainText('0 pages marked as read');
  // And back in the fork, its result is still there.
  await page.goto('./assessments/supervision-practices/');
  await expect(page.getByRole('checkbox').first()).toBeChecked();
});
