// The frontmatter every guide and role page has (content/guides/*.mdx, content/roles/*.mdx).
import { z } from 'zod';
import { audiences, settings, topics } from './enums.ts';
import { nonEmptyList, sourceIds } from './fields.ts';

export const pageFields = {
  title: z
    .string()
    .min(3)
    .max(52, 'keep the title to 52 characters or fewer: browser tabs, search results and handouts show it with more words around it')
    .describe('The page title: its main heading, and its name in lists and search results.'),
  description: z
    .string()
    .min(20)
    .max(160, 'keep the description to 160 characters or fewer')
    .describe('One or two sentences on what the page covers, shown under the title and in search results.'),
  keywords: z
    .array(z.string().trim().min(2, 'write each keyword as a word or short phrase'))
    .max(20, 'keep to 20 keywords or fewer: the words readers really type')
    .default([])
    .describe('Optional: the words a reader might type to find this page that the page itself may not use, such as "ER", "ride", "hug" or "police". Search weighs them like the title; readers do not see them.'),
  audience: nonEmptyList(z.enum(audiences), 'audience').describe('Who the page is for; the search can filter by it.'),
  topics: nonEmptyList(z.enum(topics), 'topic').describe('What the page is about; the guides index lists the page under its first topic.'),
  settings: z.array(z.enum(settings)).default(['all-settings']).describe('The crisis settings the page speaks to.'),
  sources: sourceIds.describe('Every source the page cites, by its id in sources.yaml; each `<Cite id>` on the page must be listed here.'),
  updated: z.coerce.date().describe('The day the page was last changed or checked, shown as "Last updated".'),
  draft: z.boolean().default(false).describe('`true` keeps the page out of the built site while you work on it.'),
  order: z
    .number()
    .int()
    .min(0)
    .max(999)
    .default(100)
    .describe('Its place in lists: lower numbers come first, and pages with the same number go by title.'),
};
