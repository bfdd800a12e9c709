// One question of a knowledge check, with the options a reader chooses from.
import { z } from 'zod';
import { settings } from './enums.ts';
import { internalPath, slugId, sourceIds } from './fields.ts';

const optionSchema = z
  .object({
    id: slugId.describe('The option\'s id, different from the question\'s other options; a true-false question\'s two are `true` and `false`.'),
    text: z.string().min(1).describe('The answer as the reader sees it.'),
    correct: z.boolean().default(false).describe('`true` for the one right answer; leave it out for the others.'),
    explanation: z
      .string()
      .min(10, 'every option needs an explanation of why it is right or wrong')
      .describe('Why this answer is right or wrong, shown once the reader has answered.'),
  })
  .strict();

export const questionSchema = z
  .object({
    id: slugId.describe('The question\'s id, different from every other question\'s in the file; saved answers use it, so keep it once published.'),
    type: z
      .enum(['scenario', 'single', 'true-false'])
      .describe('`scenario` (a situation, then a question about it), `single` (a question with one right option) or `true-false`.'),
    setting: z.enum(settings).optional().describe('The crisis setting a scenario happens in; the page lists the settings its questions cover.'),
    scenario: z.string().optional().describe('The situation, in a few sentences; a `scenario` question needs one.'),
    prompt: z.string().min(5).describe('The question itself, for example "Which kind of drift, if any, does this show?".'),
    options: z.array(optionSchema).min(2).max(5).describe('The answers to choose from, exactly one of them with `correct: true`.'),
    sources: sourceIds.describe('The sources the question and its explanations draw on, each also listed in the file\'s `sources`.'),
    guide: internalPath.describe('The page to read more on, linked once the reader has answered, for example `/guides/scope-of-practice/`.'),
  })
  .strict()
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct !== 1) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `exactly one option must have "correct: true" (found ${correct})` });
    }
    if (new Set(q.options.map((o) => o.id)).size !== q.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be unique within a question' });
    }
    if (q.type === 'scenario' && !q.scenario) {
      ctx.addIssue({ code: 'custom', path: ['scenario'], message: 'a scenario question needs a "scenario" text' });
    }
    if (q.type === 'true-false') {
      const ids = q.options.map((o) => o.id).sort().join(',');
      if (ids !== 'false,true') {
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'a true-false question has exactly two options with ids "true" and "false"' });
      }
    }
  });
