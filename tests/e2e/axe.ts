// The one accessibility check every browser test uses: axe with the WCAG 2.2 AA rules, and the
// hub's id check (src/lib/html-ids.ts) on the page as it is now, after its islands have drawn.
// axe runs in the page itself (axe.run), from the axe-core that @axe-core/playwright depends on:
// AxeBuilder.analyze() runs axe in each frame and then again in a new blank page to combine the
// results, which took three times as long on the hub's single-frame pages.
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import { ARIA_ID_REFS, TAG_ID_REFS, idProblems, type IdElement } from '../../src/lib/html-ids.ts';

const require = createRequire(import.meta.url);
const axeSource: string = createRequire(require.resolve('@axe-core/playwright'))('axe-core').source;

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules a change of colours can break; run again in the dark theme. */
export const CONTRAST_RULES = ['color-contrast', 'color-contrast-enhanced'];

type RunOnly = { type: 'tag' | 'rule'; values: string[] };

/** axe's violations on the page as it is now, one line each: the rule and the elements. */
export async function axeViolations(page: Page, runOnly: RunOnly): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, runOnly);
}

/** The page's elements with ids or id references, read from the live DOM. */
export function liveIdElements(page: Page): Promise<IdElement[]> {
  return page.evaluate(
    ({ aria, byTag }) =>
      [...document.querySelectorAll('*')].flatMap((el) => {
        const own = byTag[el.localName];
        const refs = [...aria, ...(own ? [own] : [])].flatMap((a): [string, string][] => (el.hasAttribute(a) ? [[a, el.getAttribute(a)!]] : []));
        const id = el.getAttribute('id');
        return id !== null || refs.length ? [{ tag: el.localName, id, refs }] : [];
      }),
    { aria: [...ARIA_ID_REFS], byTag: TAG_ID_REFS },
  );
}

/** axe (WCAG 2.2 AA) and the id check find nothing on the page as it is now. */
export async function expectAccessible(page: Page, step: string) {
  expect(idProblems(await liveIdElements(page)), `${step}: ids`).toEqual([]);
  expect(await axeViolations(page, { type: 'tag', values: WCAG_TAGS }), `${step}: axe`).toEqual([]);
}

/** axe's colour-contrast rules (AA and the enhanced AAA ratio) find nothing on the page as it is now. */
export async function expectContrast(page: Page, step: string) {
  expect(await axeViolations(page, { type: 'rule', values: CONTRAST_RULES }), `${step}: contrast`).toEqual([]);
}
