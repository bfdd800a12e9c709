// Cross-file rules the schemas alone cannot express: internal links, where scope tables are
// placed and which guides the home page lists, knowledge-check fairness and reading times.
// Pure functions over parsed data and MDX trees; the content check feeds them files, and the
// page rules over each MDX tree are in ./mdx-rules.ts.

import type { Root } from 'mdast';
import { words } from './readability.ts';
import { elementsNamed, inlineText, isJsx, lineOf, parseMdx, propNames, stringProp, walk } from './mdx-tree.ts';
import { entryIdFrom, guideHref } from './routes.ts';
import { defaultScopeHeadings } from '../schemas/scope-table.ts';

/** One problem in one content file: the file, the line (when the problem has one), the field and what to do. */
export interface ContentIssue {
  file: string;
  /** The line of the file (1 is the first), as an editor shows it. Left out for a problem of the whole file, such as its name. */
  line?: number;
  field: string;
  message: string;
}

/** "content/guides/x.mdx:42: body: links to ...", the way compilers name a place, so editors can jump to it. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.field}: ${issue.message}`;
}

const treeOf = (page: string | Root): Root => (typeof page === 'string' ? parseMdx(page) : page);

export interface LinkTargets {
  /** Every page path on the site, with a trailing slash, e.g. "/guides/scope-of-practice/". */
  pages: Set<string>;
  /** Anchors that exist on generated pages, e.g. "/glossary/" -> glossary ids. */
  anchors: Map<string, Set<string>>;
}

export function linkProblem(link: string, targets: LinkTargets): string | null {
  const [rawPath, hash] = link.split('#');
  let path = rawPath === '' ? '/' : rawPath;
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path += '/';
  if (!targets.pages.has(path)) return `links to "${link}", but there is no page at ${path}`;
  if (hash) {
    const anchors = targets.anchors.get(path);
    if (anchors && !anchors.has(hash)) return `links to "${link}", but ${path} has no entry "${hash}"`;
  }
  return null;
}

/** The props of a component whose text a reader reads (the rest set how it looks, or name a source or term). */
const READ_PROPS: Record<string, string[]> = { Callout: ['title'], DriftExample: ['title', 'happened', 'why', 'instead', 'ask'] };

/**
 * Words a reader reads on a page: headings, paragraphs, lists and table cells, a <Term>'s
 * words, a callout's title and a worked scenario's fields; a <Cite> counts as one word (the
 * page shows a source's short name in brackets, taken in at a glance). Code, comments,
 * imports and the markup itself are not counted. A ScopeTable's words are in its data, not
 * the page: add them with `scopeTableWords`.
 */
export function proseWordCount(page: string | Root): number {
  let n = 0;
  walk(treeOf(page), (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') n += words(inlineText(node.children)).length;
    else if (isJsx(node)) {
      // An inline callout's text is not its paragraph's running text (inlineText leaves it out), so it is counted here.
      if (node.type === 'mdxJsxTextElement' && node.name === 'Callout') n += words(inlineText(node.children)).length;
      if (node.name === 'Cite') n += 1;
      for (const prop of READ_PROPS[node.name ?? ''] ?? []) n += words(stringProp(node, prop) ?? '').length;
    }
  });
  return n;
}

// ---- Scope tables: placed on their page by id, kept in content/scope-tables/ ----------

/** What the rules need of a scope table (src/schemas/scope-table.ts has the full shape). */
export interface ScopeTableLike {
  caption: string;
  source: string;
  origin: string;
  doesHeading?: string;
  doesNotHeading?: string;
  rows: { does: string; doesNot?: string }[];
}

/** One <ScopeTable /> in a page: the id it names (null when it names none), and its line in the file (1 is the first). */
export interface ScopeTablePlacement {
  id: string | null;
  line: number;
  /** Props other than `id`, such as the `caption` or `rows` a table was once written with. */
  otherProps: string[];
}

/** Every <ScopeTable /> on a page (its MDX or its tree), however it is written; commented-out ones and code are left out. */
export function scopeTablePlacements(page: string | Root): ScopeTablePlacement[] {
  return elementsNamed(treeOf(page), 'ScopeTable').map((element) => ({
    id: stringProp(element, 'id') ?? null,
    line: lineOf(element),
    otherProps: [...new Set(propNames(element).filter((p) => p !== 'id'))],
  }));
}

