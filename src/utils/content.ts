// Content queries shared by pages and components (Astro-dependent, so not in src/lib).
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { assessmentKindLabels, topicLabels } from '../lib/labels.ts';
import { readingMinutes } from '../lib/content-rules.ts';
import { assessmentHref, assessmentIdFrom, fixedPages, guideHref, roleHref } from '../lib/routes.ts';
import { stepTitles } from '../lib/packet.ts';
import { contentVersion } from '../lib/content-version.ts';
import { filesUnder } from '../integrations/files.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export async function getSite() {
  const site = await getEntry('site', 'site');
  if (!site) throw new Error('content/site.yaml is missing');
  return site.data.hub;
}

const byOrderThenTitle = (a: { data: { order: number; title: string } }, b: { data: { order: number; title: string } }) =>
  a.data.order - b.data.order || a.data.title.localeCompare(b.data.title);

export async function getGuides() {
  return (await getCollection('guides', (g) => !g.data.draft)).sort(byOrderThenTitle);
}

export async function getRoles() {
  return (await getCollection('roles', (r) => !r.data.draft)).sort(byOrderThenTitle);
}

export async function getAssessments() {
  return (await getCollection('assessments', (a) => !a.data.draft)).sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** Guides in reading order: by topic (in the order topics are listed), then order, then title. */
export async function getGuidesInReadingOrder() {
  const topicOrder = Object.keys(topicLabels);
  return (await getGuides()).sort(
    (a, b) => topicOrder.indexOf(a.data.topics[0]) - topicOrder.indexOf(b.data.topics[0]) || byOrderThenTitle(a, b),
  );
}

export type Guide = CollectionEntry<'guides'>;
export type Role = CollectionEntry<'roles'>;

// Working out a page's minutes parses its MDX: each page body is measured once per build (the
// body is the key, so an edit in \`astro dev\` is measured again).
const MEASURED = new Map<string, number>();
const measured = (body: string, tables: Parameters<typeof readingMinutes>[1]) => {
  let n = MEASURED.get(body);
  if (n === undefined) MEASURED.set(body, (n = readingMinutes(body, tables)));
  return n;
};

/** Minutes a guide, role page or assessment takes, from the words a reader reads (scope tables included). */
async function pageMinutes(page: string): Promise<number | undefined> {
  const assessment = (await getAssessments()).find((a) => assessmentHref(a.id) === page);
  if (assessment) return assessment.data.minutes;
  const entry = (await getGuides()).find((g) => guideHref(g.id) === page) ?? (await getRoles()).find((r) => roleHref(r.id) === page);
  if (!entry) return undefined;
  const tables = new Map((await getCollection('scopeTables')).map((t) => [t.id, t.data]));
  return measured(entry.body ?? '', tables);
}

/** Learning paths in order, each step with its minutes (stated, or worked out from its page). */
export async function getPaths() {
  const paths = (await getCollection('paths')).sort((a, b) => a.data.order - b.data.order);
  // Only the steps that state no time are measured.
  const minutes = new Map<string, number | undefined>();
  for (const step of paths.flatMap((p) => p.data.stages.flatMap((s) => s.steps))) {
    if (step.minutes === undefined && step.page && !minutes.has(step.page)) minutes.set(step.page, await pageMinutes(step.page));
  }
  return paths.map((p) => ({
    ...p,
    data: {
      ...p.data,
      stages: p.data.stages.map((stage) => ({
        ...stage,
        // The content check has made sure every step has a stated or a worked-out time.
        steps: stage.steps.map((step) => ({ ...step, minutes: step.minutes ?? minutes.get(step.page ?? '') ?? 1 })),
      })),
    },
  }));
}

/** Every page a path or checklist can point to (guides, roles, assessments): its title and kind. */
export async function getPageTitles() {
  return new Map<string, { title: string; kind: string }>([
    [fixedPages.roles, { title: 'Peer roles: the page for your setting', kind: 'Role pages' }],
    ...(await getGuides()).map((g) => [guideHref(g.id), { title: g.data.title, kind: 'Guide' }] as const),
    ...(await getRoles()).map((r) => [roleHref(r.id), { title: r.data.title, kind: 'Role page' }] as const),
    ...(await getAssessments()).map((a) => [assessmentHref(a.id), { title: a.data.title, kind: assessmentKindLabels[a.data.kind] }] as const),
  ]);
}

export async function getSourcesById() {
  const all = await getCollection('sources');
  return new Map(all.map((s) => [s.id, s.data]));
}

export type PathEntry = Awaited<ReturnType<typeof getPaths>>[number];
export type PageTitles = Awaited<ReturnType<typeof getPageTitles>>;

/**
 * A path's steps in order, numbered from 1, each with its stage and a title that tells it apart
 * from every other step on paper (src/lib/packet.ts: "The four crisis competencies (self-rating, retake)").
 */
export function pathSteps(path: PathEntry, titles: PageTitles) {
  const steps = path.data.stages.flatMap((stage) =>
    stage.steps.map((s) => {
      const page = s.page ? titles.get(s.page)! : undefined;
      return { ...s, stage: stage.title, title: s.task ?? page!.title, kind: page?.kind ?? 'With your agency', assessment: s.page ? assessmentIdFrom(s.page) !== null : false };
    }),
  );
  const distinct = stepTitles(steps);
  return steps.map((s, i) => ({ ...s, n: i + 1, printTitle: distinct[i] }));
}
export type PathStepView = ReturnType<typeof pathSteps>[number];

/** The edition of content/ this build was made from (src/lib/content-version.ts). */
let version: string | undefined;
export function getContentVersion(): string {
  if (version) return version;
  const dir = join(process.cwd(), 'content');
  return (version = contentVersion(filesUnder(dir).map((path) => ({ path, bytes: readFileSync(join(dir, path)) }))));
}
