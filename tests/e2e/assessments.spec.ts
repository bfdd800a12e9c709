// Each kind of self-assessment, by keyboard alone, with axe and the id check at each step.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { assessment, tabTo, expectNoStorageOutsideHub } from './helpers';
import { expectAccessible as axe } from './axe';
import { assessmentHref, fixedPages } from '../../src/lib/routes.ts';

const pcrp = assessment('peers-in-pcrp');
const correctOf = (qid: string) => pcrp.questions.find((q: any) => q.id === qid).options.find((o: any) => o.correct).id as string;
const wrongOf = (qid: string) => pcrp.questions.find((q: any) => q.id === qid).options.find((o: any) => !o.correct).id as string;

/** Answer the question on screen using the keyboard only; returns whether it chose the right answer. */
async function answerByKeyboard(page: Page, right: boolean) {
  const legend = await page.locator('fieldset legend').first().textContent();
  const q = pcrp.questions.find((x: any) => x.prompt.trim() === legend!.trim());
  const target = right ? correctOf(q.id) : wrongOf(q.id);
  const radio = page.locator(`input[type=radio][value="${target}"]`);
  await tabTo(page, page.locator('input[type=radio]').first());
  for (let i = 0; i < 5 && !(await radio.isChecked()); i++) await page.keyboard.press(i === 0 ? 'Space' : 'ArrowDown');
  await expect(radio).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('feedback')).toBeVisible();
  await expect(page.locator('.feedback-heading')).toBeFocused();
  return q.id as string;
}

