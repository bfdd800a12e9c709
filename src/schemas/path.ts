// A learning path: content/paths/<id>.yaml, published at /paths/<id>/. Stages of steps, each a
// page of the hub to read or take, or a task done with the agency.
import { z } from 'zod';
import { audiences } from './enums.ts';
import { internalPath, nonEmptyList } from './fields.ts';

const stepSchema = z
  .object({
    page: internalPath
      .optional()
      .describe('A page of this hub to read or take, for example `/guides/what-is-peer-support/`. Give `page` or `task`, not both.'),
    task: z
      .string()
      .min(5)
      .max(120)
      .optional()
      .describe('Something done with the agency, off the hub, for example "Learn your agency\'s emergency procedure"; it is signed off on the printed checklist.'),
    minutes: z
      .number()
      .int()
      .min(1)
      .max(240)
      .optional()
      .describe('How long it takes: needed for a task or `/roles/`; for another page the build works it out, and a number here must be at least that.'),
    why: z.string().min(5).describe('Why this step matters, in a sentence, shown with it.'),
  })
  .strict()
  .refine((s) => (s.page === undefined) !== (s.task === undefined), { message: 'give a step either a "page" or a "task", not both' });

const stageSchema = z
  .object({
    title: z.string().min(2).describe('The stage\'s heading, for example "First, the basics".'),
    steps: z.array(stepSchema).min(1).describe('What to read, take or do in this stage, in order.'),
  })
  .strict();

export const pathSchema = z
  .object({
    title: z.string().min(3).max(120).describe('The path\'s title: its main heading, and its name in lists and search results.'),
    description: z.string().min(20).max(160).describe('One or two sentences on what the path covers, shown in lists and search results.'),
    audience: nonEmptyList(z.enum(audiences), 'audience').describe('Who the path is for.'),
    goal: z.string().min(10).describe('What the reader can do by the end, shown after "By the end:".'),
    order: z.number().int().min(0).default(100).describe('Its place in the list of paths: lower numbers come first.'),
    stages: z.array(stageSchema).min(1).describe('The parts of the path, in order, each with a heading and its steps.'),
  })
  .strict();

export type PathDefinition = z.infer<typeof pathSchema>;
