// A learning path on paper: the titles its steps print under, the anchors of the packet's parts,
// and the page numbers the build measures and writes into the packet's contents list. Pure, so
// the checklist, the packet, the path page and the build agree.

/** One step of a path as paper needs it: its page (none for a task with the agency), its title and kind. */
export interface StepTitleInput {
  /** The step's page ("/guides/x/"); undefined for a task done with the agency. */
  page?: string;
  title: string;
  /** The kind as a reader reads it: "Guide", "Self-rating", "Knowledge check" ... */
  kind: string;
  /** An assessment: a second visit is a retake. */
  assessment: boolean;
  /** The stage the step is in, for example "First three months". */
  stage: string;
}

/**
 * Titles that tell every step apart on paper. A title two different pages share (a guide and the
 * self-rating of the same name) gets the page's kind; a page that comes again gets "retake" (an
 * assessment) or "read again in <stage>" (a guide): "The four crisis competencies (self-rating,
 * retake)". A title used once stays as it is.
 */
export function stepTitles(steps: StepTitleInput[]): string[] {
  const pagesOf = new Map<string, Set<string>>();
  for (const s of steps) pagesOf.set(s.title, (pagesOf.get(s.title) ?? new Set()).add(s.page ?? `task:${s.title}`));
  const seen = new Map<string, number>();
  return steps.map((s) => {
    const extra: string[] = [];
    if (pagesOf.get(s.title)!.size > 1) extra.push(s.kind.toLowerCase());
    const key = s.page ?? `task:${s.title}`;
    const before = seen.get(key) ?? 0;
    seen.set(key, before + 1);
    if (before > 0) extra.push(s.assessment ? 'retake' : `read again in ${s.stage.toLowerCase()}`);
    return extra.length ? `${s.title} (${extra.join(', ')})` : s.title;
  });
}

/** The anchor of the packet's part for step n (counting from 1), and of its closing checklist. */
export const partAnchor = (n: number) => `part-${n}`;
export const CHECKLIST_ANCHOR = 'sign-off';

/** How a printable's measured length is written where its marker stands. */
export type SheetsForm = 'list' | 'sentence';
const sheetsText = (n: number, form: SheetsForm) =>
  form === 'list' ? ` (${n} ${n === 1 ? 'page' : 'pages'})` : `It prints on ${n} ${n === 1 ? 'page' : 'pages'} of A4 or US Letter paper. `;

/** The marker a page writes where a packet's measured length goes (filled in by the build). */
export const sheetsMarker = (id: string, form: SheetsForm) => `<span data-sheets-of="${id}" data-form="${form}"></span>`;
/** The marker for the page a packet's part starts on, in its contents list. */
export const pageMarker = (anchor: string) => `<span class="page-no" data-page-of="${anchor}"></span>`;

/**
 * A built page with the measured numbers written in: each packet's length where a marker names
 * it (as plain text, so "Title (72 pages)" reads as one line), and the page each part starts on
 * in a contents list. Markers for packets that were not measured are left as they are (empty).
 */
export function fillPacketNumbers(html: string, sheets: ReadonlyMap<string, number>, pages: ReadonlyMap<string, number> = new Map()): string {
  return html
    .replace(/<span data-sheets-of="([^"]+)" data-form="(list|sentence)"><\/span>/g, (m, id: string, form: SheetsForm) => {
      const n = sheets.get(id);
      return n === undefined ? m : sheetsText(n, form);
    })
    .replace(/<span class="page-no" data-page-of="([^"]+)"><\/span>/g, (m, anchor: string) => {
      const n = pages.get(anchor);
      return n === undefined ? m : `<span class="page-no" data-page-of="${anchor}">${n}</span>`;
    });
}
