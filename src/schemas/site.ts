// content/site.yaml: what an agency changes when it makes the hub its own.
import { z } from 'zod';
import { slugId } from './fields.ts';
import { BASE_PATTERN, DEFAULT_SITE_ID, SITE_ID_PATTERN } from '../lib/site-fields.ts';

const digits = z.string().regex(/^[0-9]{3,15}$/, 'digits only, for example "988"');

export const siteSchema = z
  .object({
    id: z
      .string()
      .regex(SITE_ID_PATTERN, 'a short id of lowercase letters and digits, starting with a letter, for example "pch" or "countyhub"')
      .default(DEFAULT_SITE_ID)
      .describe('A short id for this hub (default "pch"). The reader\'s saved results are kept under it, so two hubs on one web address never read each other\'s. Change it only when you set up a new hub: readers of a hub that changes its id start again.'),
    url: z
      .string()
      .url('the full public address, for example "https://example.org/peer-hub/"')
      .refine((u) => /^https?:\/\//.test(u), 'the address starts with https:// (or http://)')
      .optional()
      .describe('Optional: the hub\'s public address, for example "https://example.org/peer-hub/". With it, every page names its canonical address and the build writes a sitemap. Its folder ("/peer-hub/") is where the hub is served from, unless `base` says otherwise.'),
    base: z
      .string()
      .regex(BASE_PATTERN, 'a folder that starts and ends with "/", for example "/peer-hub/"')
      .optional()
      .describe('Optional: the folder the hub is served from, for example "/peer-hub/" for https://example.github.io/peer-hub/. Left out, it is the folder of `url`, or "/". `astro build --base /x/` overrides it.'),
    name: z.string().min(2).max(60).describe('The hub\'s name, shown in the header, the footer and every page\'s title.'),
    tagline: z.string().min(5).max(160).describe('One line on what the hub is for, shown on the home page and the About page.'),
    owner: z.string().min(2).describe('Who publishes the hub, for example your agency\'s name; shown in the footer and on the About page.'),
    ownerUrl: z.string().url().optional().describe('The owner\'s web address, for example "https://example.org".'),
    contact: z.string().optional().describe('A sentence on whom to ask about the hub, shown on the About page.'),
    crisisLine: z
      .object({
        heading: z.string().min(5).describe('The notice\'s opening words, for example "In crisis, or worried about someone?".'),
        number: digits.describe('The number to call, for example "988".'),
        textNumber: digits.describe('The number to text, for example "988".'),
        note: z.string().min(5).describe('What the line is and when it is open, in a sentence or two.'),
        guide: slugId
          .optional()
          .describe('Optional: the guide for someone worried about another person (its file name without ".mdx", for example "worried-about-someone"), linked from the notice.'),
        guideLink: z.string().min(3).default('Worried about someone? What you can do').describe('The words of that link.'),
      })
      .strict()
      .describe('The crisis-line notice at the top of every page.'),
    emergencyNote: z.string().min(5).describe('What to do when someone is in immediate danger, shown after the crisis-line note: "If someone is in immediate danger, call 911."'),
    localResources: z
      .array(
        z
          .object({
            name: z.string().min(2).describe('The service\'s name, for example "County warmline".'),
            description: z.string().min(5).describe('What it offers and who can use it, in a sentence.'),
            phone: z.string().optional().describe('Its phone number, as you want it shown.'),
            hours: z.string().optional().describe('When it is open, for example "Every day, 8am to 10pm".'),
          })
          .strict(),
      )
      .default([])
      .describe('Local services your agency adds for its staff, listed on the About page; `[]` for none.'),
    stateNotes: z
      .array(
        z
          .object({
            state: z.string().min(2).describe('The state the note is for, for example "California".'),
            note: z.string().min(10).describe('What applies in that state only.'),
          })
          .strict(),
      )
      .default([])
      .describe('Notes that apply in one state only, listed on the About page, each labelled with its state.'),
  })
  .strict();

/**
 * content/<lang>/site.yaml (for example content/es/site.yaml): the reader-facing words of
 * site.yaml in another language. The name, numbers and addresses stay in site.yaml; what is
 * left out here is shown as site.yaml has it.
 */
export const siteWordsSchema = z
  .object({
    tagline: z.string().min(5).max(160).optional().describe('The tagline in this language.'),
    contact: z.string().optional().describe('The contact sentence in this language.'),
    owner: z.string().min(2).optional().describe('Who publishes the hub, as said in this language, for example "El proyecto Peer Crisis Hub"; when left out, `owner` in site.yaml is shown as it is.'),
    crisisLine: z
      .object({
        heading: z.string().min(5).describe('The crisis notice\'s opening words in this language, for example "¿Está en crisis o le preocupa alguien?".'),
        note: z.string().min(5).describe('What the line is and when it is open, in this language.'),
        guideLink: z.string().min(3).optional().describe('The words of the link to the guide for someone worried about another person.'),
        call: z.string().min(5).optional().describe('How to reach the line in this language by phone, for example "Llame al 988 y marque 2 para español."'),
        textWord: z
          .string()
          .regex(/^[A-Za-z0-9]{2,20}$/, 'one word of letters and digits, for example "AYUDA"')
          .optional()
          .describe('The word to text to reach the line in this language, for example "AYUDA"; the Text button starts a message with it.'),
        text: z.string().min(5).optional().describe('How to reach the line in this language by text, for example "Envíe la palabra AYUDA por mensaje de texto al 988."'),
        chat: z.string().min(5).optional().describe('How to chat with the line in this language.'),
        source: slugId.optional().describe('The source (an id in content/sources.yaml) that says how to reach the line in this language; the notice links to it. Needed with `call`, `text` or `chat`.'),
      })
      .strict()
      .optional()
      .describe('The crisis notice in this language.'),
    emergencyNote: z.string().min(5).optional().describe('What to do in immediate danger, in this language.'),
    localResources: z
      .array(z.object({ description: z.string().min(5).describe('The service\'s description in this language.'), hours: z.string().optional().describe('Its hours in this language.') }).strict())
      .optional()
      .describe('The local resources\' descriptions in this language, in the order of site.yaml.'),
    stateNotes: z
      .array(z.object({ state: z.string().min(2).describe('The state.'), note: z.string().min(10).describe('The note in this language.') }).strict())
      .optional()
      .describe('The state notes in this language, in the order of site.yaml.'),
  })
  .strict();
export type SiteWords = z.infer<typeof siteWordsSchema>;
