// The content check: the rules that join the files in content/ (ids that must exist, links,
// cited and listed sources, scope-table placement, the home page's guides, path times) and
// the plain-language and fairness rules (reading level, sentence length, the longest right
// option, assessment time). Each guide and role page is parsed once into its MDX tree and the
// page rules run over it as a remark plugin (src/lib/mdx-rules.ts), so every problem has its
// line. Used by the Astro integration (so `astro build` stops before Astro renders a page, and
// `astro dev` warns) and by `npm run check:content`.
//
// The schemas are Astro's to validate: its content layer checks every entry against them
// (src/content.config.ts). The check only uses them to know which files it can read: a file,
// or an entry of a list file, that does not match its schema is left out of the rules and
// returned in `unchecked`, with what its schema said, for the caller to show (see
// `schemaIssues`).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parse as parseYaml, parseDocument, isMap, isSeq, isScalar, YAMLError, type Node as YamlNode } from 'yaml';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import type { z } from 'zod';
import { guideSchema } from '../schemas/guide.ts';
import { roleSchema } from '../schemas/role.ts';
import { sourceSchema } from '../schemas/source.ts';
import { glossaryEntrySchema } from '../schemas/glossary.ts';
import { siteSchema } from '../schemas/site.ts';
import { assessmentSchema } from '../schemas/assessment.ts';
import { pathSchema } from '../schemas/path.ts';
import { handoutSchema } from '../schemas/handout.ts';
import { movedPageSchema } from '../schemas/moved.ts';
import { scopeTableFileSchema } from '../schemas/scope-table.ts';
import { homeSchema } from '../schemas/home.ts';
import {
  checkScopeTables,
  checkHomeGuides,
  scopeTableId,
  tablesPlacedIn,
  linkProblem,
  longestRightShare,
  assessmentMinutes,
  readingMinutes,
  MAX_LONGEST_RIGHT_SHARE,
  type ContentIssue,
  type LinkTargets,
  type ScopeTableFile,
  type ScopeTableLike,
} from '../lib/content-rules.ts';
import { mdxParser } from '../lib/mdx-tree.ts';
import { remarkHubRules, pageFacts, issuesOf, type PageFacts } from '../lib/mdx-rules.ts';
import type { Readability } from '../lib/readability.ts';
import { staticPages, collectionRoutes, entryHref, fixedPages } from '../lib/routes.ts';
import { DEFAULT_LANG, LANGS, dictionaryIssues, flatten, keysUsedIn, languages, type Dictionary, type Lang, type Strings } from '../lib/i18n.ts';
import { siteWordsSchema } from '../schemas/site.ts';
import { filesUnder } from './files.ts';
import { readKept, writeKept } from './kept.ts';

export const MIN_WORDS = 500;

type SchemaIssue = z.ZodError['issues'][number];

/** A file, or one entry of a list file, that does not match its schema: the rules skipped it. */
export interface Unchecked {
  file: string;
  /** For an entry of a list file (sources.yaml, glossary.yaml, handouts.yaml, moved.yaml), its place in the list (0 is the first). */
  entry?: number;
  /** What the schema said, as zod reports it. */
  issues: SchemaIssue[];
  /** The line of the file a field is on (the nearest field that is there, for one that is missing). */
  lineOf: (path: PropertyKey[]) => number | undefined;
}

/** What `npm run check:content` reports beside problems: how each page and check measures up. */
export interface ContentReport {
  /** Each guide and role page: its Flesch-Kincaid grade (English) or INFLESZ score (other languages), its words and long sentences. */
  pages: { file: string; lang: Lang; grade: number; inflesz: number; words: number; longSentences: number }[];
  knowledgeChecks: { file: string; longest: number; counted: number; share: number }[];
  assessments: { file: string; words: number; estimate: number; stated: number }[];
}

/** A loaded content file: its path from the project root, its text, and its data (undefined when it could not be read). */
interface Loaded {
  file: string;
  text: string;
  data: unknown;
  /** Turns a path in the data into a line of the file. */
  lineOf: (path: PropertyKey[]) => number | undefined;
}

interface LoadedPage extends Loaded {
  slug: string;
  /** What the page rules read from its tree; null when the file is not valid MDX (reported). */
  facts: PageFacts | null;
  /** The MDX tree of a valid file, parsed when first asked for: a page whose results are kept from the last check is never parsed. */
  tree: () => Root;
  /** The hash of the file's text, for the kept results. */
  hash: string;
  draft: boolean;
}

/**
 * What the check keeps from one run to the next (in Astro's cache folder, for `astro build` and
 * `astro dev`), so an unchanged page is neither parsed nor checked again. Parsing and the page
 * rules are most of the check's time: about 3.5 s at 1,000 guides.
 * - `parsed`: by the hash of a page's text, its facts or why it is not valid MDX.
 * - `checked`: by the hash of a page's text and of everything its rules read (the ids of the
 *   sources, glossary and pages, its listed sources and the scope tables it places), what the
 *   rules found, its reading level and its minutes.
 * The whole file is dropped when the check's own code or the installed libraries change (`code`).
 */
