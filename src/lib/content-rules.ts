// Cross-file rules the schemas alone cannot express: citations, glossary terms, internal
// links, empty sections, where scope tables are placed and which guides the home page lists.
// Pure functions over text and parsed data; the content check feeds them files.

import { words } from './readability.ts';
import { entryIdFrom, guideHref } from './routes.ts';

export interface ContentIssue {
  file: string;
  field: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}

/** Blank out MDX comments and fenced code (keeping their line breaks, so lines still count) so that rules see only what a reader sees. */
function withoutComments(body: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, '');
  return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank).replace(/```[\s\S]*?```/g, blank);
}

export function citedSourceIds(body: string): string[] {
  const ids = new Set<string>();
  const text = withoutComments(body);
  for (const m of text.matchAll(/<Cite\s+[^>]*?id=["']([^"']+)["']/g)) ids.add(m[1]);
  return [...ids];
}

export function usedTermIds(body: string): string[] {
  const ids = new Set<string>();
  for (const m of withoutComments(body).matchAll(/<Term\s+[^>]*?id=["']([^"']+)["']/g)) ids.add(m[1]);
  return [...ids];
}

/** Internal links in markdown, JSX href attributes and component props. */
export function internalLinks(body: string): string[] {
  const links = new Set<string>();
  const text = withoutComments(body);
  for (const m of text.matchAll(/\]\((\/[^)\s]*)\)/g)) links.add(m[1]);
  for (const m of text.matchAll(/href=["'](\/[^"']*)["']/g)) links.add(m[1]);
  return [...links];
}

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

/** Headings that are followed by nothing (or only by another heading of the same or higher level). */
export function emptySections(body: string): string[] {
  const lines = withoutComments(body).split('\n');
  const empty: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = /^(#{1,6})\s+(.+?)\s*$/.exec(lines[i]);
    if (!h) continue;
    const level = h[1].length;
    let j = i + 1;
    let hasContent = false;
    for (; j < lines.length; j++) {
      const next = /^(#{1,6})\s/.exec(lines[j]);
      if (next) {
        if (next[1].length > level) hasContent = true; // a subsection counts as content
        break;
      }
      if (lines[j].trim() !== '') {
        hasContent = true;
        break;
      }
    }
    if (!hasContent) empty.push(h[2]);
  }
  return empty;
}

export function topLevelHeadings(body: string): string[] {
  return withoutComments(body)
    .split('\n')
    .filter((l) => /^#\s/.test(l))
    .map((l) => l.replace(/^#\s+/, ''));
}

/**
 * Words a reader reads: prose plus the text inside component props, without markup. A
 * ScopeTable's words are in its data, not the page: add them with `scopeTableWords`.
 */
export function proseWordCount(body: string): number {
  const text = withoutComments(body)
    .replace(/^import .*$/gm, '')
    .replace(SCOPE_TABLE_TAG, ' ')
    .replace(/<\/?[A-Za-z][^>]*?>/g, (tag) => ' ' + [...tag.matchAll(/=["']([^"']*)["']/g)].map((m) => m[1]).join(' ') + ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|{}[\]()]/g, ' ');
  return words(text).length;
}

export interface PageForCheck {
  file: string;
  body: string;
  sources: string[];
  /** The scope tables the page places (from content/scope-tables/): their sources count as cited, their words as read. Null when the page's scope-table file has problems of its own: then no source is said to be uncited. */
  tables?: ScopeTableLike[] | null;
}

export function checkPage(page: PageForCheck, known: { sources: Set<string>; glossary: Set<string>; targets: LinkTargets; minWords: number }): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file: page.file, field, message });
  const tables = page.tables ?? [];
  const tablesKnown = page.tables !== null;
  const cited = [...new Set([...citedSourceIds(page.body), ...tables.map((t) => t.source)])];
  for (const id of page.sources) if (!known.sources.has(id)) add('sources', `unknown source id "${id}": add it to content/sources.yaml or fix the spelling`);
  for (const id of citedSourceIds(page.body)) if (!known.sources.has(id)) add('body', `cites unknown source id "${id}": add it to content/sources.yaml or fix the spelling`);
  // (An unknown source of a scope table is reported on its scope-table file.)
  for (const id of cited) if (known.sources.has(id) && !page.sources.includes(id)) add('sources', `the page cites "${id}" but its frontmatter "sources" does not list it`);
  for (const id of page.sources) if (tablesKnown && known.sources.has(id) && !cited.includes(id)) add('sources', `lists "${id}" but never cites it with <Cite id="${id}" />`);
  if (tablesKnown && cited.length === 0) add('body', 'cites no source: add <Cite id="..." /> after each fact');
  for (const id of usedTermIds(page.body)) if (!known.glossary.has(id)) add('body', `<Term id="${id}"> is not in content/glossary.yaml`);
  for (const link of internalLinks(page.body)) {
    const problem = linkProblem(link, known.targets);
    if (problem) add('body', problem);
  }
  for (const heading of emptySections(page.body)) add('body', `the section "${heading}" is empty: write it or remove the heading`);
  for (const heading of topLevelHeadings(page.body)) add('body', `"# ${heading}" is a second page title: use "##" (the title comes from the frontmatter)`);
  const words = pageWordCount(page.body, tables);
  if (words < known.minWords) add('body', `has ${words} words; a published page needs at least ${known.minWords}`);
  return issues;
}

