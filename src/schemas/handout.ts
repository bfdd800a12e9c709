// One entry of content/handouts.yaml: a short page agencies print, published at /print/<id>/.
import { z } from 'zod';
import { internalPath, slugId, sourceIds } from './fields.ts';

const sectionSchema = z
  .object({
    heading: z.string().min(2).describe('The section\'s heading, for example "The five questions".'),
    numbered: z.boolean().default(false).describe('`true` numbers the items 1, 2, 3 instead of listing them with bullets.'),
    items: z.array(z.string().min(2)).min(1).describe('The section\'s points, a short line or two each.'),
  })
  .strict();

export const handoutSchema = z
  .object({
    id: slugId.describe('The handout\'s id; its address is `/print/<id>/`.'),
    title: z.string().min(3).max(120).describe('The handout\'s title, printed at its top and listed on `/print/`.'),
    pages: z.number().int().min(1).max(4).describe('How many printed pages it fits on; the tests check that it prints on that many.'),
    largeType: z
      .boolean()
      .default(false)
      .describe('`true` prints it in large type that fills its page, for a card on the wall or on the table (a one-page handout with little text, such as the debrief card).'),
    intro: z.string().min(10).describe('Who it is for and how to use it, printed under the title.'),
    sections: z.array(sectionSchema).min(1).describe('Its parts, in order, each a heading and a list.'),
    sources: sourceIds.describe('The sources it draws on, by their ids in sources.yaml, named at its foot.'),
    guide: internalPath.describe('The guide it comes from, named at its foot, for example `/guides/debriefing-after-a-crisis/`.'),
  })
  .strict();
