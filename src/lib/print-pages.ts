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