interface CheckCache {
  code: string;
  parsed: Record<string, { facts: PageFacts } | { error: { line?: number; message: string } }>;
  checked: Record<string, { issues: ContentIssue[]; level: Readability; minutes: number }>;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** The hash of the check's own code (this file, src/lib, src/schemas) and of the lock file: a change to any gives a fresh cache. */
function codeVersion(root: string): string {
  const src = join(root, 'src');
  const files = [
    'src/integrations/content-check.ts',
    ...['lib', 'schemas'].flatMap((d) => (existsSync(join(src, d)) ? filesUnder(join(src, d)).map((f) => `src/${d}/${f}`) : [])),
    'package-lock.json',
  ].sort();
  return sha(files.map((f) => `${f}\0${existsSync(join(root, f)) ? readFileSync(join(root, f), 'utf8') : ''}`).join('\0'));
}

/** The kept results when they were made by this code; none when the file is missing, damaged or older. */
export function readCheckCache(file: string | undefined, code: string): CheckCache {
  const kept = readKept(file) as CheckCache | undefined;
  if (kept?.code !== code || typeof kept.parsed !== 'object' || typeof kept.checked !== 'object' || !kept.parsed || !kept.checked) return { code, parsed: {}, checked: {} };
  return kept;
}

/**
 * Lines of the fields of a YAML text, looked up only when asked (most files have no problem).
 * `offset` is added to each line, for YAML that starts further down a file (MDX frontmatter).
 */
function yamlLines(text: string, offset = 0): (path: PropertyKey[]) => number | undefined {
  let find: ((path: PropertyKey[]) => number | undefined) | undefined;
  return (path) => {
    if (!find) {
      const counter = new LineCounter();
      const doc = parseDocument(text, { lineCounter: counter });
      const lineAt = (node: YamlNode | null | undefined) => (node?.range ? counter.linePos(node.range[0]).line + offset : undefined);
      find = (p) => {
        let node: unknown = doc.contents;
        let line = lineAt(doc.contents as YamlNode | null);
        for (const key of p) {
          if (isMap(node)) {
            const pair = node.items.find((i) => (isScalar(i.key) ? i.key.value : i.key) === key);
            if (!pair) break;
            line = lineAt(pair.key as YamlNode) ?? line;
            node = pair.value;
          } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
            node = node.items[key];
            line = lineAt(node as YamlNode) ?? line;
          } else break;
        }
        return line;
      };
    }
    return find(path);
  };
}

/** "stages.0.steps.1.page" or "[3].via" as a path in the data. */
const pathOfField = (field: string): PropertyKey[] =>
  field
    .replace(/^\[(\d+)\]/, '$1')
    .split('.')
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k));

/** The ids of a self-rating's skills or a checklist's items, in order: what its stored result is made of. */
function itemIds(a: z.infer<typeof assessmentSchema>): string[] {
  if (a.kind === 'self-rating') return a.domains.flatMap((d) => [d.id, ...d.skills.map((s) => s.id)]);
  if (a.kind === 'checklist') return a.groups.flatMap((g) => [g.id, ...g.items.map((i) => i.id)]);
  return [];
}

