// The one statement of what content may hold. Framework-free: Astro's content config,
// the content check and the unit tests all use these same schemas.
import { z } from 'zod';

export const audiences = ['peer-worker', 'supervisor', 'agency', 'public'] as const;
export const topics = [
  'peer-support-basics',
  'crisis-system',
  'roles',
  'scope-and-ethics',
  'competencies',
  'role-drift',
  'supervision',
  'self-care',
  'trauma-and-culture',
  'agencies',
  'recovery-planning',
] as const;
export const settings = [
  'all-settings',
  '988-and-crisis-lines',
  'mobile-crisis',
  'crisis-stabilization',
  'peer-run-respite',
  'emergency-department',
  'inpatient',
  'outreach',
  'drop-in-center',
  'post-crisis',
] as const;
export const phases = ['prevention', 'response', 'post-crisis'] as const;
export const crisisElements = ['someone-to-talk-to', 'someone-to-respond', 'a-place-to-go', 'beyond-crisis-now'] as const;
export const driftKinds = [
  'organizational',
  'individual-clinical',
  'individual-informal',
  'appears-wrong-but-in-role',
  'feels-right-but-unethical',
] as const;

export type Audience = (typeof audiences)[number];
export type Topic = (typeof topics)[number];
export type Setting = (typeof settings)[number];
export type Phase = (typeof phases)[number];
export type DriftKind = (typeof driftKinds)[number];

const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens (for example "peer-drift")');
const sourceIds = z.array(slugId).min(1, 'list at least one source id from content/sources.yaml');
const internalPath = z
  .string()
  .regex(/^\/[a-z0-9\-/#]*$/, 'use a path on this site that starts with "/" (for example "/guides/scope-of-practice/")');
const nonEmptyList = <T extends z.ZodType>(item: T, what: string) => z.array(item).min(1, `list at least one ${what}`);

const pageFields = {
  title: z.string().min(3).max(120),
  description: z.string().min(20).max(160, 'keep the description to 160 characters or fewer'),
  audience: nonEmptyList(z.enum(audiences), 'audience'),
  topics: nonEmptyList(z.enum(topics), 'topic'),
  settings: z.array(z.enum(settings)).default(['all-settings']),
  sources: sourceIds,
  updated: z.coerce.date(),
  draft: z.boolean().default(false),
  order: z.number().int().min(0).max(999).default(100),
};

export const guideSchema = z.object(pageFields).strict();

export const roleSchema = z
  .object({
    ...pageFields,
    phases: nonEmptyList(z.enum(phases), 'phase'),
    crisisElement: z.enum(crisisElements),
    setting: z.enum(settings).refine((s) => s !== 'all-settings', 'a role page names one setting, not all-settings'),
  })
  .strict();

export const sourceSchema = z
  .object({
    id: slugId,
    author: z.string().min(2),
    publisher: z.string().min(2),
    title: z.string().min(3),
    year: z.string().min(2),
    kind: z.string().min(2),
    short: z.string().min(2).max(60),
    covers: z.string().min(10),
    file: z.string().optional(),
    via: slugId.optional(),
  })
  .strict()
  .refine((s) => Boolean(s.file) !== Boolean(s.via), {
    message: 'give either "file" (a document in the source folder) or "via" (the source id it is known through), not both',
    path: ['via'],
  });

export const glossaryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens'),
    term: z.string().min(1),
    definition: z.string().min(10),
    sources: z.array(slugId).default([]),
    state: z.string().optional(),
    related: z.array(z.string()).default([]),
  })
  .strict();

