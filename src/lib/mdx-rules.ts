// The page rules for a guide or role page, as a remark plugin over its MDX tree: each
// <Cite id> names a source the hub has and the frontmatter lists, each listed source is
// cited, each <Term id> is in the glossary, each internal link (markdown or a JSX `href`)
// goes to a page that exists, no section is empty and there is one page title, the page has
// enough words, and its running prose is plain (grade and sentence length). Every problem is
// a message on the file with its line, so `content/guides/x.mdx:42: body: ...` points at it.
// Code blocks, inline code and MDX comments are never looked at. Framework-free; the content
// check runs the plugin over every page with unified (see src/integrations/content-check.ts).
import type { Nodes, Parent, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { bodyLine, elementsNamed, frontmatterOf, inlineText, isJsx, lineOf, stringProp, walk } from './mdx-tree.ts';
import { linkProblem, proseWordCount, glancePlacements, scopeTablePlacements, scopeTableWords, type GlancePlacement, type ContentIssue, type LinkTargets, type ScopeTableLike, type ScopeTablePlacement } from './content-rules.ts';
import type { Lang } from './i18n.ts';
import { MAX_GRADE, MAX_SENTENCE_WORDS, MIN_INFLESZ, readability, textBlocks, type Readability, type TextBlock } from './readability.ts';

/** Something found on a page, and its line in the file. */
export interface Found {
  value: string;
  line: number;
}

/** What the page rules read from a page's tree. Lines are lines of the file (1 is the first). */
export interface PageFacts {
  /** The line the body starts on, for problems of the whole page. */
  bodyLine: number;
  /** The frontmatter's text and the line its first field is on; null when the file has none. */
  frontmatter: { yaml: string; line: number } | null;
  /** Each <Cite id>, each <Term id> (every use, in order); a value of null is one that names no id. */
  cites: { value: string | null; line: number }[];
  terms: { value: string | null; line: number }[];
  /** Internal links: markdown links and link definitions, and JSX `href` props, that start with "/". */
  links: Found[];
  /** Every heading, with whether nothing but a heading of the same or a higher level follows it. */
  headings: { depth: number; text: string; line: number; empty: boolean }[];
  scopeTables: ScopeTablePlacement[];
  /** Each markdown table, with the caption of the <Table> it sits in (undefined when it sits in none; null when the caption is not plain text). */
  markdownTables: { line: number; caption: string | null | undefined }[];
  /** Its <AtAGlance> blocks and the table each previews. */
  glances: GlancePlacement[];
  /** The text the reading-level rules measure. */
  blocks: TextBlock[];
  /** Words a reader reads on the page, without its scope tables. */
  words: number;
}

const isComment = (node: Nodes) => node.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
/** Nodes that show nothing where they stand, so they do not fill a section. */
const fillsNothing = (node: Nodes) => isComment(node) || node.type === 'mdxjsEsm' || node.type === 'yaml';

const factsOf = new WeakMap<Root, PageFacts>();

/** The facts of a page's tree (worked out once per tree). */
export function pageFacts(tree: Root): PageFacts {
  const known = factsOf.get(tree);
  if (known) return known;
  const links: Found[] = [];
  const headings: PageFacts['headings'] = [];
  const markdownTables: PageFacts['markdownTables'] = [];
  walk(tree, (node, ancestors) => {
    if (node.type === 'table') {
      const wrapper = (ancestors as Nodes[]).findLast((a) => isJsx(a) && a.name === 'Table');
      markdownTables.push({ line: lineOf(node), caption: wrapper && isJsx(wrapper) ? stringProp(wrapper, 'caption') : undefined });
    }
    if ((node.type === 'link' || node.type === 'definition') && node.url.startsWith('/')) links.push({ value: node.url, line: lineOf(node) });
    if (isJsx(node)) {
      const target = stringProp(node, 'href');
      if (target?.startsWith('/')) links.push({ value: target, line: lineOf(node) });
    }
    if (node.type === 'heading') {
      const siblings = (ancestors.at(-1) as Parent).children as Nodes[];
      const next = siblings.slice(siblings.indexOf(node) + 1).find((n) => !fillsNothing(n));
      // A subsection counts as content; the same or a higher level, or nothing, leaves the section empty.
      const empty = !next || (next.type === 'heading' && next.depth <= node.depth);
      headings.push({ depth: node.depth, text: inlineText(node.children), line: lineOf(node), empty });
    }
  });
  const ids = (name: string) => elementsNamed(tree, name).map((e) => ({ value: stringProp(e, 'id') || null, line: lineOf(e) }));
  const facts: PageFacts = {
    bodyLine: bodyLine(tree),
    frontmatter: frontmatterOf(tree),
    cites: ids('Cite'),
    terms: ids('Term'),
    links,
    headings,
    scopeTables: scopeTablePlacements(tree),
    glances: glancePlacements(tree),
    markdownTables,
    blocks: textBlocks(tree),
    words: proseWordCount(tree),
  };
  factsOf.set(tree, facts);
  return facts;
}

/** The line of a top-level frontmatter field (the frontmatter's first line when it is not there). */
export function frontmatterFieldLine(facts: PageFacts, field: string): number {
  if (!facts.frontmatter) return 1;
  const at = facts.frontmatter.yaml.split('\n').findIndex((l) => l.startsWith(`${field}:`));
  return facts.frontmatter.line + Math.max(at, 0);
}

/** What the rules know beyond the page: every source, glossary term and page of the hub. */
export interface HubKnown {
  sources: Set<string>;
  glossary: Set<string>;
  targets: LinkTargets;
  /** The fewest words a published page may have. */
  minWords: number;
  /** The language the pages are written in (English when not given): it decides the reading-level formula and the glossary file named. */
  lang?: Lang;
}

/** What the page itself declares, from its frontmatter and its scope-table file. */
export interface PageContext {
  /** The frontmatter's `sources`. */
  sources: string[];
  /** The scope tables the page places: their sources count as cited. Null when the page's scope-table file has problems of its own: then no source is said to be uncited. */
  tables: ScopeTableLike[] | null;
}

export type PageIssue = Omit<ContentIssue, 'file'> & { line: number };

/** The page rules over one page's facts. */
export function pageIssues(facts: PageFacts, page: PageContext, known: HubKnown): { issues: PageIssue[]; level: Readability } {
  const issues: PageIssue[] = [];
  const add = (line: number, field: string, message: string) => issues.push({ line, field, message });
  const sourcesLine = frontmatterFieldLine(facts, 'sources');
  const tables = page.tables ?? [];
  const tablesKnown = page.tables !== null;
  const citedIds = facts.cites.flatMap((c) => (c.value === null ? [] : [c.value]));
  const cited = [...new Set([...citedIds, ...tables.map((t) => t.source)])];

  for (const id of page.sources) if (!known.sources.has(id)) add(sourcesLine, 'sources', `unknown source id "${id}": add it to content/sources.yaml or fix the spelling`);
  for (const c of facts.cites) {
    if (c.value === null) add(c.line, 'body', '<Cite> names no source: write <Cite id="..." /> with the id of a source in content/sources.yaml');
    else if (!known.sources.has(c.value)) add(c.line, 'body', `cites unknown source id "${c.value}": add it to content/sources.yaml or fix the spelling`);
  }
  // (An unknown source of a scope table is reported on its scope-table file.)
  for (const id of cited) if (known.sources.has(id) && !page.sources.includes(id)) add(sourcesLine, 'sources', `the page cites "${id}" but its frontmatter "sources" does not list it`);
  for (const id of page.sources) if (tablesKnown && known.sources.has(id) && !cited.includes(id)) add(sourcesLine, 'sources', `lists "${id}" but never cites it with <Cite id="${id}" />`);
  if (tablesKnown && cited.length === 0) add(facts.bodyLine, 'body', 'cites no source: add <Cite id="..." /> after each fact');
  for (const t of facts.terms) {
    if (t.value === null) add(t.line, 'body', '<Term> names no term: write <Term id="...">words</Term> with the id of a term in content/glossary.yaml');
    else if (!known.glossary.has(t.value)) add(t.line, 'body', `<Term id="${t.value}"> is not in content/${known.lang && known.lang !== 'en' ? `${known.lang}/` : ''}glossary.yaml`);
  }
  for (const link of facts.links) {
    const problem = linkProblem(link.value, known.targets);
    if (problem) add(link.line, 'body', problem);
  }
  for (const h of facts.headings) {
    if (h.empty) add(h.line, 'body', `the section "${h.text}" is empty: write it or remove the heading`);
    if (h.depth === 1) add(h.line, 'body', `"# ${h.text}" is a second page title: use "##" (the title comes from the frontmatter)`);
  }
  for (const t of facts.markdownTables)
    if (!t.caption?.trim())
      add(t.line, 'body', t.caption === undefined ? 'a table has no caption: put it inside <Table caption="What the table lists"> … </Table>, with a blank line before and after the table' : '<Table caption> must be plain text, for example caption="What the table lists"');
  const words = facts.words + tables.reduce((n, t) => n + scopeTableWords(t), 0);
  if (words < known.minWords) add(facts.bodyLine, 'body', `has ${words} words; a published page needs at least ${known.minWords}`);

  const lang = known.lang ?? 'en';
  const level = readability(facts.blocks, lang);
  if (lang === 'es' && level.inflesz < MIN_INFLESZ) add(facts.bodyLine, 'body', `reads at INFLESZ ${level.inflesz}; the lowest allowed is ${MIN_INFLESZ} ("normal"): use shorter sentences and shorter, everyday words`);
  if (lang === 'en' && level.grade > MAX_GRADE) add(facts.bodyLine, 'body', `reads at Flesch-Kincaid grade ${level.grade}; the limit is ${MAX_GRADE}: use shorter sentences and everyday words`);
  for (const s of level.longSentences) add(s.line, 'body', `a sentence has ${s.words} words (the limit is ${MAX_SENTENCE_WORDS}): split "${s.text.slice(0, 70)}…"`);
  return { issues: issues.sort((a, b) => a.line - b.line), level };
}

declare module 'vfile' {
  interface DataMap {
    /** Set by the caller before the rules run: what the page declares. Without it only `hubFacts` is worked out. */
    hubPage: PageContext;
    /** Set by the plugin: what the rules read from the page. */
    hubFacts: PageFacts;
    /** Set by the plugin: the page's reading level. */
    hubLevel: Readability;
  }
}

/**
 * The page rules as a remark plugin. Give it what the hub knows; give each file its
 * `file.data.hubPage` before running. Each problem becomes a message on the file, with its
 * line, its field as `ruleId` ("body" or "sources") and "hub" as its `source`.
 */
export const remarkHubRules: Plugin<[HubKnown], Root> = function (known) {
  return (tree: Root, file: VFile) => {
    const facts = pageFacts(tree);
    file.data.hubFacts = facts;
    const page = file.data.hubPage;
    if (!page) return;
    const { issues, level } = pageIssues(facts, page, known);
    file.data.hubLevel = level;
    for (const i of issues) file.message(i.message, { place: { line: i.line, column: 1 }, ruleId: i.field, source: 'hub' });
  };
};

/** A file's messages from the plugin as content issues. */
export function issuesOf(file: VFile, path: string): ContentIssue[] {
  return file.messages.filter((m) => m.source === 'hub').map((m) => ({ file: path, line: m.line ?? undefined, field: m.ruleId ?? 'body', message: m.reason }));
}