export function checkContent(
  root: string,
  /** Where to keep each page's results for the next check (see CheckCache); none kept without it. */
  cacheFile?: string,
): { issues: ContentIssue[]; unchecked: Unchecked[]; counts: Record<string, number>; report: ContentReport; /** Pages whose results were kept from the last check. */ kept: number } {
  const report: ContentReport = { pages: [], knowledgeChecks: [], assessments: [] };
  const code = cacheFile ? codeVersion(root) : '';
  const kept = readCheckCache(cacheFile, code);
  /** What this check found, kept for the next: only the pages there are now, so the file does not grow. */
  const next: CheckCache = { code, parsed: {}, checked: {} };
  const contentDir = join(root, 'content');
  const issues: ContentIssue[] = [];
  const unchecked: Unchecked[] = [];
  const rel = (p: string) => relative(root, p);
  const noLines = () => undefined;
  /** Every file read, by path: how to find the line of one of its fields. */
  const linesOf = new Map<string, Loaded['lineOf']>();

  /** The data if it matches its schema; otherwise undefined, and the file (or entry) is noted as unchecked. */
  const matching = <T,>(schema: z.ZodType<T>, from: Loaded, data: unknown = from.data, entry?: number): T | undefined => {
    const r = schema.safeParse(data, { reportInput: true });
    if (r.success) return r.data;
    unchecked.push({ file: from.file, entry, issues: r.error.issues, lineOf: entry === undefined ? from.lineOf : (p) => from.lineOf([entry, ...p]) });
    return undefined;
  };

  const readYaml = (path: string, optional = false): Loaded | undefined => {
    const file = rel(path);
    if (!existsSync(path)) {
      if (!optional) issues.push({ file, field: '(file)', message: 'is missing: the hub needs this file' });
      return undefined;
    }
    const text = readFileSync(path, 'utf8');
    try {
      const loaded = { file, text, data: parseYaml(text), lineOf: yamlLines(text) };
      linesOf.set(file, loaded.lineOf);
      return loaded;
    } catch (e) {
      const line = e instanceof YAMLError ? e.linePos?.[0].line : undefined;
      issues.push({ file, line, field: '(file)', message: `is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
      return undefined;
    }
  };
  const listDir = (dir: string, ext: string) =>
    existsSync(join(contentDir, dir))
      ? readdirSync(join(contentDir, dir))
          .filter((f) => f.endsWith(ext))
          .sort()
      : [];
  const slugOf = (file: string) => file.split('/').pop()!.replace(/\.(mdx|yaml)$/, '');

  /** A YAML file holding a list: each entry that matches its schema goes to `each`, which names its fields with `field`. */
  const checkList = <T,>(name: string, schema: z.ZodType<T>, what: string, each: (entry: T, field: (f: string) => string, i: number) => void, optional = false) => {
    const loaded = readYaml(join(contentDir, name), optional);
    if (!loaded || (optional && loaded.data === null)) return;
    if (!Array.isArray(loaded.data)) return void issues.push({ file: loaded.file, line: 1, field: '(file)', message: `must be a list of ${what}` });
    loaded.data.forEach((raw, i) => {
      const entry = matching(schema, loaded, raw, i);
      if (entry !== undefined) each(entry, (f) => `[${i}].${f}`, i);
    });
  };

  // Sources and glossary terms: the ids every other file refers to.
  const sources = new Set<string>();
  const sourcesFile = 'content/sources.yaml';
  const vias: { via: string; i: number }[] = [];
  checkList('sources.yaml', sourceSchema, 'sources', (s, field, i) => {
    if (sources.has(s.id)) issues.push({ file: sourcesFile, field: field('id'), message: `duplicate source id "${s.id}"` });
    else sources.add(s.id);
    if (s.via) vias.push({ via: s.via, i });
  });
  for (const { via, i } of vias) if (!sources.has(via)) issues.push({ file: sourcesFile, field: `[${i}].via`, message: `unknown source id "${via}"` });

  const glossary = new Set<string>();
  const glossaryFile = 'content/glossary.yaml';
  const glossaryEntries: { related: string[]; sources: string[]; i: number }[] = [];
  checkList('glossary.yaml', glossaryEntrySchema, 'terms', (g, field, i) => {
    if (glossary.has(g.id)) return void issues.push({ file: glossaryFile, field: field('id'), message: `duplicate term id "${g.id}"` });
    glossary.add(g.id);
    glossaryEntries.push({ related: g.related, sources: g.sources, i });
  });
  for (const g of glossaryEntries) {
    for (const id of g.related) if (!glossary.has(id)) issues.push({ file: glossaryFile, field: `[${g.i}].related`, message: `unknown term id "${id}"` });
    for (const id of g.sources) if (!sources.has(id)) issues.push({ file: glossaryFile, field: `[${g.i}].sources`, message: `unknown source id "${id}"` });
  }


  // The interface's words: one dictionary per language, each with exactly English's keys and
  // placeholders, and every key the code asks for (a literal t('key') call) in English's.
  const dictionaries = new Map<Lang, Strings>();
  for (const lang of LANGS) {
    const loaded = readYaml(join(contentDir, 'i18n', `${lang}.yaml`));
    if (!loaded) continue;
    if (!loaded.data || typeof loaded.data !== 'object' || Array.isArray(loaded.data)) {
      issues.push({ file: loaded.file, line: 1, field: '(file)', message: 'must be sections of keys, each key a word or phrase ("nav:" then "  guides: Guides")' });
      continue;
    }
    dictionaries.set(lang, flatten(loaded.data as Dictionary));
  }
  const english = dictionaries.get(DEFAULT_LANG);
  if (english) {
    for (const [lang, strings] of dictionaries) {
      if (lang === DEFAULT_LANG) continue;
      const file = `content/i18n/${lang}.yaml`;
      for (const i of dictionaryIssues(english, strings)) issues.push({ file, field: i.key, message: i.message, line: linesOf.get(file)?.(i.key.split('.')) });
    }
    for (const [key, text] of Object.entries(english))
      if (typeof text !== 'string' || !text.trim()) issues.push({ file: 'content/i18n/en.yaml', field: key, message: 'must be a word or phrase, not empty', line: linesOf.get('content/i18n/en.yaml')?.(key.split('.')) });
    const srcDir = join(root, 'src');
    if (existsSync(srcDir))
      for (const f of filesUnder(srcDir).filter((f) => /\.(astro|tsx?)$/.test(f))) {
        const text = readFileSync(join(srcDir, f), 'utf8');
        for (const key of new Set(keysUsedIn(text)))
          if (!(key in english) && !(`${key}.other` in english))
            issues.push({ file: `src/${f}`, line: text.slice(0, text.indexOf(key)).split('\n').length, field: '(interface text)', message: `asks for "${key}", which content/i18n/en.yaml does not have: add it there and to every other language's file` });
      }
  }

  const site = readYaml(join(contentDir, 'site.yaml'));
  const siteData = site ? matching(siteSchema, site) : null;

  // Guides and role pages: each parsed once into its MDX tree; the frontmatter is read from the tree.
  const loadPages = (dir: string): LoadedPage[] =>
    listDir(dir, '.mdx').map((f) => {
      const file = rel(join(contentDir, dir, f));
      const text = readFileSync(join(contentDir, dir, f), 'utf8');
      const hash = sha(text);
      let tree: Root | undefined;
      const parse = () => (tree ??= mdxParser.parse(new VFile({ path: file, value: text })));
      let parsed = kept.parsed[hash];
      if (!parsed) {
        try {
          parsed = { facts: pageFacts(parse()) };
        } catch (e) {
          const m = e as { line?: number; reason?: string; message: string };
          parsed = { error: { line: m.line ?? undefined, message: m.reason ?? m.message } };
        }
      }
      next.parsed[hash] = parsed;
      const page: LoadedPage = { file, text, data: undefined, lineOf: noLines, slug: slugOf(file), facts: 'facts' in parsed ? parsed.facts : null, tree: parse, hash, draft: false };
      if ('error' in parsed) {
        issues.push({ file, line: parsed.error.line, field: '(file)', message: `is not valid MDX: ${parsed.error.message}` });
        return page;
      }
      const front = parsed.facts.frontmatter;
      if (!front) {
        issues.push({ file, line: 1, field: '(file)', message: 'has no frontmatter: start the file with a block between two "---" lines' });
        return page;
      }
      page.lineOf = yamlLines(front.yaml, front.line - 1);
      linesOf.set(file, page.lineOf);
      try {
        page.data = parseYaml(front.yaml);
      } catch (e) {
        const line = e instanceof YAMLError ? e.linePos?.[0].line : undefined;
        issues.push({ file, line: line === undefined ? front.line : front.line + line - 1, field: 'frontmatter', message: `is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
      }
      page.draft = (page.data as { draft?: unknown } | undefined)?.draft === true;
      return page;
    });
  const loadYamlDir = (dir: string): Loaded[] => listDir(dir, '.yaml').flatMap((f) => readYaml(join(contentDir, dir, f)) ?? []);

  const guides = loadPages('guides');
  const roles = loadPages('roles');
  const assessments = loadYamlDir('assessments');
  const paths = loadYamlDir('paths');

  // Every page of the site, so that links can be checked against them.
  const pages = new Set<string>(staticPages);
  const isDraft = (f: Loaded) => (f.data as { draft?: unknown } | undefined)?.draft === true;
  const addRoutes = (list: Loaded[], base: string) => {
    const seen = new Map<string, string>();
    for (const f of list.filter((f) => !isDraft(f))) {
      const slug = slugOf(f.file);
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) issues.push({ file: f.file, field: '(file name)', message: 'name the file with lowercase letters, digits and hyphens, for example "scope-of-practice.mdx"' });
      const key = slug.toLowerCase();
      if (seen.has(key)) issues.push({ file: f.file, field: '(file name)', message: `duplicate slug "${slug}" (also ${seen.get(key)})` });
      seen.set(key, f.file);
      pages.add(`${base}${slug}/`);
    }
  };
  addRoutes(guides, collectionRoutes.guides);
  addRoutes(roles, collectionRoutes.roles);
  addRoutes(assessments, collectionRoutes.assessments);
  addRoutes(paths, collectionRoutes.paths);
  const targets: LinkTargets = { pages, anchors: new Map([[fixedPages.glossary, glossary], [fixedPages.sources, sources]]) };
  const checkLink = (file: string, field: string, link: string) => {
    const problem = linkProblem(link, targets);
    if (problem) issues.push({ file, field, message: problem });
  };

  // Scope tables: each page's tables in content/scope-tables/<page>.yaml, placed by id.
  const scopeFiles: ScopeTableFile[] = [];
  const scopeTables = new Map<string, ScopeTableLike>();
  const unparsed = new Set([...guides, ...roles].filter((p) => p.facts === null).map((p) => p.slug));
  for (const f of loadYamlDir('scope-tables')) {
    const page = slugOf(f.file);
    const tables = matching(scopeTableFileSchema, f);
    // A page that is not valid MDX places no table that can be seen: its tables are not said to be on no page.
    if (!tables || unparsed.has(page)) {
      scopeFiles.push({ file: f.file, page, tables: null });
      continue;
    }
    tables.forEach((t, i) => {
      if (!sources.has(t.source)) issues.push({ file: f.file, field: `[${i}].source`, message: `unknown source id "${t.source}": add it to content/sources.yaml or fix the spelling` });
      scopeTables.set(scopeTableId(page, t.id), t);
    });
    scopeFiles.push({ file: f.file, page, tables });
  }
  issues.push(
    ...checkScopeTables(
      [...guides, ...roles].map((p) => ({ file: p.file, slug: p.slug, draft: p.draft, placements: p.facts?.scopeTables ?? [], glances: p.facts?.glances ?? [] })),
      scopeFiles,
    ),
  );

  // The page rules, as a remark plugin over each published page's tree. A page whose text and
  // whose every input to the rules are as at the last check keeps what the rules found then.
  const rules = mdxParser().use(remarkHubRules, { sources, glossary, targets, minWords: MIN_WORDS });
  const sorted = (set: Iterable<string>) => [...set].sort();
  const inputsOf = (lang: Lang, glossaryIds: Set<string>) =>
    sha(JSON.stringify([lang, sorted(sources), sorted(glossaryIds), sorted(targets.pages), [...targets.anchors].map(([k, v]) => [k, sorted(v)]), MIN_WORDS]));
  const checkPage = (p: LoadedPage, processor: typeof rules, inputs: string, hubPage: NonNullable<VFile['data']['hubPage']>, tables: ReadonlyMap<string, ScopeTableLike>) => {
    const key = sha(JSON.stringify([p.file, p.hash, inputs, hubPage]));
    let result = kept.checked[key];
    if (result) reused++;
    else {
      const file = new VFile({ path: p.file, value: p.text });
      file.data.hubPage = hubPage;
      processor.runSync(p.tree(), file);
      result = { issues: issuesOf(file, p.file), level: file.data.hubLevel!, minutes: readingMinutes(p.tree(), tables) };
    }
    next.checked[key] = result;
    issues.push(...result.issues.map((i) => ({ ...i })));
    return result;
  };
  const englishInputs = inputsOf(DEFAULT_LANG, glossary);
  let reused = 0;
  const pageMinutes = new Map<string, number>();
  /** Pages whose time cannot be worked out because their own file has a problem (already shown): path steps are not blamed for them. */
  const unmeasured = new Set<string>();
  for (const [list, schema, collection] of [
    [guides, guideSchema, 'guides'],
    [roles, roleSchema, 'roles'],
  ] as const) {
    for (const p of list) {
      const data = p.facts && p.data !== undefined ? matching(schema, p) : undefined;
      if (!data) unmeasured.add(entryHref(collection, p.slug));
      if (!p.facts || !data || data.draft) continue;
      const tableFile = scopeFiles.find((s) => s.page === p.slug);
      const hubPage = { sources: data.sources, tables: tableFile && tableFile.tables === null ? null : tablesPlacedIn(p.facts.scopeTables, scopeTables) };
      const { level, minutes } = checkPage(p, rules, englishInputs, hubPage, scopeTables);
      report.pages.push({ file: p.file, lang: DEFAULT_LANG, grade: level.grade, inflesz: level.inflesz, words: level.words, longSentences: level.longSentences.length });
      pageMinutes.set(entryHref(collection, p.slug), minutes);
    }
  }

  for (const f of assessments) {
    const a = f.data === undefined ? undefined : matching(assessmentSchema, f);
    if (!a) {
      unmeasured.add(entryHref('assessments', slugOf(f.file)));
      continue;
    }
    const used = new Set<string>();
    a.relatedGuides.forEach((g, i) => checkLink(f.file, `relatedGuides.${i}`, g));
    const estimate = assessmentMinutes(a);
    report.assessments.push({ file: f.file, words: estimate.words, estimate: estimate.minutes, stated: a.minutes });
    pageMinutes.set(entryHref('assessments', slugOf(f.file)), estimate.minutes);
    if (a.minutes < estimate.minutes)
      issues.push({ file: f.file, field: 'minutes', message: `says ${a.minutes} minutes, but a reader reads ${estimate.words} words and makes its choices in about ${estimate.minutes}: set minutes to at least ${estimate.minutes}` });
    if (a.kind === 'knowledge') {
      const fair = longestRightShare(a.questions);
      report.knowledgeChecks.push({ file: f.file, ...fair });
      if (fair.share > MAX_LONGEST_RIGHT_SHARE)
        issues.push({ file: f.file, field: 'questions', message: `the right option is the longest in ${fair.longest} of ${fair.counted} questions (${Math.round(fair.share * 100)}%); at most ${Math.round(MAX_LONGEST_RIGHT_SHARE * 100)}% may be, so that length gives nothing away` });
      a.questions.forEach((q, i) => {
        checkLink(f.file, `questions.${i}.guide`, q.guide);
        q.sources.forEach((s) => used.add(s));
      });
    } else if (a.kind === 'self-rating') {
      a.domains.forEach((d, i) => checkLink(f.file, `domains.${i}.guide`, d.guide));
    } else {
      a.groups.forEach((g, i) => g.items.forEach((it, j) => checkLink(f.file, `groups.${i}.items.${j}.guide`, it.guide)));
    }
    for (const s of [...a.sources, ...used]) if (!sources.has(s)) issues.push({ file: f.file, field: 'sources', message: `unknown source id "${s}"` });
    for (const s of used) if (!a.sources.includes(s)) issues.push({ file: f.file, field: 'sources', message: `a question cites "${s}" but the file's "sources" does not list it` });
  }

  for (const f of paths) {
    if (f.data === undefined) continue;
    const path = matching(pathSchema, f);
    path?.stages.forEach((s, i) =>
      s.steps.forEach((step, j) => {
        const field = `stages.${i}.steps.${j}`;
        if (!step.page) {
          if (step.minutes === undefined) issues.push({ file: f.file, field: `${field}.minutes`, message: 'a task needs "minutes": how long it takes with the agency' });
          return;
        }
        checkLink(f.file, `${field}.page`, step.page);
        const need = pageMinutes.get(step.page);
        if (need === undefined && step.minutes === undefined && !unmeasured.has(step.page)) issues.push({ file: f.file, field: `${field}.minutes`, message: `give ${step.page} "minutes": the build can only work out the time of a guide, role page or assessment` });
        if (need !== undefined && step.minutes !== undefined && step.minutes < need)
          issues.push({ file: f.file, field: `${field}.minutes`, message: `gives ${step.page} ${step.minutes} minutes, but its words take about ${need}: set at least ${need}, or leave "minutes" out and the build works it out` });
      }),
    );
  }

  const handoutsFile = 'content/handouts.yaml';
  checkList('handouts.yaml', handoutSchema, 'handouts', (h, field) => {
    for (const s of h.sources) if (!sources.has(s)) issues.push({ file: handoutsFile, field: field('sources'), message: `unknown source id "${s}"` });
    checkLink(handoutsFile, field('guide'), h.guide);
  });
  const moved = new Map<string, string>();
  const movedFile = 'content/moved.yaml';
  checkList(
    'moved.yaml',
    movedPageSchema,
    'moved pages',
    (m, field) => {
      moved.set(m.from, m.to);
      if (pages.has(m.from)) issues.push({ file: movedFile, field: field('from'), message: `a page still lives at ${m.from}: remove this entry or the page` });
      checkLink(movedFile, field('to'), m.to);
    },
    true,
  );

  // The home page: its "Where to start" cards list published guides by slug.
  const homeFile = readYaml(join(contentDir, 'home.yaml'));
  const home = homeFile && matching(homeSchema, homeFile);
  if (home) {
    const live = new Set(guides.filter((p) => !p.draft).map((p) => p.slug));
    const drafts = new Set(guides.filter((p) => p.draft).map((p) => p.slug));
    issues.push(...checkHomeGuides(home.whereToStart, { published: live, drafts, moved }));
  }
  // The crisis notice links to a guide for someone worried about another person.
  const worried = siteData?.crisisLine.guide;
  if (worried && !guides.some((p) => p.slug === worried && !p.draft))
    issues.push({ file: 'content/site.yaml', field: 'crisisLine.guide', message: `the crisis notice links to the guide "${worried}", but there is no published content/guides/${worried}.mdx: fix the id, or take the field out` });


  // Every other language's pages (content/<lang>/): each mirrors an English file of the same
  // name, passes the same schemas and page rules (its reading level by INFLESZ), cites every
  // source the English page cites, places the same scope tables with the same rows, and, for an
  // assessment, keeps every id and right answer, so a result is the same in either language.
  for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
    const dir = lang;
    if (!existsSync(join(contentDir, dir))) continue;
    const englishOf = (f: string, folder: string) => join(contentDir, folder, f.split('/').pop()!);
    const mirror = (f: Loaded, folder: string) => {
      if (existsSync(englishOf(f.file, folder))) return true;
      issues.push({ file: f.file, field: '(file name)', message: `has no English page content/${folder}/${f.file.split('/').pop()}: a ${languages[lang].name} file mirrors an English one of the same name` });
      return false;
    };
    const theirGlossary = new Set<string>();
    const theirRelated: { related: string[]; field: string }[] = [];
    const glossaryPath = `${dir}/glossary.yaml`;
    checkList(
      glossaryPath,
      glossaryEntrySchema,
      'terms',
      (g, field) => {
        if (!glossary.has(g.id)) issues.push({ file: `content/${glossaryPath}`, field: field('id'), message: `"${g.id}" is not a term in content/glossary.yaml: use the English term's id` });
        theirGlossary.add(g.id);
        theirRelated.push({ related: g.related, field: field('related') });
        for (const id of g.sources) if (!sources.has(id)) issues.push({ file: `content/${glossaryPath}`, field: field('sources'), message: `unknown source id "${id}"` });
      },
      true,
    );
    // "See also" links stay on the page: each related term must be in this language's glossary too.
    for (const r of theirRelated)
      for (const id of r.related) if (!theirGlossary.has(id)) issues.push({ file: `content/${glossaryPath}`, field: r.field, message: `"${id}" is not a term in content/${glossaryPath}: add it there, or take it out of related` });
    const words = readYaml(join(contentDir, dir, 'site.yaml'), true);
    const siteWords = words && matching(siteWordsSchema, words);
    if (siteWords?.crisisLine?.source && !sources.has(siteWords.crisisLine.source))
      issues.push({ file: words!.file, field: 'crisisLine.source', message: `unknown source id "${siteWords.crisisLine.source}"` });
    if (siteWords?.crisisLine && (siteWords.crisisLine.call || siteWords.crisisLine.text || siteWords.crisisLine.chat) && !siteWords.crisisLine.source)
      issues.push({ file: words!.file, field: 'crisisLine.source', message: 'say which source (an id in content/sources.yaml) tells how to reach the line in this language' });

    const theirTables = new Map<string, ScopeTableLike>();
    const theirScopeFiles: ScopeTableFile[] = [];
    for (const f of loadYamlDir(`${dir}/scope-tables`)) {
      const page = slugOf(f.file);
      const tables = matching(scopeTableFileSchema, f);
      theirScopeFiles.push({ file: f.file, page, tables: tables ?? null });
      tables?.forEach((t, i) => {
        const theirs = scopeTableId(page, t.id);
        const ours = scopeTables.get(theirs);
        if (!ours) issues.push({ file: f.file, field: `[${i}].id`, message: `the English file content/scope-tables/${page}.yaml has no table "${t.id}"` });
        else {
          if (ours.rows.length !== t.rows.length) issues.push({ file: f.file, field: `[${i}].rows`, message: `has ${t.rows.length} rows; the English table has ${ours.rows.length}: a translation keeps every row` });
          if (ours.source !== t.source || ours.origin !== t.origin) issues.push({ file: f.file, field: `[${i}].source`, message: 'keeps the English table\'s "source" and "origin"' });
        }
        theirTables.set(theirs, t);
      });
    }
    const theirGuides = loadPages(`${dir}/guides`);
    const theirRoles = loadPages(`${dir}/roles`);
    const theirRules = mdxParser().use(remarkHubRules, { sources, glossary: theirGlossary, targets, minWords: MIN_WORDS, lang });
    const theirInputs = inputsOf(lang, theirGlossary);
    for (const [list, schema, folder, ours] of [
      [theirGuides, guideSchema, 'guides', guides],
      [theirRoles, roleSchema, 'roles', roles],
    ] as const) {
      for (const p of list) {
        if (!mirror(p, folder)) continue;
        const data = p.facts && p.data !== undefined ? matching(schema, p) : undefined;
        if (!p.facts || !data || data.draft) continue;
        const facts = p.facts;
        const { level } = checkPage(p, theirRules, theirInputs, { sources: data.sources, tables: tablesPlacedIn(facts.scopeTables, theirTables) }, theirTables);
        report.pages.push({ file: p.file, lang, grade: level.grade, inflesz: level.inflesz, words: level.words, longSentences: level.longSentences.length });
        const english = ours.find((e) => e.slug === p.slug);
        if (english?.facts) {
          const theirFacts = facts;
          const ourFacts = english.facts;
          const theirCites = new Set(theirFacts.cites.map((c) => c.value));
          for (const id of new Set(ourFacts.cites.map((c) => c.value).filter((v): v is string => v !== null)))
            if (!theirCites.has(id)) issues.push({ file: p.file, field: 'body', line: theirFacts.bodyLine, message: `never cites "${id}", which the English page cites: a translation keeps every fact and its source` });
          const theirPlaced = new Set(theirFacts.scopeTables.map((t) => t.id));
          for (const t of ourFacts.scopeTables) if (t.id && !theirPlaced.has(t.id)) issues.push({ file: p.file, field: 'body', line: theirFacts.bodyLine, message: `does not place <ScopeTable id="${t.id}" />, which the English page does` });
        }
      }
    }
    for (const f of loadYamlDir(`${dir}/assessments`)) {
      if (!mirror(f, 'assessments')) continue;
      const a = f.data === undefined ? undefined : matching(assessmentSchema, f);
      const ours = assessments.find((e) => slugOf(e.file) === slugOf(f.file));
      const o = ours && ours.data !== undefined ? assessmentSchema.safeParse(ours.data).data : undefined;
      if (!a || !o) continue;
      a.relatedGuides.forEach((g, i) => checkLink(f.file, `relatedGuides.${i}`, g));
      const estimate = assessmentMinutes(a);
      if (a.minutes < estimate.minutes) issues.push({ file: f.file, field: 'minutes', message: `says ${a.minutes} minutes, but a reader reads ${estimate.words} words and makes its choices in about ${estimate.minutes}: set minutes to at least ${estimate.minutes}` });
      if (a.kind !== o.kind) issues.push({ file: f.file, field: 'kind', message: `is "${a.kind}"; the English file is "${o.kind}"` });
      else if (a.kind === 'knowledge' && o.kind === 'knowledge') {
        const shape = (qs: typeof a.questions) => qs.map((q) => `${q.id}:${q.options.map((x) => `${x.id}${x.correct ? '*' : ''}`).join(',')}`).join(' ');
        if (shape(a.questions) !== shape(o.questions)) issues.push({ file: f.file, field: 'questions', message: 'must keep the English file\'s questions, options and right answers, with the same ids in the same order (a result is shared by both languages)' });
        const fair = longestRightShare(a.questions);
        report.knowledgeChecks.push({ file: f.file, ...fair });
        if (fair.share > MAX_LONGEST_RIGHT_SHARE)
          issues.push({ file: f.file, field: 'questions', message: `the right option is the longest in ${fair.longest} of ${fair.counted} questions (${Math.round(fair.share * 100)}%); at most ${Math.round(MAX_LONGEST_RIGHT_SHARE * 100)}% may be, so that length gives nothing away` });
      } else if (JSON.stringify(itemIds(a)) !== JSON.stringify(itemIds(o)))
        issues.push({ file: f.file, field: a.kind === 'self-rating' ? 'domains' : 'groups', message: 'must keep the English file\'s ids, in the same order (a result is shared by both languages)' });
      for (const s of a.sources) if (!sources.has(s)) issues.push({ file: f.file, field: 'sources', message: `unknown source id "${s}"` });
    }
    for (const f of loadYamlDir(`${dir}/paths`)) {
      if (!mirror(f, 'paths')) continue;
      const path = f.data === undefined ? undefined : matching(pathSchema, f);
      const ours = paths.find((e) => slugOf(e.file) === slugOf(f.file));
      const o = ours && ours.data !== undefined ? pathSchema.safeParse(ours.data).data : undefined;
      if (!path || !o) continue;
      const steps = (p: typeof path) => p.stages.map((s) => s.steps.map((st) => st.page ?? `task:${st.minutes}`).join(',')).join(' | ');
      if (steps(path) !== steps(o)) issues.push({ file: f.file, field: 'stages', message: 'must keep the English path\'s stages and steps, in the same order (progress on a path is shared by both languages)' });
    }
    const home = readYaml(join(contentDir, dir, 'home.yaml'), true);
    const theirHome = home && matching(homeSchema, home);
    if (theirHome) {
      const live = new Set(theirGuides.filter((p) => !p.draft).map((p) => p.slug));
      issues.push(...checkHomeGuides(theirHome.whereToStart, { published: live, drafts: new Set(theirGuides.filter((p) => p.draft).map((p) => p.slug)), moved }).map((i) => ({ ...i, file: home!.file, message: i.message.replaceAll('content/guides/', `content/${dir}/guides/`) })));
    }
  }

  if (cacheFile) writeKept(cacheFile, next);

  // Each problem of a YAML file (or of a page's frontmatter) gets the line of its field.
  for (const i of issues) if (i.line === undefined && !i.field.startsWith('(')) i.line = linesOf.get(i.file)?.(pathOfField(i.field));

  return {
    issues,
    unchecked,
    report,
    kept: reused,
    counts: { guides: guides.length, roles: roles.length, assessments: assessments.length, paths: paths.length, 'scope tables': scopeTables.size, sources: sources.size, glossary: glossary.size },
  };
}

/**
 * What the schemas said about the files the check left out, in plain words, each with its
 * file, line and field, for example `content/guides/x.mdx:3: description: is missing: add
 * "description:"`. Astro's content layer rejects the same files, but its message names the
 * collection and entry rather than the file's path and line (and, for a table of a scope-table
 * file, no file at all), so the integration and `npm run check:content` show these instead.
 */
export function schemaIssues(unchecked: Unchecked[]): ContentIssue[] {
  return unchecked.flatMap((u) =>
    u.issues.map((issue) => {
      const path = u.entry === undefined ? issue.path : [u.entry, ...issue.path];
      const [first, ...rest] = path;
      const field = typeof first === 'number' ? `[${first}]${rest.map((k) => `.${String(k)}`).join('')}` : path.map(String).join('.') || '(file)';
      const last = path.at(-1);
      const missing = issue.code === 'invalid_type' && issue.input === undefined;
      const message = missing ? (typeof last === 'string' ? `is missing: add "${last}:"` : 'is missing') : issue.message;
      return { file: u.file, line: u.lineOf(path), field, message };
    }),
  );
}
