// A self-rating: skills grouped in areas, each rated on a four-point scale, kept in the
// reader's browser.
import { z } from 'zod';
import { assessmentBase } from './assessment-base.ts';
import { internalPath, slugId, uniqueIds } from './fields.ts';

const skillSchema = z
  .object({
    id: slugId.describe('The skill\'s id, different from its area\'s other skills; saved ratings use it, so keep it once published.'),
    text: z.string().min(5).describe('The skill, as the reader rates it.'),
    wording: z
      .enum(['source', 'reworded', 'hub'])
      .default('source')
      .describe(
        'Who wrote it: `source` (the source\'s own skill, in plain words), `reworded` (the hub changed what it asks, and says so beside it) or `hub` (written for this hub; no source lists it).',
      ),
    reflective: z
      .boolean()
      .default(false)
      .describe('`true` for a question about the reader\'s own recovery or life: the rating stays with the reader, out of averages, strengths and growth areas.'),
  })
  .strict();

const domainSchema = z
  .object({
    id: slugId.describe('The area\'s id, different from every other area\'s in the file; saved ratings use it, so keep it once published.'),
    title: z.string().min(3).describe('The area\'s name, for example "1. Pathways to crisis".'),
    group: z.string().optional().describe('A wider heading shown above the area\'s name, for example "Prevention".'),
    description: z.string().min(10).describe('What the area covers and how to rate it, in a sentence or two.'),
    guide: internalPath.describe('The guide on this area, linked from the results.'),
    skills: z.array(skillSchema).min(1).describe('The skills in this area, each rated on the scale.'),
  })
  .strict();

export const selfRatingAssessmentSchema = z
  .object({
    ...assessmentBase,
    kind: z.literal('self-rating').describe('The kind of assessment: `self-rating` for skills a reader rates themselves on.'),
    scale: z
      .tuple([z.string().min(2), z.string().min(2), z.string().min(2), z.string().min(2)])
      .describe('The four ratings, lowest first, for example `[New to me, I know about it, I do this with support, I could teach this]`.'),
    reflective: z
      .boolean()
      .default(false)
      .describe('`true` for a private check-in on habits: the results show no strengths or growth areas, and say it is not a score.'),
    domains: z.array(domainSchema).min(1).describe('The areas the skills are grouped in, rated one area at a time.'),
    reflection: z
      .string()
      .min(5)
      .optional()
      .describe('A question for a last, optional step where the reader writes a note for themselves; leave it out for no such step.'),
  })
  .strict()
  .superRefine((a, ctx) => {
    uniqueIds(a.domains, ctx, ['domains'], 'domain');
    a.domains.forEach((d, i) => uniqueIds(d.skills, ctx, ['domains', i, 'skills'], 'skill'));
  });

export type SelfRatingAssessment = z.infer<typeof selfRatingAssessmentSchema>;
