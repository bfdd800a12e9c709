// How many sheets of paper each printable takes. The numbers come from measuring the printed
// output (Playwright's PDF in the tests checks every printable against them).

/** A path checklist: the title block, then each step with its sign-off line. */
export function checklistPages(steps: number): number {
  return steps <= 10 ? 1 : steps <= 22 ? 2 : Math.ceil(steps / 11);
}

/** A page's scope tables: about 26 table rows and headings fit on a sheet. */
export function scopePages(tables: { rows: unknown[] }[]): number {
  const lines = tables.reduce((n, t) => n + t.rows.length + 3, 0);
  return Math.max(1, Math.ceil(lines / 26));
}

/** A text as a CSS string ("a \"b\"" for a "b"). */
export const cssString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;

/**
 * The page's own running head on paper: its title at the top left and the hub's name at the top
 * right of every page but the first, and "Page 3 of 12" at the foot of every page (CSS paged
 * media margin boxes, which Chromium prints). How they look is in src/styles/printable.css.
 */
export function pageHeadStyle(head: string, hub: string): string {
  return `@page{@top-left{content:${cssString(head)}}@top-right{content:${cssString(hub)}}@bottom-right{content:"Page " counter(page) " of " counter(pages)}}@page:first{@top-left{content:none}@top-right{content:none}}`;
}
