// node scripts/content-fields.ts — rewrites the field tables in content/README.md from the
// schemas in src/schemas/ (their descriptions and checks). `--check` only reports whether the
// README is up to date (a unit test runs the same check). Edit a field's words in its schema,
// never in the README: the next run would put the schema's words back.
import { readFileSync, writeFileSync } from 'node:fs';
import { fieldRows, fieldTable, valueListSection, type ValueList } from '../src/lib/field-docs.ts';
import { labelsIn } from '../src/lib/labels.ts';
import { flatten, translator, type Dictionary } from '../src/lib/i18n.ts';
import { parse as parseYaml } from 'yaml';
import { audiences, crisisElements, phases, settings, topics } from '../src/schemas/enums.ts';
import { pageFields } from '../src/schemas/page.ts';
import { guideSchema } from '../src/schemas/guide.ts';
import { roleSchema } from '../src/schemas/role.ts';
import { assessmentBase } from '../src/schemas/assessment-base.ts';
import { knowledgeAssessmentSchema } from '../src/schemas/assessment-knowledge.ts';
import { selfRatingAssessmentSchema } from '../src/schemas/assessment-self-rating.ts';
import { checklistAssessmentSchema } from '../src/schemas/assessment-checklist.ts';
import { pathSchema } from '../src/schemas/path.ts';
import { sourceSchema } from '../src/schemas/source.ts';
import { glossaryEntrySchema } from '../src/schemas/glossary.ts';
import { handoutSchema } from '../src/schemas/handout.ts';
import { movedPageSchema } from '../src/schemas/moved.ts';
import { siteSchema, siteWordsSchema } from '../src/schemas/site.ts';
import { scopeTableSchema } from '../src/schemas/scope-table.ts';
import { homeSchema } from '../src/schemas/home.ts';
import { z } from 'zod';

export const README = new URL('../content/README.md', import.meta.url).pathname;
export const START = '<!-- Field tables: made by `node scripts/content-fields.ts` from src/schemas/. Change a field\'s words there, not here. -->';
export const END = '<!-- End of the field tables -->';

// The English labels, from the English dictionary.
const labels = labelsIn(translator(flatten(parseYaml(readFileSync(new URL('../content/i18n/en.yaml', import.meta.url), 'utf8')) as Dictionary), 'en'));
const lists: ValueList[] = [
  { name: 'Audiences', values: audiences, labels: labels.audience },
  { name: 'Topics', values: topics, labels: labels.topic },
  { name: 'Settings', values: settings, labels: labels.setting },
  { name: 'Phases', values: phases, labels: labels.phase },
  { name: 'Crisis Now elements', inText: 'Crisis Now elements', values: crisisElements, labels: labels.crisisElement },
];

interface Section {
  /** The collections of src/content.config.ts this section documents. */
  collections: string[];
  heading: string;
  intro: string;
  schema: z.ZodType;
  omit?: readonly string[];
}

const baseFields = Object.keys(assessmentBase);

