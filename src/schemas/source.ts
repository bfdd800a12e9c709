// One entry of content/sources.yaml: a work the hub draws on, which pages cite by its id.
import { z } from 'zod';
import { slugId } from './fields.ts';

export const sourceSchema = z
  .object({
    id: slugId.describe('The id pages cite it by, for example `ne-mhttc-2023` in `<Cite id="ne-mhttc-2023" />`.'),
    author: z.string().min(2).describe('Who wrote it: people, an organization, or both.'),
    publisher: z.string().min(2).describe('Who published it.'),
    title: z
      .string()
      .min(3)
      .describe('Its title; a title of ten words or more is cut short with "…", as the hub quotes no run of ten words.'),
    year: z.string().min(2).describe('The year it came out, in quotes, for example "2023", or "n.d." when it has no date.'),
    kind: z.string().min(2).describe('What sort of work it is, in a word or two, for example "slides", "guidelines" or "web page".'),
    short: z.string().min(2).max(60).describe('The short name a citation shows, for example "NE MHTTC, 2023".'),
    covers: z.string().min(10).describe('What the hub takes from it, shown on the sources page.'),
    file: z
      .string()
      .optional()
      .describe('For a work the hub has read in full: its file name in the hub\'s source folder. Give one of `file`, `via` or `url`.'),
    via: slugId
      .optional()
      .describe('For a work the hub knows only through another: that source\'s id. Give one of `file`, `via` or `url`.'),
    url: z
      .string()
      .url()
      .optional()
      .describe('For a public web page the hub cites directly (not in the source folder): its full address, for example "https://988lifeline.org/get-help/what-to-expect/". Give one of `file`, `via` or `url`.'),
  })
  .strict()
  .refine((s) => [s.file, s.via, s.url].filter(Boolean).length === 1, {
    message: 'give one of "file" (a document in the source folder), "via" (the source id it is known through) or "url" (a public web page), not more',
    path: ['via'],
  });
