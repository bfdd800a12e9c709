// The collections and their schemas. The schemas themselves live in src/schemas/ (one file
// each, framework-free) so that the content check and the unit tests validate exactly what the
// build validates.
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { guideSchema } from './schemas/guide.ts';
import { roleSchema } from './schemas/role.ts';
import { sourceSchema } from './schemas/source.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { siteSchema, siteWordsSchema } from './schemas/site.ts';
import { assessmentSchema } from './schemas/assessment.ts';
import { pathSchema } from './schemas/path.ts';
import { handoutSchema } from './schemas/handout.ts';
import { movedPageSchema } from './schemas/moved.ts';
import { scopeTableSchema } from './schemas/scope-table.ts';
import { homeSchema } from './schemas/home.ts';

const yamlList = (path: string) => file(path, { parser: (text) => parseYaml(text) });

/** A list file a language may not have yet (a fork with no Spanish): no file, no entries. */
const optionalList = (path: string) => async () => {
  if (!existsSync(path)) return [];
  const list = parseYaml(readFileSync(path, 'utf8')) as { id: string }[] | null;
  return Array.isArray(list) ? list : [];
};
/** A folder a language may not have yet: globbed when it is there. */
const optionalGlob = (pattern: string, base: string) => (existsSync(base) ? glob({ pattern, base }) : async () => []);

/** The interface words of each language (content/i18n/<lang>.yaml), one entry per language. */
async function loadDictionaries() {
  const dir = './content/i18n';
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), words: parseYaml(readFileSync(`${dir}/${f}`, 'utf8')) ?? {} }));
}
const dictionary: z.ZodType<Record<string, unknown>> = z.record(z.string(), z.union([z.string(), z.lazy(() => dictionary)]));

/**
 * Every table in content/scope-tables/<page>.yaml, one entry each, with the id a page places
 * it by ("<page>/<table id>"), its page and its position in the file. The content check has
 * already stopped the build on a broken file; `astro dev` only warns, so a file that is not
 * valid YAML or not a list is skipped here rather than read.
 */
async function loadScopeTables(dir = './content/scope-tables') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => {
      const page = f.replace(/\.yaml$/, '');
      let tables: unknown;
      try {
        tables = parseYaml(readFileSync(`${dir}/${f}`, 'utf8'));
      } catch {
        return [];
      }
      if (!Array.isArray(tables)) return [];
      return tables.map((t: { id?: unknown }, position) => ({ ...t, id: `${page}/${String(t?.id)}`, page, position }));
    });
}

export const collections = {
  guides: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/guides' }), schema: guideSchema }),
  roles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/roles' }), schema: roleSchema }),
  assessments: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/assessments' }), schema: assessmentSchema }),
  paths: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/paths' }), schema: pathSchema }),
  sources: defineCollection({ loader: yamlList('./content/sources.yaml'), schema: sourceSchema }),
  glossary: defineCollection({ loader: yamlList('./content/glossary.yaml'), schema: glossaryEntrySchema }),
  handouts: defineCollection({ loader: yamlList('./content/handouts.yaml'), schema: handoutSchema }),
  // Old addresses of merged or renamed pages; each id is the old path.
  moved: defineCollection({
    loader: async () => {
      const list = existsSync('./content/moved.yaml') ? (parseYaml(readFileSync('./content/moved.yaml', 'utf8')) as { from: string }[] | null) : null;
      return (list ?? []).map((m) => ({ id: m.from, ...m }));
    },
    schema: movedPageSchema.extend({ id: z.string() }),
  }),
  // Each table of each page's scope-table file; its id is "<page>/<table id>".
  scopeTables: defineCollection({
    loader: loadScopeTables,
    schema: scopeTableSchema.extend({ id: z.string(), page: z.string(), position: z.number() }),
  }),
  home: defineCollection({
    loader: async () => [
      { id: 'home', ...(parseYaml(readFileSync('./content/home.yaml', 'utf8')) as object) },
      ...(existsSync('./content/es/home.yaml') ? [{ id: 'es', ...(parseYaml(readFileSync('./content/es/home.yaml', 'utf8')) as object) }] : []),
    ],
    schema: homeSchema.extend({ id: z.string().optional() }),
  }),
  // The Spanish pages: each folder of content/es/ mirrors the English one (src/utils/i18n.ts).
  esGuides: defineCollection({ loader: optionalGlob('*.mdx', './content/es/guides'), schema: guideSchema }),
  esRoles: defineCollection({ loader: optionalGlob('*.mdx', './content/es/roles'), schema: roleSchema }),
  esAssessments: defineCollection({ loader: optionalGlob('*.yaml', './content/es/assessments'), schema: assessmentSchema }),
  esPaths: defineCollection({ loader: optionalGlob('*.yaml', './content/es/paths'), schema: pathSchema }),
  esGlossary: defineCollection({ loader: optionalList('./content/es/glossary.yaml'), schema: glossaryEntrySchema }),
  esScopeTables: defineCollection({
    loader: () => loadScopeTables('./content/es/scope-tables'),
    schema: scopeTableSchema.extend({ id: z.string(), page: z.string(), position: z.number() }),
  }),
  // Interface words, one entry per language; the content check compares each with English's.
  i18n: defineCollection({ loader: loadDictionaries, schema: z.object({ words: dictionary }) }),
  site: defineCollection({
    // The file has an `id` field of its own (the hub's id), so it is kept whole under `hub`.
    // content/es/site.yaml holds the Spanish wording of site.yaml's reader-facing fields.
    loader: async () => [
      { id: 'site', hub: parseYaml(readFileSync('./content/site.yaml', 'utf8')) },
      ...(existsSync('./content/es/site.yaml') ? [{ id: 'es', words: parseYaml(readFileSync('./content/es/site.yaml', 'utf8')) }] : []),
    ],
    schema: z.object({ hub: siteSchema.optional(), words: siteWordsSchema.optional() }),
  }),
};
