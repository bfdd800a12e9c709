// One entry of content/glossary.yaml: a term and its plain definition, shown at /glossary/#<id>.
import { z } from 'zod';
import { slugId } from './fields.ts';

export const glossaryEntrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens')
      .describe('The term\'s id: `<Term id="...">` uses it, and the glossary page\'s address for it is `/glossary/#<id>`.'),
    term: z.string().min(1).describe('The term as the glossary shows it, for example "Warm handoff".'),
    definition: z.string().min(10).describe('What it means, in plain words: a sentence or three.'),
    sources: z.array(slugId).default([]).describe('The ids of the sources the definition draws on.'),
    state: z
      .string()
      .optional()
      .describe('For a term that belongs to one state: the state, for example "California"; the glossary adds "(California only)".'),
    related: z.array(z.string()).default([]).describe('The ids of other terms to show under "See also".'),
  })
  .strict();