export const siteSchema = z
  .object({
    name: z.string().min(2).max(60),
    tagline: z.string().min(5).max(160),
    owner: z.string().min(2),
    ownerUrl: z.string().url().optional(),
    contact: z.string().optional(),
    crisisLine: z
      .object({
        heading: z.string().min(5),
        number: z.string().regex(/^[0-9]{3,15}$/, 'digits only, for example "988"'),
        textNumber: z.string().regex(/^[0-9]{3,15}$/, 'digits only, for example "988"'),
        note: z.string().min(5),
      })
      .strict(),
    emergencyNote: z.string().min(5),
    localResources: z
      .array(
        z
          .object({
            name: z.string().min(2),
            description: z.string().min(5),
            phone: z.string().optional(),
            hours: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    stateNotes: z.array(z.object({ state: z.string().min(2), note: z.string().min(10) }).strict()).default([]),
  })
  .strict();

// ---- Assessments ----------------------------------------------------------------

const assessmentBase = {
  title: z.string().min(3).max(120),
  description: z.string().min(20).max(160, 'keep the description to 160 characters or fewer'),
  audience: nonEmptyList(z.enum(audiences), 'audience'),
  topics: nonEmptyList(z.enum(topics), 'topic'),
  sources: sourceIds,
  relatedGuides: z.array(internalPath).default([]),
  minutes: z.number().int().min(1).max(120),
  intro: z.string().min(20),
  draft: z.boolean().default(false),
};

const optionSchema = z
  .object({
    id: slugId,
    text: z.string().min(1),
    correct: z.boolean().default(false),
    explanation: z.string().min(10, 'every option needs an explanation of why it is right or wrong'),
  })
  .strict();

const questionSchema = z
  .object({
    id: slugId,
    type: z.enum(['scenario', 'single', 'true-false']),
    setting: z.enum(settings).optional(),
    scenario: z.string().optional(),
    prompt: z.string().min(5),
    options: z.array(optionSchema).min(2).max(5),
    sources: sourceIds,
    guide: internalPath,
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

const uniqueIds = (items: { id: string }[], ctx: z.RefinementCtx, path: (string | number)[], what: string) => {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `duplicate ${what} id "${item.id}"` });
    seen.add(item.id);
  });
};

export const knowledgeAssessmentSchema = z
  .object({ ...assessmentBase, kind: z.literal('knowledge'), questions: z.array(questionSchema).min(3) })
  .strict()
  .superRefine((a, ctx) => uniqueIds(a.questions, ctx, ['questions'], 'question'));

export const selfRatingAssessmentSchema = z
  .object({
    ...assessmentBase,
    kind: z.literal('self-rating'),
    scale: z.tuple([z.string().min(2), z.string().min(2), z.string().min(2), z.string().min(2)]),
    reflective: z.boolean().default(false),
    domains: z
      .array(
        z
          .object({
            id: slugId,
            title: z.string().min(3),
            group: z.string().optional(),
            description: z.string().min(10),
            guide: internalPath,
            skills: z
              .array(
                z
                  .object({
                    id: slugId,
                    /** The skill, as the reader rates it. */
                    text: z.string().min(5),
                    /**
                     * Who wrote it: "source" (the source's own skill, in plain words), "reworded" (the
                     * hub changed what it asks, and says so beside it) or "hub" (written for this hub;
                     * no source lists it).
                     */
                    wording: z.enum(['source', 'reworded', 'hub']).default('source'),
                    /**
                     * A question about the reader's own recovery or life: the rating stays with the
                     * reader and is left out of averages, strengths and growth areas.
                     */
                    reflective: z.boolean().default(false),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1),
    reflection: z.string().min(5).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    uniqueIds(a.domains, ctx, ['domains'], 'domain');
    a.domains.forEach((d, i) => uniqueIds(d.skills, ctx, ['domains', i, 'skills'], 'skill'));
  });

export const checklistAssessmentSchema = z
  .object({
    ...assessmentBase,
    kind: z.literal('checklist'),
    groups: z
      .array(
        z
          .object({
            id: slugId,
            title: z.string().min(3),
            items: z.array(z.object({ id: slugId, text: z.string().min(5), guide: internalPath }).strict()).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((a, ctx) => {
    uniqueIds(a.groups, ctx, ['groups'], 'group');
    a.groups.forEach((g, i) => uniqueIds(g.items, ctx, ['groups', i, 'items'], 'item'));
  });

export const assessmentSchema = z.discriminatedUnion('kind', [
  knowledgeAssessmentSchema,
  selfRatingAssessmentSchema,
  checklistAssessmentSchema,
]);

export type Assessment = z.infer<typeof assessmentSchema>;
export type KnowledgeAssessment = z.infer<typeof knowledgeAssessmentSchema>;
export type SelfRatingAssessment = z.infer<typeof selfRatingAssessmentSchema>;
export type ChecklistAssessment = z.infer<typeof checklistAssessmentSchema>;

// ---- Learning paths ---------------------------------------------------------------

export const pathSchema = z
  .object({
    title: z.string().min(3).max(120),
    description: z.string().min(20).max(160),
    audience: nonEmptyList(z.enum(audiences), 'audience'),
    goal: z.string().min(10),
    order: z.number().int().min(0).default(100),
    stages: z
      .array(
        z
          .object({
            title: z.string().min(2),
            steps: z
              .array(
                z
                  .object({
                    /** A page of this hub to read or take. Give `page` or `task`, not both. */
                    page: internalPath.optional(),
                    /**
                     * Something done with the agency, off the hub (for example "Learn your agency's
                     * emergency procedure"). It is signed off on the printed checklist, not tracked online.
                     */
                    task: z.string().min(5).max(120).optional(),
                    /**
                     * Optional for a page of the hub: the build works it out from the words a reader
                     * reads (or the assessment's own minutes). Give it for a task or the roles index,
                     * or to allow more time than the words take.
                     */
                    minutes: z.number().int().min(1).max(240).optional(),
                    why: z.string().min(5),
                  })
                  .strict()
                  .refine((s) => (s.page === undefined) !== (s.task === undefined), { message: 'give a step either a "page" or a "task", not both' }),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type PathDefinition = z.infer<typeof pathSchema>;

// ---- Printable handouts -------------------------------------------------------------

export const handoutSchema = z
  .object({
    id: slugId,
    title: z.string().min(3).max(120),
    pages: z.number().int().min(1).max(4),
    intro: z.string().min(10),
    sections: z
      .array(
        z
          .object({
            heading: z.string().min(2),
            numbered: z.boolean().default(false),
            items: z.array(z.string().min(2)).min(1),
          })
          .strict(),
      )
      .min(1),
    sources: sourceIds,
    guide: internalPath,
  })
  .strict();

// ---- Pages that moved ---------------------------------------------------------------

/**
 * A page that was merged into another or renamed. Its old address stays as a short page that
 * says where it went and links on, so bookmarks, printed handouts and search engines still work.
 */
export const movedPageSchema = z
  .object({
    /** The old address, for example "/guides/support-for-peer-staff/". No page may live there now. */
    from: internalPath,
    /** Where its content lives now: any page of the hub. */
    to: internalPath,
    /** The old page's title, as a reader may remember it. */
    title: z.string().min(3).max(120),
    /** One or two sentences on what happened to the content, for example what was merged where. */
    note: z.string().min(10),
  })
  .strict();
