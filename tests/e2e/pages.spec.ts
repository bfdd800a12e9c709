// Behaviour of the page frame. What every page must show is checked once per page in
// every-page.spec.ts.
import { readdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import { assessmentHref, fixedPages, guideHref, pathHref, roleHref, searchHref } from '../../src/lib/routes.ts';

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(guideHref('what-is-peer-support'));
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
  await expect(page.getByRole('link', { name: 'search the hub' })).toHaveAttribute('href', fixedPages.search);
  await expect(page.getByRole('complementary', { name: 'Crisis line' }).locator('a[href="tel:988"]')).toBeVisible();
});

test('the theme switch is remembered and applied before the page paints', async ({ page }) => {
  await page.goto(fixedPages.home);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // On the next page, the theme is set by the head script, before any content is parsed.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as any).themeAtInteractive = document.documentElement.dataset.theme;
    });
  });
  await page.goto(fixedPages.guides);
  expect(await page.evaluate(() => (window as any).themeAtInteractive)).toBe('dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(18, 22, 25)');
  await page.getByLabel('Theme').selectOption('system');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

test.describe('with the device set to dark', () => {
  test.use({ colorScheme: 'dark' });
  test('the system dark setting is followed without the switch', async ({ page }) => {
    await page.goto(fixedPages.home);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 22, 25)');
  });
});

test.describe('on a phone', () => {
  for (const size of [{ width: 375, height: 812 }, { width: 320, height: 640 }]) {
    test(`988 is a button of at least 44 x 44 px in view in the middle and at the end of a long page (${size.width} px)`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(roleHref('mobile-crisis-team'));
      const bar = page.getByRole('complementary', { name: 'Call or text 988' });
      for (const at of ['middle', 'end'] as const) {
        await page.evaluate((where) => scrollTo(0, where === 'middle' ? document.body.scrollHeight / 2 : document.body.scrollHeight), at);
        for (const name of ['Call 988', 'Text 988']) {
          const link = bar.getByRole('link', { name });
          await expect(link, `${name} at the ${at}`).toBeInViewport();
          const box = (await link.boundingBox())!;
          expect(box.width, `${name} width`).toBeGreaterThanOrEqual(44);
          expect(box.height, `${name} height`).toBeGreaterThanOrEqual(44);
        }
      }
      // The footer says it too, and the page never scrolls sideways.
      await expect(page.locator('footer a[href="tel:988"]')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    });
  }
  test('on a wide screen the top notice sticks instead, and the bar is not shown', async ({ page }) => {
    await page.goto(roleHref('mobile-crisis-team'));
    await expect(page.getByRole('complementary', { name: 'Call or text 988' })).toBeHidden();
  });
});

test.describe('the answer first', () => {
  const roles = readdirSync(new URL('../../content/roles/', import.meta.url)).map((f) => f.replace(/\.mdx$/, ''));
  test('on every role page the in-role / out-of-role rows start within two screens at 375 x 812, and "At a glance" at 320 x 640', async ({ page }) => {
    for (const [width, height, what] of [
      [375, 812, '.at-a-glance table'],
      [320, 640, '.at-a-glance li'],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const role of roles) {
        await page.goto(roleHref(role));
        const top = await page.locator(what).first().evaluate((e) => e.getBoundingClientRect().top + scrollY);
        expect(top / height, `${role} at ${width} px: screens to ${what}`).toBeLessThan(2);
      }
    }
  });
  test('"See all rows" leads to the whole table further down the page', async ({ page }) => {
    await page.goto(roleHref('mobile-crisis-team'));
    await page.locator('.at-a-glance').getByRole('link', { name: /^See all \d+ rows/ }).click();
    await expect(page).toHaveURL(/#table-in-and-out-of-role$/);
    await expect(page.locator('#table-in-and-out-of-role tbody tr')).toHaveCount(8);
    await expect(page.locator('#table-in-and-out-of-role caption')).toBeInViewport();
  });
});

test.describe('no layout shift', () => {
  test.use({ viewport: { width: 375, height: 812 } });
  const kinds = [fixedPages.home, guideHref('scope-of-practice'), roleHref('mobile-crisis-team'), assessmentHref('crisis-competencies'), pathHref('start-here'), fixedPages.progress, searchHref('drift')];
  for (const path of kinds) {
    test(`nothing on screen moves while ${path} loads and its islands draw`, async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { shifted: number };
        w.shifted = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shifted += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      await expect(page.locator('[data-theme-switch]')).toBeVisible();
      if (path.startsWith(fixedPages.search)) await expect(page.getByTestId('results')).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted), 'cumulative layout shift').toBe(0);
    });
  }
});