test('a knowledge check can be finished by keyboard alone, is remembered, and shows on My progress', async ({ page }) => {
  await page.goto(assessmentHref('peers-in-pcrp'));
  await expect(page.getByText('not a test of fitness for a job')).toBeVisible();
  await axe(page, 'start');
  await tabTo(page, page.getByRole('button', { name: 'Start the check' }));
  await page.keyboard.press('Enter');
  const total = pcrp.questions.length;
  await expect(page.getByRole('heading', { name: `Question 1 of ${total}` })).toBeFocused();
  // An answer is required before checking.
  await tabTo(page, page.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Select an answer');
  await axe(page, 'error');
  for (let i = 0; i < total; i++) {
    await answerByKeyboard(page, i !== 1); // get the second one wrong
    if (i === 0) await axe(page, 'feedback');
    await tabTo(page, page.getByRole('button', { name: i === total - 1 ? 'See your results' : 'Next question' }));
    await page.keyboard.press('Enter');
    if (i < total - 1) await expect(page.getByRole('heading', { name: `Question ${i + 2} of ${total}` })).toBeFocused();
  }
  await expect(page.getByRole('heading', { name: `Your result: ${total - 1} of ${total}` })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Questions to look at again' })).toBeVisible();
  await expect(page.locator('.review li')).toHaveCount(1);
  await axe(page, 'result');
  await page.reload();
  await expect(page.getByTestId('last-result')).toContainText(`${total - 1} of ${total}`);
  await page.goto(fixedPages.progress);
  await expect(page.getByRole('link', { name: pcrp.title })).toBeVisible();
  await expect(page.getByText(`Latest: ${total - 1} of ${total}`)).toBeVisible();
  await axe(page, 'progress');
  await expectNoStorageOutsideHub(page);
});

test('leaving a knowledge check half-way and coming back resumes it', async ({ page }) => {
  await page.goto(assessmentHref('peers-in-pcrp'));
  await page.getByRole('button', { name: 'Start the check' }).click();
  for (let i = 0; i < 3; i++) {
    await answerByKeyboard(page, true);
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  await page.goto(fixedPages.home);
  await page.goto(assessmentHref('peers-in-pcrp'));
  await expect(page.getByRole('heading', { name: `Question 4 of ${pcrp.questions.length}` })).toBeVisible();
  await page.goto(fixedPages.progress);
  await expect(page.getByText('In progress.')).toBeVisible();
});

test('discarding an attempt asks first, and "No" keeps every answer', async ({ page }) => {
  await page.goto(assessmentHref('peers-in-pcrp'));
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerByKeyboard(page, true);
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.getByRole('button', { name: 'Stop and discard this attempt' }).click();
  const question = page.getByRole('alertdialog', { name: 'Discard this attempt?' });
  await expect(question.getByRole('button', { name: 'No, carry on' })).toBeFocused();
  await question.getByRole('button', { name: 'No, carry on' }).click();
  await expect(page.getByRole('heading', { name: `Question 2 of ${pcrp.questions.length}` })).toBeVisible();
  await page.getByRole('button', { name: 'Stop and discard this attempt' }).click();
  await page.getByRole('button', { name: 'Yes, discard it' }).click();
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
});

test('a self-rating is finished by keyboard, drawn as a chart and a table, and the change is shown next time', async ({ page }) => {
  const def = assessment('crisis-competencies');
  await page.goto(assessmentHref('crisis-competencies'));
  await tabTo(page, page.getByRole('button', { name: 'Start rating' }));
  await page.keyboard.press('Enter');
  const rateAll = async (level: number) => {
    for (let d = 0; d < def.domains.length; d++) {
      await expect(page.getByRole('heading', { level: 2, name: def.domains[d].title })).toBeFocused();
      if (d === 0 && level === 2) {
        // Continuing with nothing rated lists what is missing.
        await tabTo(page, page.getByRole('button', { name: 'Continue' }));
        await page.keyboard.press('Enter');
        await expect(page.getByRole('alert')).toContainText('Choose a rating');
        await axe(page, 'rating error');
      }
      for (const skill of def.domains[d].skills) {
        // A skill about the reader's own life says it is theirs alone, beside the question.
        if (skill.reflective) await expect(page.getByRole('group', { name: skill.text })).toContainText('For your own reflection: not counted in your profile.');
        const first = page.locator(`#r-${skill.id}-1`);
        await tabTo(page, first);
        await page.keyboard.press('Space');
        for (let k = 1; k < level; k++) await page.keyboard.press('ArrowRight');
        await expect(page.locator(`#r-${skill.id}-${level}`)).toBeChecked();
      }
      await tabTo(page, page.getByRole('button', { name: /Continue|See my results/ }));
      await page.keyboard.press('Enter');
    }
    if (def.reflection) {
      await tabTo(page, page.getByRole('textbox'));
      await page.keyboard.type(`Note after rating everything ${level}`);
      await tabTo(page, page.getByRole('button', { name: 'See my results' }));
      await page.keyboard.press('Enter');
    }
  };
  await rateAll(2);
  await expect(page.getByRole('img', { name: /Your ratings by area/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Your ratings by area/ })).toContainText('2.0');
  await expect(page.getByRole('heading', { name: 'Areas to grow' })).toBeVisible();
  await axe(page, 'profile');
  await page.reload();
  await page.getByRole('button', { name: 'Start a new rating' }).focus();
  await page.keyboard.press('Enter');
  await rateAll(4);
  const table = page.getByRole('table', { name: /Your ratings by area/ });
  await expect(table.getByRole('columnheader', { name: 'Change' })).toBeVisible();
  await expect(table).toContainText('up 2.0');
  await expect(page.getByText('Your past ratings (2)')).toBeVisible();
  // On a phone the change is a "then → now" list, not columns off the side of the screen.
  await page.setViewportSize({ width: 375, height: 812 });
  await expect(table.getByRole('columnheader', { name: 'Change' })).toBeHidden();
  const since = page.locator('.change-list');
  await expect(since.getByRole('heading', { name: 'Since last time' })).toBeVisible();
  await expect(since.getByRole('listitem').first()).toHaveText(`${def.domains[0].title}: 2.0 → 4.0 (up 2.0)`);
});

test('a checklist shows the percentage and what is left, and is kept', async ({ page }) => {
  const def = assessment('supervision-practices');
  const total = def.groups.reduce((n: number, g: any) => n + g.items.length, 0);
  await page.goto(assessmentHref('supervision-practices'));
  const first = page.getByRole('checkbox').first();
  await tabTo(page, first);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('checklist-status')).toContainText(`1 of ${total} in place (${Math.round((1 / total) * 100)}%)`);
  await expect(page.getByRole('heading', { name: 'What is left' }).locator('..').getByRole('listitem')).toHaveCount(total - 1);
  await axe(page, 'checklist');
  await page.reload();
  await expect(first).toBeChecked();
});

test('a result finished in one tab appears in another open tab', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(assessmentHref('organizational-readiness-checklist'));
  await b.goto(fixedPages.progress);
  await expect(b.getByText('You have not taken a self-assessment')).toBeVisible();
  await a.getByRole('checkbox').nth(2).check();
  await expect(b.getByRole('link', { name: 'Is our organization ready for peer staff?' })).toBeVisible();
  await expect(b.getByText(/1 of \d+ in place/)).toBeVisible();
});
