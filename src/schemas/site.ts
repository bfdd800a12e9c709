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
