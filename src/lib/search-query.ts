// What the search asks Pagefind for, and where a result leads. Pure functions: the search island
// uses them, and tests/unit/search-query.test.ts proves them.

/**
 * Words that only make a question a question ("what can I do on a…"). Pagefind returns pages
 * that hold every word searched for, so a reader's natural question would find nothing; these
 * are left out of it. Words that carry meaning ("not", "allowed", "help") stay.
 */
const QUESTION_WORDS = new Set(
  `a about am an and are as at be can can't could did do does for from how i i'd i'll i'm i've if in is it it's me my of on or should so that the their them they this to us we what what's when where which who why will with would you your`.split(' '),
);

/** The words of a reader's query worth searching for: question words left out, unless nothing else is left. */
export function searchableQuery(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !QUESTION_WORDS.has(w.toLowerCase().replace(/[’]/g, "'").replace(/[?!.,;:]+$/, '')));
  return (kept.length ? kept : words).join(' ');
}

/** A part of a result's page, as Pagefind gives it: its address, and where its matches are and how much each weighs. */
export interface SectionLike {
  url: string;
  anchor?: unknown;
  weighted_locations?: { weight: number; balanced_score: number }[];
  locations?: number[];
}

/** The search weight of a page's title and its keywords (src/layouts/Guide.astro indexes both in its heading). */
export const TITLE_WEIGHT = 10;

/**
 * Where a result should open: the section of its page with the strongest matches in its text
 * (a heading's address, "…#the-heading"), or the page itself when those come before any heading.
 */
export function bestSectionUrl(pageUrl: string, sections: readonly SectionLike[]): string {
  let best: SectionLike | null = null;
  let bestScore = 0;
  for (const s of sections) {
    // A match in the title or the keywords says the page is right, not where in it.
    const score = s.weighted_locations?.filter((l) => l.weight < TITLE_WEIGHT).reduce((n, l) => n + l.balanced_score, 0) ?? s.locations?.length ?? 0;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best && best.anchor ? best.url : pageUrl;
}

/** About the height of one result on screen (title, excerpt, up to three headings), in CSS pixels. */
export const RESULT_HEIGHT = 150;

/**
 * How many results to load at first: those that fit on one screen of this height (3 to 12).
 * Each result costs its page's text (a Pagefind fragment), so the rest wait for "Show more results".
 */
export const resultsOnScreen = (viewportHeight: number) => Math.max(3, Math.min(12, Math.ceil(viewportHeight / RESULT_HEIGHT)));
