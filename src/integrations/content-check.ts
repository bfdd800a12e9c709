// Reads every file in content/, validates it with the schemas in src/lib, and applies the
// cross-file rules. Used by the Astro integration (so `astro build` and `astro dev` stop on a
// broken file) and by `npm run check:content`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
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
  checkPage,
  checkScopeTables,
  checkHomeGuides,
  scopeTablePlacements,
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
import { readability, MAX_GRADE, MAX_SENTENCE_WORDS } from '../lib/readability.ts';
import { staticPages, collectionRoutes, entryHref, fixedPages } from '../lib/routes.ts';

export const MIN_WORDS = 500;

interface LoadedFile {
  file: string;
  data: unknown;
  body: string;
  /** The line of the file the body starts on. */
  bodyLine: number;
}

function zodIssues(file: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((i) => ({
    file,
    field: i.path.length ? i.path.join('.') : '(file)',
    message: i.message,
  }));
}

function splitFrontmatter(text: string): { front: string; body: string; bodyLine: number } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { front: m[1], body: m[2], bodyLine: text.slice(0, text.length - m[2].length).split('\n').length } : null;
}

/** What `npm run check:content` reports beside problems: how each page and check measures up. */
export interface ContentReport {
  pages: { file: string; grade: number; longSentences: number }[];
  knowledgeChecks: { file: string; longest: number; counted: number; share: number }[];
  assessments: { file: string; words: number; estimate: number; stated: number }[];
}

