// The home page's words that are content rather than layout: content/home.yaml.
// Framework-free (zod only): Astro's content config, the content check and the tests use it.
import { z } from 'zod';
import { audiences as audienceIds } from './enums.ts';
import { fieldsAre } from './fields.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a guide\'s file name without ".mdx", for example "scope-of-practice"');

/** One card under "Where to start": a kind of reader, and the guides to read first. */
export const startCardSchema = z.strictObject(
  {
    audience: z.enum(audienceIds, { error: `name who the card is for: one of ${audienceIds.join(', ')}` }).describe('Who the card is for: peer-worker, supervisor, agency or public (public means everyone). The card ends "For peer workers", "For supervisors", "For agencies" or "For everyone".'),
    heading: z.string().trim().min(3, 'give the card a heading').describe('The card\'s heading, a question the reader recognises, for example "Supervising peer staff?".'),
    text: z.string().trim().min(10, 'write a sentence on what these guides cover').describe('One sentence under the heading on what the guides cover.'),
    guides: z.array(slug, { error: 'list the guides in square brackets, for example [scope-of-practice, crisis-continuum]' }).min(1, 'list at least one guide').describe('The guides to read first, in order: each a guide\'s file name in content/guides without ".mdx", for example "scope-of-practice". Each must be a published guide (not a draft).'),
  },
  { error: fieldsAre('a card', ['audience', 'heading', 'text', 'guides']) },
);

/** content/home.yaml */
export const homeSchema = z.strictObject(
  {
    whereToStart: z.array(startCardSchema, { error: 'list the cards, each starting with "- audience:"' }).min(1, 'list at least one card').describe('The cards under "Where to start", in the order the home page shows them.'),
  },
  { error: fieldsAre('the home page file', ['whereToStart']) },
);

export type StartCard = z.infer<typeof startCardSchema>;
export type HomeContent = z.infer<typeof homeSchema>;
