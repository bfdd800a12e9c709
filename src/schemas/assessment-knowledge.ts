// A knowledge check: questions with one right answer each, and why each answer is right or wrong.
import { z } from 'zod';
import { assessmentBase } from './assessment-base.ts';
import { uniqueIds } from './fields.ts';
import { questionSchema } from './question.ts';

export const knowledgeAssessmentSchema = z
  .object({
    ...assessmentBase,
    kind: z.literal('knowledge').describe('The kind of assessment: `knowledge` for a check with one right answer per question.'),
    questions: z.array(questionSchema).min(3).describe('The questions, asked one at a time.'),
  })
  .strict()
  .superRefine((a, ctx) => uniqueIds(a.questions, ctx, ['questions'], 'question'));

export type KnowledgeAssessment = z.infer<typeof knowledgeAssessmentSchema>;