export function checkContent(root: string): { issues: ContentIssue[]; counts: Record<string, number>; report: ContentReport } {
  const report: ContentReport = { pages: [], knowledgeChecks: [], assessments: [] };
  const contentDir = join(root, 'content');
  const issues: ContentIssue[] = [];
  const rel = (p: string) => relative(root, p);

  const readYaml = (path: string): unknown => {
    if (!existsSync(path)) {
      issues.push({ file: rel(path), field: '(file)', message: 'is missing: the hub needs this file' });
      return undefined;
    }
    try {
      return parseYaml(readFileSync(path, 'utf8'));
    } catch (e) {
      issues.push({ file: rel(path), field: '(file)', message: `is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
      return undefined;
    }
  };
  const listDir = (dir: string, ext: string) =>
    existsSync(join(contentDir, dir))
      ? readdirSync(join(contentDir, dir))
          .filter((f) => f.endsWith(ext))
          .sort()
      : [];

  // Single files
  const sourcesRaw = readYaml(join(contentDir, 'sources.yaml'));
  const sources = new Set<string>();
  if (!Array.isArray(sourcesRaw)) {
    if (sourcesRaw !== undefined) issues.push({ file: 'content/sources.yaml', field: '(file)', message: 'must be a list of sources' });
  } else {
    sourcesRaw.forEach((s, i) => {
      const r = sourceSchema.safeParse(s);
      if (!r.success) issues.push(...zodIssues('content/sources.yaml', r.error).map((x) => ({ ...x, field: `[${i}].${x.field}` })));
      else if (sources.has(r.data.id)) issues.push({ file: 'content/sources.yaml', field: `[${i}].id`, message: `duplicate source id "${r.data.id}"` });
      else sources.add(r.data.id);
    });
    sourcesRaw.forEach((s, i) => {
      const via = (s as { via?: string })?.via;
      if (via && !sources.has(via)) issues.push({ file: 'content/sources.yaml', field: `[${i}].via`, message: `unknown source id "${via}"` });
    });
  }

  const glossaryRaw = readYaml(join(contentDir, 'glossary.yaml'));
  const glossary = new Set<string>();
  const glossaryEntries: { id: string; related: string[]; sources: string[]; i: number }[] = [];
  if (!Array.isArray(glossaryRaw)) {
    if (glossaryRaw !== undefined) issues.push({ file: 'content/glossary.yaml', field: '(file)', message: 'must be a list of terms' });
  } else {
    glossaryRaw.forEach((g, i) => {
      const r = glossaryEntrySchema.safeParse(g);
      if (!r.success) issues.push(...zodIssues('content/glossary.yaml', r.error).map((x) => ({ ...x, field: `[${i}].${x.field}` })));
      else if (glossary.has(r.data.id)) issues.push({ file: 'content/glossary.yaml', field: `[${i}].id`, message: `duplicate term id "${r.data.id}"` });
      else {
        glossary.add(r.data.id);
        glossaryEntries.push({ id: r.data.id, related: r.data.related, sources: r.data.sources, i });
      }
    });
    for (const g of glossaryEntries) {
      for (const id of g.related) if (!glossary.has(id)) issues.push({ file: 'content/glossary.yaml', field: `[${g.i}].related`, message: `unknown term id "${id}"` });
      for (const id of g.sources) if (!sources.has(id)) issues.push({ file: 'content/glossary.yaml', field: `[${g.i}].sources`, message: `unknown source id "${id}"` });
    }
  }

  const site = readYaml(join(contentDir, 'site.yaml'));
  if (site !== undefined) {
    const r = siteSchema.safeParse(site);
    if (!r.success) issues.push(...zodIssues('content/site.yaml', r.error));
  }

  // Collections: parse first so that links can be checked against every page.
  const loadMdx = (dir: string): LoadedFile[] =>
    listDir(dir, '.mdx').map((f) => {
      const path = join(contentDir, dir, f);
      const split = splitFrontmatter(readFileSync(path, 'utf8'));
      if (!split) {
        issues.push({ file: rel(path), field: '(file)', message: 'has no frontmatter: start the file with a block between two "---" lines' });
        return { file: rel(path), data: undefined, body: '', bodyLine: 1 };
      }
      let data: unknown;
      try {
        data = parseYaml(split.front);
      } catch (e) {
        issues.push({ file: rel(path), field: 'frontmatter', message: `is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
      }
      return { file: rel(path), data, body: split.body, bodyLine: split.bodyLine };
    });
  const loadYamlDir = (dir: string): LoadedFile[] =>
    listDir(dir, '.yaml').map((f) => {
      const path = join(contentDir, dir, f);
      return { file: rel(path), data: readYaml(path), body: '', bodyLine: 1 };
    });

  const guides = loadMdx('guides');
  const roles = loadMdx('roles');
  const assessments = loadYamlDir('assessments');
  const paths = loadYamlDir('paths');

  const slugOf = (file: string) => file.split('/').pop()!.replace(/\.(mdx|yaml)$/, '');
  const pages = new Set<string>(staticPages);
  const published = (list: LoadedFile[]) => list.filter((f) => (f.data as { draft?: boolean } | undefined)?.draft !== true);
  const addRoutes = (list: LoadedFile[], base: string) => {
    const seen = new Map<string, string>();
    for (const f of published(list)) {
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
  for (const f of loadYamlDir('scope-tables')) {
    const page = slugOf(f.file);
    const r = scopeTableFileSchema.safeParse(f.data);
    if (!r.success) {
      // (Bad YAML is already reported; a list entry's field reads "[2].rows.3.does", as in the other list files.)
      if (f.data !== undefined) issues.push(...zodIssues(f.file, r.error).map((x) => ({ ...x, field: x.field.replace(/^(\d+)(\.|$)/, (_, i, dot) => `[${i}]${dot}`) })));
      scopeFiles.push({ file: f.file, page, tables: null });
      continue;
    }
    r.data.forEach((t, i) => {
      if (!sources.has(t.source)) issues.push({ file: f.file, field: `[${i}].source`, message: `unknown source id "${t.source}": add it to content/sources.yaml or fix the spelling` });
      scopeTables.set(scopeTableId(page, t.id), t);
    });
    scopeFiles.push({ file: f.file, page, tables: r.data });
  }
  const bodyLines = new Map([...guides, ...roles].map((f) => [f.file, f.bodyLine]));
  issues.push(
    ...checkScopeTables(
      [...guides, ...roles].map((f) => ({ file: f.file, slug: slugOf(f.file), draft: (f.data as { draft?: boolean } | undefined)?.draft === true, placements: scopeTablePlacements(f.body) })),
      scopeFiles,
      (file) => bodyLines.get(file) ?? 1,
    ),
  );

  const pageMinutes = new Map<string, number>();
  for (const [list, schema] of [
    [guides, guideSchema],
    [roles, roleSchema],
  ] as const) {
    for (const f of list) {
      if (f.data === undefined) continue;
      const r = schema.safeParse(f.data);
      if (!r.success) {
        issues.push(...zodIssues(f.file, r.error));
        continue;
      }
      if (r.data.draft) continue;
      const tableFile = scopeFiles.find((s) => s.page === slugOf(f.file));
      const tables = tableFile && tableFile.tables === null ? null : tablesPlacedIn(f.body, scopeTables);
      issues.push(...checkPage({ file: f.file, body: f.body, sources: r.data.sources, tables }, { sources, glossary, targets, minWords: MIN_WORDS }));
      const level = readability(f.body);
      report.pages.push({ file: f.file, grade: level.grade, longSentences: level.longSentences.length });
      pageMinutes.set(entryHref(f.file.includes('/roles/') ? 'roles' : 'guides', slugOf(f.file)), readingMinutes(f.body, scopeTables));
      if (level.grade > MAX_GRADE)
        issues.push({ file: f.file, field: 'body', message: `reads at Flesch-Kincaid grade ${level.grade}; the limit is ${MAX_GRADE}: use shorter sentences and everyday words` });
      for (const s of level.longSentences)
        issues.push({ file: f.file, field: 'body', message: `a sentence has ${s.words} words (the limit is ${MAX_SENTENCE_WORDS}): split "${s.text.slice(0, 70)}…"` });
    }
  }

  for (const f of assessments) {
    if (f.data === undefined) continue;
    const r = assessmentSchema.safeParse(f.data);
    if (!r.success) {
      issues.push(...zodIssues(f.file, r.error));
      continue;
    }
    const a = r.data;
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
    const r = pathSchema.safeParse(f.data);
    if (!r.success) {
      issues.push(...zodIssues(f.file, r.error));
      continue;
    }
    r.data.stages.forEach((s, i) =>
      s.steps.forEach((step, j) => {
        const field = `stages.${i}.steps.${j}`;
        if (!step.page) {
          if (step.minutes === undefined) issues.push({ file: f.file, field: `${field}.minutes`, message: 'a task needs "minutes": how long it takes with the agency' });
          return;
        }
        checkLink(f.file, `${field}.page`, step.page);
        const need = pageMinutes.get(step.page);
        if (need === undefined && step.minutes === undefined) issues.push({ file: f.file, field: `${field}.minutes`, message: `give ${step.page} "minutes": the build can only work out the time of a guide, role page or assessment` });
        if (need !== undefined && step.minutes !== undefined && step.minutes < need)
          issues.push({ file: f.file, field: `${field}.minutes`, message: `gives ${step.page} ${step.minutes} minutes, but its words take about ${need}: set at least ${need}, or leave "minutes" out and the build works it out` });
      }),
    );
  }

  /** A YAML file holding a list: each valid entry goes to `each`; every problem names its entry. */
  const checkList = <T,>(name: string, schema: z.ZodType<T>, what: string, each: (entry: T, field: (f: string) => string) => void, optional = false) => {
    const path = join(contentDir, name);
    if (optional && !existsSync(path)) return;
    const raw = readYaml(path);
    if (raw === undefined || (optional && raw === null)) return;
    const file = `content/${name}`;
    if (!Array.isArray(raw)) return void issues.push({ file, field: '(file)', message: `must be a list of ${what}` });
    raw.forEach((entry, i) => {
      const r = schema.safeParse(entry);
      if (!r.success) issues.push(...zodIssues(file, r.error).map((x) => ({ ...x, field: `[${i}].${x.field}` })));
      else each(r.data, (f) => `[${i}].${f}`);
    });
  };

  checkList('handouts.yaml', handoutSchema, 'handouts', (h, field) => {
    for (const s of h.sources) if (!sources.has(s)) issues.push({ file: 'content/handouts.yaml', field: field('sources'), message: `unknown source id "${s}"` });
    checkLink('content/handouts.yaml', field('guide'), h.guide);
  });
  const moved = new Map<string, string>();
  checkList(
    'moved.yaml',
    movedPageSchema,
    'moved pages',
    (m, field) => {
      moved.set(m.from, m.to);
      if (pages.has(m.from)) issues.push({ file: 'content/moved.yaml', field: field('from'), message: `a page still lives at ${m.from}: remove this entry or the page` });
      checkLink('content/moved.yaml', field('to'), m.to);
    },
    true,
  );

  // The home page: its "Where to start" cards list published guides by slug.
  const home = readYaml(join(contentDir, 'home.yaml'));
  if (home !== undefined) {
    const r = homeSchema.safeParse(home);
    if (!r.success) issues.push(...zodIssues('content/home.yaml', r.error));
    else {
      const live = new Set(published(guides).map((f) => slugOf(f.file)));
      const drafts = new Set(guides.map((f) => slugOf(f.file)).filter((g) => !live.has(g)));
      issues.push(...checkHomeGuides(r.data.whereToStart, { published: live, drafts, moved }));
    }
  }

  return {
    issues,
    report,
    counts: { guides: guides.length, roles: roles.length, assessments: assessments.length, paths: paths.length, 'scope tables': scopeTables.size, sources: sources.size, glossary: glossary.size },
  };
}
