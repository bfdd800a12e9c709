// Content queries shared by pages and components (Astro-dependent, so not in src/lib).
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { topicOrder } from '../lib/labels.ts';
import { DEFAULT_LANG, translator, type Lang } from '../lib/i18n.ts';
import { collectionIn, getStrings } from './i18n.ts';
import type { SiteWords } from '../schemas/site.ts';
import { readingMinutes } from '../lib/content-rules.ts';
import { assessmentHref, assessmentIdFrom, fixedPages, guideHref, roleHref } from '../lib/routes.ts';
import { stepTitles } from '../lib/packet.ts';
import { contentVersion } from '../lib/content-version.ts';
import { filesUnder } from '../integrations/files.ts';
import { readFileSync } from 'node:fs';
import { oncePerLang } from './once.ts';
import { join } from 'node:path';

/** content/site.yaml, with its reader-facing words in the page's language (content/<lang>/site.yaml) where they are given. */
export const getSite = oncePerLang(async (lang) => {
  const site = await getEntry('site', 'site');
  if (!site?.data.hub) throw new Error('content/site.yaml is missing');
  const hub = site.data.hub;
  const words = lang === DEFAULT_LANG ? undefined : (await getEntry('site', lang))?.data.words;
  if (!words) return { ...hub, crisisLine: { ...hub.crisisLine, call: undefined, text: undefined, textWord: undefined, chat: undefined, source: undefined } as typeof hub.crisisLine & Partial<NonNullable<SiteWords['crisisLine']>> };
  return {
    ...hub,
    tagline: words.tagline ?? hub.tagline,
    contact: words.contact ?? hub.contact,
    owner: words.owner ?? hub.owner,
    emergencyNote: words.emergencyNote ?? hub.emergencyNote,
    crisisLine: { ...hub.crisisLine, ...words.crisisLine, guideLink: words.crisisLine?.guideLink ?? hub.crisisLine.guideLink } as typeof hub.crisisLine & Partial<NonNullable<SiteWords['crisisLine']>>,
    localResources: hub.localResources.map((r, i) => ({ ...r, ...words.localResources?.[i] })),
    stateNotes: hub.stateNotes.map((n, i) => ({ ...n, ...words.stateNotes?.[i] })),
  };
});

const byOrderThenTitle = (a: { data: { order: number; title: string } }, b: { data: { order: number; title: string } }, lang: Lang = DEFAULT_LANG) =>
  a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, lang);

// Each takes the language of the page (English when not given) and returns that language's entries.
export const getGuides = oncePerLang(async (lang): Promise<readonly Guide[]> => ((await getCollection(collectionIn('guides', lang), (g) => !g.data.draft)) as Guide[]).sort((a, b) => byOrderThenTitle(a, b, lang)));

export const getRoles = oncePerLang(async (lang): Promise<readonly Role[]> => ((await getCollection(collectionIn('roles', lang), (r) => !r.data.draft)) as Role[]).sort((a, b) => byOrderThenTitle(a, b, lang)));

export const getAssessments = oncePerLang(async (lang): Promise<readonly CollectionEntry<'assessments'>[]> =>
  ((await getCollection(collectionIn('assessments', lang), (a) => !a.data.draft)) as CollectionEntry<'assessments'>[]).sort((a, b) => a.data.title.localeCompare(b.data.title, lang)),
);

/** A language's scope tables, by id ("mobile-crisis-team/in-and-out-of-role"). */
export const getScopeTables = oncePerLang(async (lang): Promise<readonly CollectionEntry<'scopeTables'>[]> => (await getCollection(lang === DEFAULT_LANG ? 'scopeTables' : 'esScopeTables')) as CollectionEntry<'scopeTables'>[]);

/** A language's glossary terms. */
export const getGlossary = oncePerLang(async (lang): Promise<readonly CollectionEntry<'glossary'>[]> => (await getCollection(lang === DEFAULT_LANG ? 'glossary' : 'esGlossary')) as CollectionEntry<'glossary'>[]);

/** Guides in reading order: by topic (in the order topics are listed), then order, then title. */
export const getGuidesInReadingOrder = oncePerLang(async (lang): Promise<readonly Guide[]> => {
  const order: readonly string[] = topicOrder;
  return [...(await getGuides(lang))].sort((a, b) => order.indexOf(a.data.topics[0]) - order.indexOf(b.data.topics[0]) || byOrderThenTitle(a, b));
});

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
async function pageMinutes(page: string, lang: Lang): Promise<number | undefined> {
  const assessment = (await getAssessments(lang)).find((a) => assessmentHref(a.id) === page);
  if (assessment) return assessment.data.minutes;
  const entry = (await getGuides(lang)).find((g) => guideHref(g.id) === page) ?? (await getRoles(lang)).find((r) => roleHref(r.id) === page);
  if (!entry) return lang === DEFAULT_LANG ? undefined : pageMinutes(page, DEFAULT_LANG);
  const tables = new Map((await getScopeTables(lang)).map((t) => [t.id, t.data]));
  return measured(entry.body ?? '', tables);
}

/** Learning paths in order, each step with its minutes (stated, or worked out from its page). */
export const getPaths = oncePerLang(async (lang) => {
  const paths = ((await getCollection(collectionIn('paths', lang))) as CollectionEntry<'paths'>[]).sort((a, b) => a.data.order - b.data.order);
  // Only the steps that state no time are measured.
  const minutes = new Map<string, number | undefined>();
  for (const step of paths.flatMap((p) => p.data.stages.flatMap((s) => s.steps))) {
    if (step.minutes === undefined && step.page && !minutes.has(step.page)) minutes.set(step.page, await pageMinutes(step.page, lang));
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
});

/**
 * Every page a path or checklist can point to (guides, roles, assessments): its title and kind,
 * in the page's language; a page not yet written in it keeps its English title, marked `english`.
 */
export const getPageTitles = oncePerLang(async (lang) => {
  const t = translator(await getStrings(lang), lang);
  const titles = async (l: Lang, english: boolean) =>
    [
      ...(await getGuides(l)).map((g) => [guideHref(g.id), { title: g.data.title, kind: t('kinds.guide'), english }] as const),
      ...(await getRoles(l)).map((r) => [roleHref(r.id), { title: r.data.title, kind: t('kinds.role'), english }] as const),
      ...(await getAssessments(l)).map((a) => [assessmentHref(a.id), { title: a.data.title, kind: t(`labels.assessmentKind.${a.data.kind}`), english }] as const),
    ] as const;
  return new Map<string, { title: string; kind: string; english: boolean }>([
    [fixedPages.roles, { title: t('kinds.rolesTitle'), kind: t('kinds.roles'), english: false }],
    ...(lang === DEFAULT_LANG ? [] : await titles(DEFAULT_LANG, true)),
    ...(await titles(lang, false)),
  ]);
});

/** Every source by id (sources are one list for all languages: the language is not asked). */
const sourcesById = oncePerLang(async () => new Map((await getCollection('sources')).map((s) => [s.id, s.data])));
export const getSourcesById = () => sourcesById();

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
