import { test, expect } from '@playwright/test';
import { builtPages, publishedSlugs, watchConsole, watchRequests } from './helpers';

const pages = builtPages();

test('the build has every kind of page', () => {
  for (const p of ['/', '/guides/', '/roles/', '/assessments/', '/paths/', '/glossary/', '/sources/', '/search/', '/progress/', '/about/']) {
    expect(pages).toContain(p);
  }
  expect(pages.filter((p) => p.startsWith('/guides/') && p !== '/guides/').length).toBe(publishedSlugs('guides').length);
  expect(pages.filter((p) => p.startsWith('/roles/') && p !== '/roles/').length).toBe(publishedSlugs('roles').length);
});

for (const path of pages) {
  test(`${path} answers with the page frame, and nothing leaves the site`, async ({ page, baseURL }) => {
    const outside = watchRequests(page, baseURL!);
    const errors = watchConsole(page);
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    expect((await page.title()).length).toBeGreaterThan(5);
    expect((await page.locator('meta[name="description"]').getAttribute('content'))!.length).toBeGreaterThan(20);
    await expect(page.locator('h1')).toHaveCount(1);
    const crisis = page.getByRole('complementary', { name: 'Crisis line' });
    await expect(crisis.locator('a[href="tel:988"]')).toBeVisible();
    await expect(crisis.locator('a[href="sms:988"]')).toBeVisible();
    await expect(crisis).toContainText('United States');
    await expect(page.locator('footer')).toContainText('not a substitute for training, certification, supervision or clinical care');
    await expect(page.locator('footer')).toContainText('stay in this browser');
    await expect(page.getByRole('navigation', { name: 'Main' }).locator('a')).toHaveText(['Guides', 'Roles', 'Self-assessments', 'Learning paths', 'Search', 'About']);
    expect(outside, 'requests to other sites').toEqual([]);
    expect(errors, 'console errors (CSP violations show here)').toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/guides/what-is-peer-support/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address gets a 404 page that helps the reader on', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'search the hub' })).toHaveAttribute('href', '/search/');
  await expect(page.locator('a[href="tel:988"]')).toBeVisible();
});

test('the theme switch is remembered and applied before the page paints', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // On the next page, the theme is set by the head script, before any content is parsed.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as any).themeAtInteractive = document.documentElement.dataset.theme;
    });
  });
  await page.goto('/guides/');
  expect(await page.evaluate(() => (window as any).themeAtInteractive)).toBe('dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(18, 22, 25)');
  await page.getByLabel('Theme').selectOption('system');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

test('the system dark setting is followed without the switch', async ({ browser }) => {
  const ctx = await browser.newContext({ colorScheme: 'dark' });
  const page = await ctx.newPage();
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 22, 25)');
  await ctx.close();
});

test('no page is wider than a 320 px screen', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await ctx.newPage();
  for (const path of pages) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
  }
  await ctx.close();
});
