// Updates that cost little, and a first visit that keeps what the reader's setting allows. Each
// test serves the built hub from its own server (so it can publish the next version under the
// reader): dist/, then .test-builds/edited/dist, the same hub with one word changed in one guide
// (scripts/build-edited.ts).
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { staticServer } from '../../scripts/lib/static-server.mjs';
import { EDIT } from '../../scripts/lib/edit.ts';
import { fixedPages } from '../../src/lib/routes.ts';
import { SITE_ID, untilWholeHubKept } from './helpers';

const root = new URL('../..', import.meta.url).pathname;
const first = `${root}dist`;
const next = `${root}.test-builds/edited/dist`;

test.use({ serviceWorkers: 'allow' });
test.skip(!!process.env.PCH_DIST, 'the fork has its own base folder; these run over the hub');

/** A server for the hub whose folder the test can switch; its address. */
async function hubServer(cacheControl?: string) {
  let folder = first;
  const server = staticServer(() => folder, cacheControl ? { cacheControl } : {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    publishNext: () => (folder = next),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Counts the bytes of every response the context gets, the service worker's included. */
function countBytes(context: BrowserContext) {
  const counter = { bytes: 0, files: [] as string[] };
  context.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    counter.bytes += sizes?.responseBodySize ?? 0;
    counter.files.push(request.url());
  });
  return counter;
}

/** The number of files in each of this hub's caches. */
const cached = (page: Page) =>
  page.evaluate(async (prefix) => {
    const out: Record<string, number> = {};
    for (const k of await caches.keys()) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = (await (await caches.open(k)).keys()).length;
    return out;
  }, `${SITE_ID}-`);

test.describe('an update', () => {
  test.skip(!existsSync(next), 'run scripts/build-edited.ts first (npm test does)');
  for (const cacheControl of [undefined, 'max-age=600']) {
    test(`fetches only what changed, and shows the new text online and offline (${cacheControl ?? 'no-cache'})`, async ({ context, page }) => {
      test.setTimeout(150_000);
      const hub = await hubServer(cacheControl);
      try {
        const counter = countBytes(context);
        await page.goto(hub.url(EDIT.page));
        await expect(page.getByText(EDIT.before)).toBeVisible();
        await untilWholeHubKept(page, hub.url);
        const install = counter.bytes;

        // The next version is published; the reader's browser checks for it.
        hub.publishNext();
        counter.bytes = 0;
        counter.files = [];
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
        await expect(page.getByText('A new version of this hub is ready.')).toBeVisible({ timeout: 30_000 });
        const update = counter.bytes;
        expect(update, `the update fetched ${counter.files.join(', ')}`).toBeLessThanOrEqual(install * 0.15);
        expect(counter.files.some((f) => f.endsWith(EDIT.page))).toBe(true);
        // The search index chunk that holds the new word has a new name: a whole hub gets it too.
        expect(counter.files.some((f) => f.includes('/pagefind/index/'))).toBe(true);

        await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload to use it' }).click()]);
        // A fresh visit shows the new text, even where the host told the browser to keep the old page.
        await page.goto(hub.url(EDIT.page));
        await expect(page.getByText(EDIT.after)).toBeVisible();
        await context.setOffline(true);
        await page.reload();
        await expect(page.getByText(EDIT.after)).toBeVisible();
        await context.setOffline(false);
      } finally {
        await context.setOffline(false);
        await hub.close();
      }
    });
  }
});

test('a visit with Save-Data keeps only the essentials, until the reader chooses to keep the whole hub; the space can be freed again', async ({ context, page }) => {
  test.setTimeout(150_000);
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) });
  });
  const hub = await hubServer();
  try {
    await page.goto(hub.url(fixedPages.about));
    const text = page.locator('[data-offline-text]');
    await expect(text).toContainText('asks websites to save data');
    const caches = await cached(page);
    expect(caches.essentials).toBeGreaterThan(0);
    expect(caches.pages ?? 0).toBe(0);

    await page.getByRole('button', { name: /^Keep the whole hub for offline use \(\d+(\.\d)? MB\)$/ }).click();
    await expect(text).toContainText('keeps the whole hub for offline use', { timeout: 60_000 });
    expect((await cached(page)).pages).toBeGreaterThan(50);

    await page.getByRole('button', { name: /^Free the space/ }).click();
    await expect(text).toContainText('This browser keeps only what it needs to start offline');
    expect((await cached(page)).pages ?? 0).toBe(0);
    // The choice holds on the next page: opening a guide keeps nothing more.
    await page.goto(hub.url(EDIT.page));
    await page.goto(hub.url(fixedPages.progress));
    await expect(page.locator('[data-offline-text]')).toContainText('keeps only what it needs to start offline');
    expect((await cached(page)).pages ?? 0).toBe(0);
  } finally {
    await hub.close();
  }
});
