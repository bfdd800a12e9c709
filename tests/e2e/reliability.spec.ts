import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { builtPages } from './helpers';

/** Record Content-Security-Policy violations from the first moment of each page. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as any).__csp as string[]);

test('every page has a strict CSP with no unsafe-inline scripts, and nothing violates it', async ({ page }) => {
  await watchCsp(page);
  for (const path of builtPages()) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, path).toBeTruthy();
    const scriptSrc = /script-src ([^;]*)/.exec(csp!)![1].split(/\s+/);
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(csp, path).toContain("default-src 'self'");
    expect(await violations(page), path).toEqual([]);
  }
});

test('every island works under the CSP: search, each kind of assessment, progress, mark as read', async ({ page }) => {
  await watchCsp(page);
  await page.goto('/guides/peer-role-drift/');
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByRole('button', { name: 'Marked as read' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('respite');
  await expect(page.locator('dialog a.result-title').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  for (const [path, button] of [['/assessments/spot-the-drift/', 'Start the check'], ['/assessments/self-care-check-in/', 'Start rating']]) {
    await page.goto(path);
    await page.getByRole('button', { name: button }).click();
    await expect(page.locator('fieldset').first()).toBeVisible();
    expect(await violations(page), path).toEqual([]);
  }
  await page.goto('/assessments/supervision-practices/');
  await page.getByRole('checkbox').first().check();
  await page.goto('/progress/');
  await expect(page.getByTestId('summary')).toContainText('1 page marked as read');
  await page.goto('/');
  await expect(page.locator('[data-continue]')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('50 damaged stored records are each set aside with the backup kept, and the reader is told', async ({ page }) => {
  test.setTimeout(120_000);
  const good = { version: 1, updatedAt: '2026-05-01T00:00:00.000Z', read: { '/guides/a/': '2026-05-01T00:00:00.000Z' }, attempts: {}, drafts: {}, checklists: {} };
  const raw = JSON.stringify(good);
  const damaged = [
    ...Array.from({ length: 30 }, (_, i) => raw.slice(0, Math.floor(((i + 1) * raw.length) / 31))),
    ...['null', '[]', '42', '"x"', 'true', '{}', '{"version":0}', '{"version":"1"}', '{"version":1}', '\u0000\u0001', '{"version":1,"read":5}'],
    ...['read', 'attempts', 'drafts', 'checklists', 'updatedAt'].flatMap((k) => [JSON.stringify({ ...good, [k]: 'broken' }), JSON.stringify({ ...good, [k]: [1, 2] })]),
  ].filter((d) => d !== '');
  expect(damaged.length).toBeGreaterThanOrEqual(50);
  await page.goto('/about/');
  let recovered = 0;
  for (const d of damaged) {
    await page.evaluate((v) => {
      localStorage.clear();
      localStorage.setItem('pch-record', v);
    }, d);
    await page.goto('/progress/');
    await expect(page.getByTestId('recovered-notice'), d).toBeVisible();
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pch-record-damaged-')).map((k) => localStorage.getItem(k)));
    expect(kept, d).toEqual([d]);
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('pch-record')))!).version).toBe(1);
    recovered++;
  }
  console.log(`damaged records tried in the browser: ${damaged.length}, recovered with backup: ${recovered}`);
});

test('two tabs finishing attempts at the same moment keep both attempts', async ({ context }) => {
  const finishUpToLast = async (page: Page, path: string) => {
    await page.goto(path);
    await page.getByRole('button', { name: 'Start rating' }).click();
    for (;;) {
      for (const group of await page.locator('fieldset').all()) await group.locator('input[type=radio]').first().check();
      const cont = page.getByRole('button', { name: 'Continue' });
      if (!(await cont.isVisible())) break;
      await cont.click();
      if (await page.getByRole('textbox').isVisible()) break;
    }
  };
  const a = await context.newPage();
  const b = await context.newPage();
  await finishUpToLast(a, '/assessments/crisis-competencies/');
  await finishUpToLast(b, '/assessments/self-care-check-in/');
  await Promise.all([a.getByRole('button', { name: 'See my results' }).click(), b.getByRole('button', { name: 'See my results' }).click()]);
  await expect(a.getByRole('heading', { name: /Your profile from/ })).toBeVisible();
  await expect(b.getByRole('heading', { name: /Your check-in from/ })).toBeVisible();
  const record = JSON.parse((await a.evaluate(() => localStorage.getItem('pch-record')))!);
  expect(record.attempts['crisis-competencies']).toHaveLength(1);
  expect(record.attempts['self-care-check-in']).toHaveLength(1);
  expect(record.drafts).toEqual({});
});

test.describe('offline', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ serviceWorkers: 'allow' });
  test('after one visit: an unopened guide opens, search answers, an assessment saves', async ({ context, page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);
  // Losing the connection while a page is open shows the notice. (It is checked on the open page:
  // Chromium 150's offline emulation reports navigator.onLine as true in a page opened after it.)
  await expect(page.getByText('You are offline.')).toBeVisible();
  await page.goto('/guides/boundaries-and-dual-relationships/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boundaries and dual relationships');
  await page.goto('/search/?q=debrief');
  await expect(page.locator('a.result-title').first()).toHaveText('Debriefing after a crisis');
  await page.goto('/assessments/supervision-practices/');
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
      await page.goto('/assessments/spot-the-drift/');
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      await page.getByRole('button', { name: 'Start the check' }).click();
      await page.locator('input[type=radio]').first().check();
      await page.evaluate(() => ((window as any).stillHere = true));
      // A new build of the hub is published.
      writeFileSync(swFile, original.replace(/const VERSION = '[^']+'/, "const VERSION = 'next-version'"));
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
