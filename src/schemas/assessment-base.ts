// The fields every self-assessment has (content/assessments/<id>.yaml, published at
// /assessments/<id>/), whatever its kind.
import { z } from 'zod';
import { audiences, topics } from './enums.ts';
import { internalPath, nonEmptyList, sourceIds } from './fields.ts';

export const assessmentBase = {
  title: z.string().min(3).max(120).describe('The assessment\'s title: its main heading, and its name in lists and search results.'),
  description: z
    .string()
    .min(20)
    .max(160, 'keep the description to 160 characters or fewer')
    .describe('One or two sentences on what it asks of the reader, shown in lists and search results.'),
  audience: nonEmptyList(z.enum(audiences), 'audience').describe('Who it is for; the search can filter by it.'),
  topics: nonEmptyList(z.enum(topics), 'topic').describe('What it is about.'),
  sources: sourceIds.describe('Every source it draws on, by its id in sources.yaml, including every source its questions cite.'),
  relatedGuides: z
    .array(internalPath)
    .default([])
    .describe('Guides to read alongside it, linked from its page, for example `[/guides/peer-role-drift/]`.'),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(120)
    .describe('About how long it takes, shown to the reader; the build checks it is at least the time its words take.'),
  intro: z.string().min(20).describe('What the reader is about to do, and why, shown before they start: a short paragraph.'),
  draft: z.boolean().default(false).describe('`true` keeps it out of the built site while you work on it.'),
};