/** One <AtAGlance> on a page: the scope table it previews (undefined when it shows none; null when the prop is not plain text), and its line. */
export interface GlancePlacement {
  table: string | null | undefined;
  line: number;
}

/** Every <AtAGlance> on a page. */
export function glancePlacements(page: string | Root): GlancePlacement[] {
  return elementsNamed(treeOf(page), 'AtAGlance').map((element) => ({ table: stringProp(element, 'table'), line: lineOf(element) }));
}

/** A scope table's id as a page places it: the page's slug, a slash, the table's id in its file. */
export const scopeTableId = (page: string, table: string) => `${page}/${table}`;

/**
 * The words a reader reads in one of a page's scope tables: its caption, its two column
 * headings (the defaults, "In role" and "Out of role", when it gives none) and every cell.
 */
export function scopeTableWords(table: ScopeTableLike): number {
  const texts = [table.caption, table.doesHeading ?? defaultScopeHeadings.does, table.doesNotHeading ?? defaultScopeHeadings.doesNot, ...table.rows.flatMap((r) => [r.does, r.doesNot ?? ''])];
  return texts.reduce((n, t) => n + words(t).length, 0);
}

/** The tables a page places, in its order, looked up by id (an id that names no table is left out: `checkScopeTables` reports it). */
export function tablesPlacedIn<T>(page: string | Root | ScopeTablePlacement[], tables: ReadonlyMap<string, T>): T[] {
  const placements = Array.isArray(page) ? page : scopeTablePlacements(page);
  return placements.flatMap((p) => (p.id !== null && tables.has(p.id) ? [tables.get(p.id)!] : []));
}

/** A guide or role page, as the scope-table rules see it. */
export interface PageWithPlacements {
  /** For example "content/roles/mobile-crisis-team.mdx". */
  file: string;
  /** The file name without ".mdx". */
  slug: string;
  draft: boolean;
  placements: ScopeTablePlacement[];
  /** Its <AtAGlance> blocks (none when left out). */
  glances?: GlancePlacement[];
}

/** A scope-table file that passed its schema. */
export interface ScopeTableFile {
  /** For example "content/scope-tables/mobile-crisis-team.yaml". */
  file: string;
  /** The file name without ".yaml": the page its tables are on. */
  page: string;
  /** Null when the file did not pass its schema: its own problems are reported, and its page's tables are not checked against it. */
  tables: (ScopeTableLike & { id: string })[] | null;
}

/**
 * The rules that join pages and scope-table files: each file belongs to one page; each
 * <ScopeTable /> names, by id alone, a table of its own page's file, once; each table is
 * placed on its page. (A table no page places is an error, not printed anyway: its page's
 * printable handout says it shows that page's tables, so it must not carry one the page lacks.)
 */
