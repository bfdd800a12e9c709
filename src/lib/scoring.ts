// Scoring for the three kinds of self-assessment. Pure functions of the definition and answers.
import type { KnowledgeAssessment } from '../schemas/assessment-knowledge.ts';
import type { SelfRatingAssessment } from '../schemas/assessment-self-rating.ts';

export type Question = KnowledgeAssessment['questions'][number];

export function correctOptionId(q: Question): string {
  const option = q.options.find((o) => o.correct);
  if (!option) throw new Error(`question ${q.id} has no correct option`);
  return option.id;
}

export function scoreKnowledge(a: Pick<KnowledgeAssessment, 'questions'>, answers: Record<string, string>) {
  const missed: Question[] = [];
  let correct = 0;
  for (const q of a.questions) {
    if (answers[q.id] === correctOptionId(q)) correct++;
    else missed.push(q);
  }
  return { correct, total: a.questions.length, percent: Math.round((correct / a.questions.length) * 100), missed };
}

/** A stable order, or a shuffled one from a seed (so a resumed attempt keeps its order). */
export function questionOrder(ids: string[], seed?: number): string[] {
  if (seed === undefined) return [...ids];
  const out = [...ids];
  let s = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: small, deterministic, good enough to shuffle a quiz
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface DomainScore {
  id: string;
  title: string;
  group?: string;
  guide: string;
  /** Mean rating from 1 to 4 over the rated skills, or null when none is rated. */
  mean: number | null;
  rated: number;
  total: number;
}

/** What a profile needs of a self-rating: its domains and, per skill, whether it is reflective. */
export type RatedDomains = { domains: (Pick<SelfRatingAssessment['domains'][number], 'id' | 'title' | 'group' | 'guide'> & { skills: { id: string; reflective?: boolean }[] })[] };

/**
 * Mean rating per domain. Reflective skills (about the reader's own recovery) are rated for the
 * reader alone and never counted, so they can never show as a strength or a growth area.
 */
export function ratingProfile(a: RatedDomains, ratings: Record<string, number>): DomainScore[] {
  return a.domains.map((d) => {
    const counted = d.skills.filter((s) => !s.reflective);
    const values = counted.map((s) => ratings[s.id]).filter((v): v is number => typeof v === 'number');
    const mean = values.length ? Math.round((values.reduce((x, y) => x + y, 0) / values.length) * 100) / 100 : null;
    return { id: d.id, title: d.title, group: d.group, guide: d.guide, mean, rated: values.length, total: counted.length };
  });
}

/**
 * Strengths: domains at 3 ("with support" on the default scale) or above, highest first.
 * Growth areas: domains below 2.5, lowest first. Both at most `limit` long.
 */
export function strengthsAndGrowth(profile: DomainScore[], limit = 3) {
  const rated = profile.filter((d) => d.mean !== null) as (DomainScore & { mean: number })[];
  return {
    strengths: rated
      .filter((d) => d.mean >= 3)
      .sort((a, b) => b.mean - a.mean)
      .slice(0, limit),
    growth: rated
      .filter((d) => d.mean < 2.5)
      .sort((a, b) => a.mean - b.mean)
      .slice(0, limit),
  };
}

/** Change per domain since an earlier attempt (null where either side is unrated). */
export function ratingChange(before: DomainScore[], after: DomainScore[]) {
  return after.map((d) => {
    const b = before.find((x) => x.id === d.id);
    const delta = b && b.mean !== null && d.mean !== null ? Math.round((d.mean - b.mean) * 100) / 100 : null;
    return { id: d.id, title: d.title, before: b?.mean ?? null, after: d.mean, delta };
  });
}

/** How much of a checklist is ticked; `remaining` keeps whatever each item carries (the whole item on the checklist page, its id on My progress). */
export function checklistProgress<I extends { id: string }>(a: { groups: { title: string; items: I[] }[] }, checked: string[]) {
  const ticked = new Set(checked);
  const items = a.groups.flatMap((g) => g.items.map((it) => ({ ...it, group: g.title })));
  const done = items.filter((it) => ticked.has(it.id)).length;
  return {
    done,
    total: items.length,
    percent: items.length ? Math.round((done / items.length) * 100) : 0,
    remaining: items.filter((it) => !ticked.has(it.id)),
  };
}
