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
import { siteSchema } from './schemas/site.ts';
import { assessmentSchema } from './schemas/assessment.ts';
import { pathSchema } from './schemas/path.ts';
import { handoutSchema } from './schemas/handout.ts';
import { movedPageSchema } from './schemas/moved.ts';
import { scopeTableSchema } from './schemas/scope-table.ts';
import { homeSchema } from './schemas/home.ts';

const yamlList = (path: string) => file(path, { parser: (text) => parseYaml(text) });

/**
 * Every table in content/scope-tables/<page>.yaml, one entry each, with the id a page places
 * it by ("<page>/<table id>"), its page and its position in the file. The content check has
 * already stopped the build on a broken file; `astro dev` only warns, so a file that is not
 * valid YAML or not a list is skipped here rather than read.
 */
async function loadScopeTables() {
  const dir = './content/scope-tables';
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
    loader: async () => [{ id: 'home', ...(parseYaml(readFileSync('./content/home.yaml', 'utf8')) as object) }],
    schema: homeSchema.extend({ id: z.string().optional() }),
  }),
  site: defineCollection({
    // The file has an `id` field of its own (the hub's id), so it is kept whole under `hub`.
    loader: async () => [{ id: 'site', hub: parseYaml(readFileSync('./content/site.yaml', 'utf8')) }],
    schema: z.object({ hub: siteSchema }),
  }),
};