export function checkScopeTables(pages: PageWithPlacements[], files: ScopeTableFile[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const pagesBySlug = new Map<string, PageWithPlacements[]>();
  for (const p of pages) pagesBySlug.set(p.slug, [...(pagesBySlug.get(p.slug) ?? []), p]);
  const fileOf = new Map(files.map((f) => [f.page, f]));
  const tableIds = new Map(files.flatMap((f) => (f.tables ?? []).map((t) => [scopeTableId(f.page, t.id), f] as const)));
  const placed = new Set<string>();

  for (const f of files) {
    const owners = pagesBySlug.get(f.page) ?? [];
    if (owners.length === 0)
      issues.push({ file: f.file, field: '(file name)', message: `there is no guide or role page "${f.page}" for these tables: name the file after the page they are on (content/guides/${f.page}.mdx or content/roles/${f.page}.mdx), or delete it` });
    else if (owners.length > 1)
      issues.push({ file: f.file, field: '(file name)', message: `both ${owners.map((o) => o.file).join(' and ')} are called "${f.page}", so it is not clear whose tables these are: rename one of the pages` });
  }

  for (const p of pages) {
    const seen = new Set<string>();
    for (const at of p.placements) {
      const own = `content/scope-tables/${p.slug}.yaml`;
      const add = (message: string) => {
        if (!p.draft) issues.push({ file: p.file, line: at.line, field: 'body', message });
      };
      if (at.id !== null) placed.add(at.id);
      if (at.otherProps.length)
        add(`<ScopeTable> takes only an id now (it has ${at.otherProps.map((x) => `"${x}"`).join(', ')}): write the table's caption, source, origin and rows in ${own} and place it with <ScopeTable id="${p.slug}/<table id>" />`);
      else if (at.id === null) add(`<ScopeTable /> names no table: write <ScopeTable id="${p.slug}/<table id>" />, with the id of a table in ${own}`);
      if (at.id === null) continue;
      const [page, table, ...more] = at.id.split('/');
      if (page !== p.slug || !table || more.length) {
        const where = tableIds.get(at.id);
        add(
          where
            ? `<ScopeTable id="${at.id}" /> is a table of another page (${where.file}): a page places only its own tables, so each printable handout matches its page; copy the table into ${own} and place it from there`
            : `<ScopeTable id="${at.id}" /> should start with this page's name: write <ScopeTable id="${p.slug}/<table id>" />, with the id of a table in ${own}`,
        );
        continue;
      }
      if (fileOf.has(p.slug) && fileOf.get(p.slug)!.tables === null) continue;
      if (!tableIds.has(at.id)) {
        const ids = fileOf.get(p.slug)?.tables?.map((t) => `"${t.id}"`) ?? [];
        add(
          ids.length
            ? `<ScopeTable id="${at.id}" /> names no table: ${own} has no table with id "${table}" (it has ${ids.join(', ')}); fix the id, or add the table to the file`
            : `<ScopeTable id="${at.id}" /> names no table: there is no file ${own}; write the table there (content/README.md shows how)`,
        );
      } else if (seen.has(at.id)) add(`<ScopeTable id="${at.id}" /> is placed twice on the page: place each table once`);
      seen.add(at.id);
    }
    // "At a glance" shows the first rows of a table further down the same page, and links to it.
    const glances = p.draft ? [] : (p.glances ?? []);
    glances.slice(1).forEach((g) => issues.push({ file: p.file, line: g.line, field: 'body', message: 'the page has more than one <AtAGlance>: keep one, at the top of the page' }));
    for (const g of glances.slice(0, 1)) {
      if (g.table === undefined) continue;
      if (g.table === null || !seen.has(g.table))
        issues.push({
          file: p.file,
          line: g.line,
          field: 'body',
          message: `<AtAGlance table="${g.table ?? '…'}"> must name a table this page places further down with <ScopeTable id="…" />${seen.size ? ` (it places ${[...seen].map((x) => `"${x}"`).join(', ')})` : ' (it places none): take the table prop away, or place the table'}`,
        });
    }
  }

  for (const f of files)
    f.tables?.forEach((t, i) => {
      const id = scopeTableId(f.page, t.id);
      if (!placed.has(id) && (pagesBySlug.get(f.page)?.length ?? 0) === 1)
        issues.push({ file: f.file, field: `[${i}].id`, message: `the table "${t.id}" is on no page: place it in ${pagesBySlug.get(f.page)![0].file} with <ScopeTable id="${id}" />, or delete it from this file` });
    });
  return issues;
}

// ---- The home page --------------------------------------------------------------------

/**
 * Each guide a "Where to start" card lists must be a published guide. A guide that was renamed
 * or merged (listed in content/moved.yaml) is named with where it went.
 */
export function checkHomeGuides(
  cards: { heading: string; guides: string[] }[],
  guides: { published: Set<string>; drafts: Set<string>; moved: Map<string, string> },
  file = 'content/home.yaml',
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  cards.forEach((card, i) =>
    card.guides.forEach((slug, j) => {
      const add = (message: string) => issues.push({ file, field: `whereToStart.${i}.guides.${j}`, message: `the card "${card.heading}" lists "${slug}"${message}` });
      if (card.guides.indexOf(slug) !== j) return add(' twice: list each guide once');
      if (guides.published.has(slug)) return;
      const movedTo = guides.moved.get(guideHref(slug));
      const movedSlug = movedTo ? entryIdFrom('guides', movedTo) : null;
      if (guides.drafts.has(slug)) add(`, but content/guides/${slug}.mdx is a draft: publish it (remove "draft: true") or list another guide`);
      else if (movedTo) add(`, but that guide moved to ${movedTo} (see content/moved.yaml): ${movedSlug ? `list "${movedSlug}" instead` : 'list another guide'}`);
      else add(`, but there is no guide content/guides/${slug}.mdx: use the file name of a guide without ".mdx", for example "scope-of-practice", or remove it`);
    }),
  );
  return issues;
}

// ---- Knowledge checks: fairness and time ---------------------------------------------

/** The most a knowledge check's right answers may be the strictly longest option. */
export const MAX_LONGEST_RIGHT_SHARE = 0.4;

interface OptionLike {
  text: string;
  correct?: boolean;
  explanation?: string;
}
interface QuestionLike {
  type?: string;
  scenario?: string;
  prompt: string;
  options: OptionLike[];
}

/**
 * Of the questions where option length could be a cue (all but true-false, whose two options
 * are fixed words), the share whose right option is strictly longer than every other option.
 */
export function longestRightShare(questions: QuestionLike[]): { share: number; longest: number; counted: number } {
  const counted = questions.filter((q) => q.type !== 'true-false');
  const longest = counted.filter((q) => {
    const right = q.options.find((o) => o.correct);
    if (!right) return false;
    const len = right.text.trim().length;
    return q.options.every((o) => o === right || o.text.trim().length < len);
  }).length;
  return { share: counted.length ? longest / counted.length : 0, longest, counted: counted.length };
}

/** Words per minute a reader studies at; each question, skill or item adds time to decide. */
export const STUDY_WORDS_PER_MINUTE = 200;
export const SECONDS_PER_DECISION = 15;

const countWords = (...texts: (string | undefined)[]) => texts.reduce((n, t) => n + (t ? words(t).length : 0), 0);

/** Minutes a reader needs for some words and decisions, rounded up. */
export function studyMinutes(wordCount: number, decisions: number): number {
  return Math.max(1, Math.ceil(wordCount / STUDY_WORDS_PER_MINUTE + (decisions * SECONDS_PER_DECISION) / 60));
}

/**
 * The prose words and table placements of pages given as MDX text, so that each page is parsed
 * once however often its reading time is asked for (the site asks on every page that lists a
 * path). Kept small: `astro dev` sees a new text at every edit.
 */
const measured = new Map<string, { words: number; placements: ScopeTablePlacement[] }>();
function measure(page: string | Root): { words: number; placements: ScopeTablePlacement[] } {
  if (typeof page !== 'string') return { words: proseWordCount(page), placements: scopeTablePlacements(page) };
  let m = measured.get(page);
  if (!m) {
    if (measured.size >= 1000) measured.clear();
    m = measure(parseMdx(page));
    measured.set(page, m);
  }
  return m;
}

/** Minutes a guide or role page (its MDX or its tree) takes to read, from the words a reader reads: its prose and the scope tables it places (every table, by id). */
export function readingMinutes(page: string | Root, tables: ReadonlyMap<string, ScopeTableLike> = new Map()): number {
  const { words, placements } = measure(page);
  return studyMinutes(words + tablesPlacedIn(placements, tables).reduce((n, t) => n + scopeTableWords(t), 0), 0);
}

type AssessmentLike =
  | { kind: 'knowledge'; intro: string; questions: QuestionLike[] }
  | { kind: 'self-rating'; intro: string; domains: { description: string; skills: { text: string }[] }[]; reflection?: string }
  | { kind: 'checklist'; intro: string; groups: { items: { text: string }[] }[] };

/**
 * How long an assessment takes, from the words a reader reads: for a knowledge check, every
 * scenario, prompt, option and explanation (readers are asked to read each explanation).
 */
export function assessmentMinutes(a: AssessmentLike): { minutes: number; words: number } {
  let words = countWords(a.intro);
  let decisions = 0;
  if (a.kind === 'knowledge') {
    for (const q of a.questions) {
      words += countWords(q.scenario, q.prompt, ...q.options.flatMap((o) => [o.text, o.explanation]));
      decisions++;
    }
  } else if (a.kind === 'self-rating') {
    words += countWords(a.reflection);
    for (const d of a.domains) {
      words += countWords(d.description, ...d.skills.map((s) => s.text));
      decisions += d.skills.length;
    }
  } else {
    for (const g of a.groups) {
      words += countWords(...g.items.map((i) => i.text));
      decisions += g.items.length;
    }
  }
  return { minutes: studyMinutes(words, decisions), words };
}
