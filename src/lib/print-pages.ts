// How many sheets of paper each printable takes. The numbers come from measuring the printed
// output (Playwright's PDF in the tests checks every printable against them).

/** A path checklist: the title block, then each step with its sign-off line. */
export function checklistPages(steps: number): number {
  return steps <= 10 ? 1 : steps <= 22 ? 2 : Math.ceil(steps / 11);
}

/**
 * A page's scope tables: a sheet holds about 26 lines (a table row is one, its caption and head
 * three, the title block four), and a table is never split across sheets, so one that does not
 * fit in what is left starts a new sheet (a table longer than a sheet takes the sheets it needs).
 */
export function scopePages(tables: { rows: unknown[] }[]): number {
  const perSheet = 26;
  let sheets = 1;
  let used = 4;
  for (const t of tables) {
    const need = t.rows.length + 3;
    if (used + need > perSheet && used > 4) {
      sheets++;
      used = 0;
    }
    used += need;
    while (used > perSheet) {
      sheets++;
      used -= perSheet;
    }
  }
  return sheets;
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
