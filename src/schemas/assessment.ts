// A self-assessment file, content/assessments/<id>.yaml, of any kind: its `kind` field says which.
import { z } from 'zod';
import { checklistAssessmentSchema } from './assessment-checklist.ts';
import { knowledgeAssessmentSchema } from './assessment-knowledge.ts';
import { selfRatingAssessmentSchema } from './assessment-self-rating.ts';

export const assessmentSchema = z.discriminatedUnion('kind', [
  knowledgeAssessmentSchema,
  selfRatingAssessmentSchema,
  checklistAssessmentSchema,
]);

export type Assessment = z.infer<typeof assessmentSchema>;