/** Every collection, in the order the README gives them. */
export const sections: Section[] = [
  {
    collections: ['guides'],
    heading: 'Guides: the frontmatter of `guides/<slug>.mdx`',
    intro: 'The file name is the address: `guides/scope-of-practice.mdx` is `/guides/scope-of-practice/`.',
    schema: guideSchema,
  },
  {
    collections: ['roles'],
    heading: 'Role pages: the frontmatter of `roles/<slug>.mdx`',
    intro: 'Every field of a guide (above), and these three:',
    schema: roleSchema,
    omit: Object.keys(pageFields),
  },
  {
    collections: ['assessments'],
    heading: 'Self-assessments: `assessments/<id>.yaml`',
    intro:
      'The file name is the address: `assessments/spot-the-drift.yaml` is `/assessments/spot-the-drift/`. Every assessment has these fields; its `kind` says which of the three tables after this one gives the rest.',
    schema: z.object(assessmentBase),
  },
  {
    collections: ['assessments'],
    heading: 'A knowledge check (`kind: knowledge`)',
    intro: 'The fields every assessment has, and these:',
    schema: knowledgeAssessmentSchema,
    omit: baseFields,
  },
  {
    collections: ['assessments'],
    heading: 'A self-rating (`kind: self-rating`)',
    intro: 'The fields every assessment has, and these:',
    schema: selfRatingAssessmentSchema,
    omit: baseFields,
  },
  {
    collections: ['assessments'],
    heading: 'A checklist (`kind: checklist`)',
    intro: 'The fields every assessment has, and these:',
    schema: checklistAssessmentSchema,
    omit: baseFields,
  },
  {
    collections: ['paths'],
    heading: 'Learning paths: `paths/<id>.yaml`',
    intro: 'The file name is the address: `paths/start-here.yaml` is `/paths/start-here/`.',
    schema: pathSchema,
  },
  {
    collections: ['sources'],
    heading: 'Sources: each entry of `sources.yaml`',
    intro: 'The file is a list; each entry has these fields.',
    schema: sourceSchema,
  },
  {
    collections: ['glossary'],
    heading: 'Glossary terms: each entry of `glossary.yaml`',
    intro: 'The file is a list, sorted by term; each entry has these fields.',
    schema: glossaryEntrySchema,
  },
  {
    collections: ['scopeTables'],
    heading: 'Scope tables: each table in `scope-tables/<slug>.yaml`',
    intro: 'The file is a list of the tables of the guide or role page `<slug>`; each table has these fields. The page places one with `<ScopeTable id="<slug>/<table id>" />`.',
    schema: scopeTableSchema,
  },
  {
    collections: ['home'],
    heading: 'The home page: `home.yaml`',
    intro: 'The words of the home page that are content, not layout.',
    schema: homeSchema,
  },
  {
    collections: ['handouts'],
    heading: 'Printable handouts: each entry of `handouts.yaml`',
    intro: 'The file is a list; each entry has these fields.',
    schema: handoutSchema,
  },
  {
    collections: ['moved'],
    heading: 'Moved pages: each entry of `moved.yaml`',
    intro: 'The file is a list; each entry has these fields.',
    schema: movedPageSchema,
  },
  {
    collections: ['site'],
    heading: 'The site: `site.yaml`',
    intro: 'One set of fields for the whole hub.',
    schema: siteSchema,
  },
  {
    collections: ['esGuides', 'esRoles', 'esAssessments', 'esPaths', 'esGlossary', 'esScopeTables'],
    heading: 'Another language: `es/site.yaml`, and the files beside it',
    intro:
      'Each file under `es/` mirrors the English file of the same name (`es/guides/x.mdx` is `guides/x.mdx` in Spanish) and has the same fields as it (the tables above), with the same ids. `es/site.yaml` holds the Spanish words of `site.yaml`; each is optional, and what is left out is shown as `site.yaml` has it:',
    schema: siteWordsSchema,
  },
  {
    collections: ['i18n'],
    heading: 'The interface words: `i18n/<lang>.yaml`',
    intro:
      'One file per language (`i18n/en.yaml`, `i18n/es.yaml`), in sections of keys. Every language has exactly the keys English has, with the same `{placeholders}`; a key with `one:` and `other:` under it has a form for 1 and a form for other numbers (`{n}`).',
    schema: z.object({
      section: z.record(z.string(), z.string()).describe('A section of the interface (`nav`, `crisis`, `search`, ...): each key is a word or phrase the reader sees, for example `guides: Guides` under `nav`.'),
    }),
  },
];

/** The generated part of the README, markers included. */
export function fieldDocs(): string {
  return [
    START,
    '',
    '## Every field, file by file',
    '',
    'Each table lists every field a file may have; a field not listed stops the build. "Needed?" says',
    'whether you must give it; for one you may leave out, it shows what the build uses instead. A name',
    'with a dot is a field inside another: `stages.steps.why` is the `why` of each step in each stage.',
    '',
    ...sections.flatMap((s) => [`### ${s.heading}`, '', s.intro, '', fieldTable(fieldRows(s.schema, { lists, omit: s.omit })), '']),
    '### The fixed lists',
    '',
    'Some fields take only values from a fixed list. Write the value; readers see the words beside it.',
    '',
    ...lists.flatMap((l) => [valueListSection(l), '']),
    END,
  ].join('\n');
}

/** The README with its field tables replaced by freshly made ones. */
export function withFieldDocs(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`content/README.md: the markers of the field tables are missing; put these two lines where the tables go:\n${START}\n${END}`);
  return readme.slice(0, start) + fieldDocs() + readme.slice(end + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const current = readFileSync(README, 'utf8');
  const next = withFieldDocs(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('content/README.md: the field tables are out of date. Run: node scripts/content-fields.ts');
      process.exit(1);
    }
    console.log('content/README.md: the field tables are up to date.');
  } else if (next === current) {
    console.log('content/README.md: the field tables were already up to date.');
  } else {
    writeFileSync(README, next);
    console.log('content/README.md: field tables rewritten from src/schemas/.');
  }
}
