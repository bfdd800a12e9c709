// The reader's record in the browser: download and load it back, and one case of each kind of
// bad input, to prove the wiring from the page to src/lib and src/state. The breadth of bad
// input (every kind of bad file, hundreds of damaged records) is in tests/unit: backup.test.ts,
// record.test.ts and bad-input-at-scale.test.ts.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { assessmentHref, fixedPages, guideHref } from '../../src/lib/routes.ts';
import { RECORD_VERSION } from '../../src/lib/record.ts';
import { DAMAGED_PREFIX, RECORD_KEY } from '../../src/state/keys.ts';

const dir = mkdtempSync(join(tmpdir(), 'pch-files-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const record = {
  version: RECORD_VERSION,
  updatedAt: '2026-05-01T00:00:00.000Z',
  read: { [guideHref('what-is-peer-support')]: '2026-05-01T00:00:00.000Z' },
  attempts: { 'peers-in-pcrp': [{ kind: 'knowledge', id: 'a1', finishedAt: '2026-05-01T00:00:00.000Z', answers: {}, correct: 7, total: 13 }] },
  drafts: {},
  checklists: {},
};

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), RECORD_KEY);

async function seed(page: Page, raw: string) {
  await page.goto(fixedPages.about);
  await page.evaluate(([key, r]) => localStorage.setItem(key, r), [RECORD_KEY, raw]);
}

test('download then load gives back the same record', async ({ page }) => {
  await seed(page, JSON.stringify(record));
  await page.goto(fixedPages.progress);
  await expect(page.getByTestId('summary')).toContainText('1 page marked as read');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my progress' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^peer-crisis-hub-progress-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByTestId('download-status')).toContainText(`Downloaded: ${download.suggestedFilename()}`);
  const saved = join(dir, 'downloaded.json');
  await download.saveAs(saved);
  const before = JSON.parse((await stored(page))!);
  // Delete everything (with confirmation), then load the file back.
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByTestId('summary')).toContainText('0 pages marked as read');
  await page.getByLabel('Choose a progress file').setInputFiles(saved);
  await expect(page.getByTestId('import-preview')).toContainText('1 page read, 1 finished attempt across 1 assessment');
  await page.getByLabel('Replace it with the file’s progress').check();
  await page.getByRole('button', { name: 'Load this progress' }).click();
  await expect(page.getByTestId('progress-message')).toContainText('replaced');
  await expect(page.getByTestId('progress-message'), 'the confirmation takes focus').toBeFocused();
  const after = JSON.parse((await stored(page))!);
  expect({ ...after, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
});

test('a wrong file (a record edited by hand) is refused with a clear message and changes nothing', async ({ page }) => {
  await seed(page, JSON.stringify(record));
  await page.goto(fixedPages.progress);
  const before = await stored(page);
  await page.getByLabel('Choose a progress file').setInputFiles(file('wrong-shape.json', JSON.stringify({ app: 'peer-crisis-hub', record: { ...record, attempts: 'many' } })));
  await expect(page.getByRole('alert')).toContainText(/damaged or has been edited/);
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  expect(await stored(page)).toBe(before);
});

test('the error summary and the delete question take focus once, not again when another tab writes', async ({ context, page }) => {
  await seed(page, JSON.stringify(record));
  await page.goto(fixedPages.progress);
  await page.getByLabel('Choose a progress file').setInputFiles(file('not-json.json', 'not json'));
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('alert')).toContainText('There is a problem');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await expect(page.getByRole('button', { name: 'Yes, delete everything' })).toBeFocused();
  await page.keyboard.press('Tab');
  const keep = page.getByRole('button', { name: 'No, keep it' });
  await expect(keep).toBeFocused();
  // Another tab marks a page read: every island on this page hears of it and draws again.
  const other = await context.newPage();
  await other.goto(guideHref('crisis-continuum'));
  await other.getByRole('button', { name: 'Mark as read' }).click();
  await page.bringToFront();
  await expect(page.getByTestId('summary')).toContainText('2 pages marked as read');
  await expect(keep).toBeFocused();
});

test('a damaged record is set aside with its text kept, a clean one is started, and the reader is told', async ({ page }) => {
  await seed(page, '{"version":1,"read":');
  await page.goto(assessmentHref('supervision-practices'));
  await expect(page.getByTestId('recovered-notice')).toContainText('could not be read');
  const kept = await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => localStorage.getItem(k)), DAMAGED_PREFIX);
  expect(kept).toEqual(['{"version":1,"read":']);
  expect(JSON.parse((await stored(page))!).version).toBe(RECORD_VERSION);
  await page.getByRole('checkbox').first().check();
  await page.goto(fixedPages.progress);
  await expect(page.getByRole('heading', { name: 'Damaged data that was set aside' })).toBeVisible();
  await expect(page.getByText(/1 of \d+ in place/)).toBeVisible();
});

test('with storage blocked, a reader can still finish an assessment and is told it will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    const deny = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = deny;
  });
  await page.goto(assessmentHref('supervision-practices'));
  await expect(page.getByTestId('storage-notice')).toContainText('will not be kept after you close this tab');
  await page.getByRole('checkbox').first().check();
  await expect(page.getByTestId('checklist-status')).toContainText(/1 of \d+ in place/);
});

test('with storage full, the work goes on in the tab and the reader is told there is no room', async ({ page }) => {
  // The browser has no room for the record (small writes, such as the hub's probe, still work).
  // The record is written as localStorage[key] = text, so the page's localStorage is wrapped.
  await page.addInitScript((key) => {
    const real = window.localStorage;
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const wrapped = new Proxy(real, {
      get: (t, p) => (p === 'setItem' ? (k: string, v: string) => (k === key ? full() : t.setItem(k, v)) : typeof Reflect.get(t, p) === 'function' ? Reflect.get(t, p).bind(t) : Reflect.get(t, p)),
      set: (t, p, v) => (p === key ? full() : Reflect.set(t, p, v)),
    });
    Object.defineProperty(window, 'localStorage', { get: () => wrapped, configurable: true });
  }, RECORD_KEY);
  await page.goto(assessmentHref('supervision-practices'));
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);
  await page.getByRole('checkbox').first().check();
  await expect(page.getByTestId('storage-notice')).toContainText('no room left to save them');
  await expect(page.getByTestId('checklist-status')).toContainText(/1 of \d+ in place/);
  await page.getByRole('checkbox').nth(1).check();
  await expect(page.getByTestId('checklist-status')).toContainText(/2 of \d+ in place/);
  expect(await stored(page)).toBeNull();
});

test('a record from a newer version of the hub is left as it is, and the reader is told why', async ({ page }) => {
  const newer = JSON.stringify({ ...record, version: RECORD_VERSION + 1 });
  await seed(page, newer);
  await page.goto(assessmentHref('supervision-practices'));
  await expect(page.getByTestId('storage-notice')).toContainText('made by a newer version of this hub');
  await page.getByRole('checkbox').first().check();
  await expect(page.getByTestId('checklist-status')).toContainText(/1 of \d+ in place/);
  expect(await stored(page)).toBe(newer);
});
