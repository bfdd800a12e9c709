// A checklist: statements a reader (often an agency) ticks when they are in place, in groups.
import { z } from 'zod';
import { assessmentBase } from './assessment-base.ts';
import { internalPath, slugId, uniqueIds } from './fields.ts';

const itemSchema = z
  .object({
    id: slugId.describe('The item\'s id, different from its group\'s other items; saved ticks use it, so keep it once published.'),
    text: z.string().min(5).describe('What is in place when it is ticked, as a statement, for example "Our culture is recovery-oriented."'),
    guide: internalPath.describe('The page that explains the item, linked beside it.'),
  })
  .strict();

const groupSchema = z
  .object({
    id: slugId.describe('The group\'s id, different from every other group\'s in the file.'),
    title: z.string().min(3).describe('The group\'s heading, for example "Leadership and culture".'),
    items: z.array(itemSchema).min(1).describe('The statements to tick in this group.'),
  })
  .strict();

export const checklistAssessmentSchema = z
  .object({
    ...assessmentBase,
    kind: z.literal('checklist').describe('The kind of assessment: `checklist` for statements to tick when they are in place.'),
    groups: z.array(groupSchema).min(1).describe('The headed groups the statements are listed in.'),
  })
  .strict()
  .superRefine((a, ctx) => {
    uniqueIds(a.groups, ctx, ['groups'], 'group');
    a.groups.forEach((g, i) => uniqueIds(g.items, ctx, ['groups', i, 'items'], 'item'));
  });

export type ChecklistAssessment = z.infer<typeof checklistAssessmentSchema>;
