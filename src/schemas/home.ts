// The home page's words that are content rather than layout: content/home.yaml.
// Framework-free (zod only): Astro's content config, the content check and the tests use it.
import { z } from 'zod';
import { audienceLabels } from '../lib/labels.ts';

type Audience = keyof typeof audienceLabels;
const audienceIds = Object.keys(audienceLabels) as [Audience, ...Audience[]];

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a guide\'s file name without ".mdx", for example "scope-of-practice"');

/** Plain words for a misspelt field, or for something that is not a block of fields at all. */
const fieldsAre = (what: string, fields: string[]) => (iss: { code: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys'
    ? `${iss.keys!.map((k) => `"${k}"`).join(', ')} is not a field of ${what}: its fields are ${fields.join(', ')} (check the spelling and capitals)`
    : iss.code === 'invalid_type'
      ? `write ${what} as fields (${fields.join(', ')}), each on its own line`
      : undefined;

/** One card under "Where to start": a kind of reader, and the guides to read first. */
export const startCardSchema = z.strictObject(
  {
    /** Who the card is for: peer-worker, supervisor, agency or public (public means everyone). The card ends "For peer workers", "For supervisors", "For agencies" or "For everyone". */
    audience: z.enum(audienceIds, { error: `name who the card is for: one of ${audienceIds.join(', ')}` }),
    /** The card's heading, a question the reader recognises, for example "Supervising peer staff?". */
    heading: z.string().trim().min(3, 'give the card a heading'),
    /** One sentence under the heading on what the guides cover. */
    text: z.string().trim().min(10, 'write a sentence on what these guides cover'),
    /** The guides to read first, in order: each a guide's file name in content/guides without ".mdx", for example "scope-of-practice". Each must be a published guide (not a draft). */
    guides: z.array(slug, { error: 'list the guides in square brackets, for example [scope-of-practice, crisis-continuum]' }).min(1, 'list at least one guide'),
  },
  { error: fieldsAre('a card', ['audience', 'heading', 'text', 'guides']) },
);

/** content/home.yaml */
export const homeSchema = z.strictObject(
  {
    /** The cards under "Where to start", in the order the home page shows them. */
    whereToStart: z.array(startCardSchema, { error: 'list the cards, each starting with "- audience:"' }).min(1, 'list at least one card'),
  },
  { error: fieldsAre('the home page file', ['whereToStart']) },
);

export type StartCard = z.infer<typeof startCardSchema>;
export type HomeContent = z.infer<typeof homeSchema>;
