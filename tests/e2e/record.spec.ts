import { test, expect } from '@playwright/test';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const dir = mkdtempSync(join(tmpdir(), 'pch-files-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const record = {
  version: 1,
  updatedAt: '2026-05-01T00:00:00.000Z',
  read: { '/guides/what-is-peer-support/': '2026-05-01T00:00:00.000Z' },
  attempts: { 'peers-in-pcrp': [{ kind: 'knowledge', id: 'a1', finishedAt: '2026-05-01T00:00:00.000Z', answers: {}, correct: 7, total: 13 }] },
  drafts: {},
  checklists: {},
};

async function seed(page: import('@playwright/test').Page, raw: string) {
  await page.goto('/about/');
  await page.evaluate((r) => localStorage.setItem('pch-record', r), raw);
}

test('download then load gives back the same record', async ({ page }) => {
  await seed(page, JSON.stringify(record));
  await page.goto('/progress/');
  await expect(page.getByTestId('summary')).toContainText('1 page marked as read');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my progress' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^peer-crisis-hub-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = join(dir, 'downloaded.json');
  await download.saveAs(saved);
  const before = await page.evaluate(() => JSON.parse(localStorage.getItem('pch-record')!));
  // Delete everything (with confirmation), then load the file back.
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByTestId('summary')).toContainText('0 pages marked as read');
  await page.getByLabel('Choose a progress file').setInputFiles(saved);
  await expect(page.getByTestId('import-preview')).toContainText('1 pages read, 1 finished attempts');
  await page.getByLabel('Replace it with the file’s progress').check();
  await page.getByRole('button', { name: 'Load this progress' }).click();
  await expect(page.getByTestId('progress-message')).toContainText('replaced');
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem('pch-record')!));
  expect({ ...after, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
});

const badFiles: [string, string | Buffer, RegExp][] = [
  ['not-json.json', 'this is not json', /not valid JSON/],
  ['other-app.json', JSON.stringify({ app: 'something-else', record }), /not a progress file from this hub/],
  ['wrong-shape.json', JSON.stringify({ app: 'peer-crisis-hub', record: { ...record, attempts: 'many' } }), /damaged or has been edited/],
  ['future.json', JSON.stringify({ app: 'peer-crisis-hub', record: { ...record, version: 99 } }), /newer version/],
  ['huge.json', Buffer.alloc(3 * 1024 * 1024, 32), /too large/],
  ['latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]), /not text in UTF-8/],
  ['empty.json', '', /empty/],
];

for (const [name, content, message] of badFiles) {
  test(`a bad file (${name}) is refused with a clear message and changes nothing`, async ({ page }) => {
    await seed(page, JSON.stringify(record));
    await page.goto('/progress/');
    const before = await page.evaluate(() => localStorage.getItem('pch-record'));
    await page.getByLabel('Choose a progress file').setInputFiles(file(name, content));
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('pch-record'))).toBe(before);
  });
}

test('a damaged record is set aside with its text kept, and the reader is told', async ({ page }) => {
  await seed(page, '{"version":1,"read":');
  await page.goto('/assessments/supervision-practices/');
  await expect(page.getByTestId('recovered-notice')).toContainText('could not be read');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pch-record-damaged-')));
  expect(keys).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), keys[0])).toBe('{"version":1,"read":');
  await page.getByRole('checkbox').first().check();
  await page.goto('/progress/');
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
  await page.goto('/assessments/supervision-practices/');
  await expect(page.getByTestId('storage-notice')).toContainText('will not be kept after you close this tab');
  await page.getByRole('checkbox').first().check();
  await expect(page.getByTestId('checklist-status')).toContainText(/1 of \d+ in place/);
});

test('the progress summary for supervision prints on one page', async ({ page }) => {
  const withRating = {
    ...record,
    attempts: {
      ...record.attempts,
      'crisis-competencies': [{ kind: 'self-rating', id: 'r1', finishedAt: '2026-05-02T00:00:00.000Z', ratings: { listening: 2 }, note: 'Work on listening.' }],
    },
    checklists: { 'supervision-practices': { checked: [], updatedAt: '2026-05-03T00:00:00.000Z' } },
  };
  await seed(page, JSON.stringify(withRating));
  await page.goto('/progress/');
  await expect(page.getByRole('link', { name: 'The four crisis competencies' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Download my progress' })).toBeHidden();
  const pdf = await page.pdf({ format: 'Letter' });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBe(1);
});