// ---- Scope tables: placed on their page by id, kept in content/scope-tables/ ----------

/** Any <ScopeTable ... />, however it is written. */
const SCOPE_TABLE_TAG = /<ScopeTable\b[\s\S]*?\/>/g;

/** What the rules need of a scope table (src/schemas/scope-table.ts has the full shape). */
export interface ScopeTableLike {
  caption: string;
  source: string;
  origin: string;
  doesHeading?: string;
  doesNotHeading?: string;
}

/** One <ScopeTable /> in a page: the id it names (null when it names none), and its line in the body (1 is the first). */
export interface ScopeTablePlacement {
  id: string | null;
  line: number;
  /** Props other than `id`, such as the `caption` or `rows` a table was once written with. */
  otherProps: string[];
}

/** Every <ScopeTable /> in an MDX body, commented-out ones left out. */
export function scopeTablePlacements(body: string): ScopeTablePlacement[] {
  const text = withoutComments(body);
  return [...text.matchAll(SCOPE_TABLE_TAG)].map((m) => {
    const tag = m[0];
    const id = /\sid=(?:"([^"]*)"|'([^']*)')/.exec(tag);
    const props = [...tag.matchAll(/\s([A-Za-z][\w-]*)=/g)].map((p) => p[1]).filter((p) => p !== 'id');
    return { id: id ? (id[1] ?? id[2]) : null, line: text.slice(0, m.index).split('\n').length, otherProps: [...new Set(props)] };
  });
}

/** A scope table's id as a page places it: the page's slug, a slash, the table's id in its file. */
export const scopeTableId = (page: string, table: string) => `${page}/${table}`;

/**
 * The words a page's reading time counts for one of its scope tables. Reading times have
 * counted a table by the text of the props it was once written with, as the prose counter
 * read them: its caption, source, origin and any headings, each up to its first apostrophe,
 * and not its rows. Counting it the same way keeps every page's and path step's time as it
 * was; counting what a reader reads in a table, rows included, would be a change of its own.
 */
export function scopeTableWords(table: ScopeTableLike): number {
  const props = [table.caption, table.source, table.origin, table.doesHeading, table.doesNotHeading];
  return props.reduce((n, p) => n + (p === undefined ? 0 : words(p.split("'")[0]).length), 0);
}

/** The tables a page places, in its order, looked up by id (an id that names no table is left out: `checkScopeTables` reports it). */
export function tablesPlacedIn<T>(body: string, tables: ReadonlyMap<string, T>): T[] {
  return scopeTablePlacements(body).flatMap((p) => (p.id !== null && tables.has(p.id) ? [tables.get(p.id)!] : []));
}

/** Words a reader reads on a page: its prose and the scope tables it places. */
export function pageWordCount(body: string, tables: ScopeTableLike[] = []): number {
  return proseWordCount(body) + tables.reduce((n, t) => n + scopeTableWords(t), 0);
}

/** A guide or role page, as the scope-table rules see it. */
export interface PageWithPlacements {
  /** For example "content/roles/mobile-crisis-team.mdx". */
  file: string;
  /** The file name without ".mdx". */
  slug: string;
  draft: boolean;
  placements: ScopeTablePlacement[];
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
 * `bodyStart` turns a line of a page's body into a line of its file.
 */
export function checkScopeTables(pages: PageWithPlacements[], files: ScopeTableFile[], bodyStart: (file: string) => number = () => 1): ContentIssue[] {
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
      const line = bodyStart(p.file) + at.line - 1;
      const own = `content/scope-tables/${p.slug}.yaml`;
      const add = (message: string) => {
        if (!p.draft) issues.push({ file: p.file, field: `line ${line}`, message });
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

/** Minutes a guide or role page takes to read, from the words a reader reads: its prose and the scope tables it places (every table, by id). */
export function readingMinutes(body: string, tables: ReadonlyMap<string, ScopeTableLike> = new Map()): number {
  return studyMinutes(pageWordCount(body, tablesPlacedIn(body, tables)), 0);
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
