// Cross-file rules the schemas alone cannot express: citations, glossary terms, internal
// links and empty sections. Pure functions over text; the content check feeds them files.

import { words } from './readability.ts';

export interface ContentIssue {
  file: string;
  field: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}

/** Remove MDX comments and fenced code so that rules see only what a reader sees. */
function withoutComments(body: string): string {
  return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/```[\s\S]*?```/g, '');
}

export function citedSourceIds(body: string): string[] {
  const ids = new Set<string>();
  const text = withoutComments(body);
  for (const m of text.matchAll(/<Cite\s+[^>]*?id=["']([^"']+)["']/g)) ids.add(m[1]);
  for (const m of text.matchAll(/<ScopeTable\b[^>]*?\bsource=["']([^"']+)["']/g)) ids.add(m[1]);
  return [...ids];
}

export function usedTermIds(body: string): string[] {
  const ids = new Set<string>();
  for (const m of withoutComments(body).matchAll(/<Term\s+[^>]*?id=["']([^"']+)["']/g)) ids.add(m[1]);
  return [...ids];
}

/** Internal links in markdown, JSX href attributes and component props. */
export function internalLinks(body: string): string[] {
  const links = new Set<string>();
  const text = withoutComments(body);
  for (const m of text.matchAll(/\]\((\/[^)\s]*)\)/g)) links.add(m[1]);
  for (const m of text.matchAll(/href=["'](\/[^"']*)["']/g)) links.add(m[1]);
  return [...links];
}

export interface LinkTargets {
  /** Every page path on the site, with a trailing slash, e.g. "/guides/scope-of-practice/". */
  pages: Set<string>;
  /** Anchors that exist on generated pages, e.g. "/glossary/" -> glossary ids. */
  anchors: Map<string, Set<string>>;
}

export function linkProblem(link: string, targets: LinkTargets): string | null {
  const [rawPath, hash] = link.split('#');
  let path = rawPath === '' ? '/' : rawPath;
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path += '/';
  if (!targets.pages.has(path)) return `links to "${link}", but there is no page at ${path}`;
  if (hash) {
    const anchors = targets.anchors.get(path);
    if (anchors && !anchors.has(hash)) return `links to "${link}", but ${path} has no entry "${hash}"`;
  }
  return null;
}

/** Headings that are followed by nothing (or only by another heading of the same or higher level). */
export function emptySections(body: string): string[] {
  const lines = withoutComments(body).split('\n');
  const empty: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = /^(#{1,6})\s+(.+?)\s*$/.exec(lines[i]);
    if (!h) continue;
    const level = h[1].length;
    let j = i + 1;
    let hasContent = false;
    for (; j < lines.length; j++) {
      const next = /^(#{1,6})\s/.exec(lines[j]);
      if (next) {
        if (next[1].length > level) hasContent = true; // a subsection counts as content
        break;
      }
      if (lines[j].trim() !== '') {
        hasContent = true;
        break;
      }
    }
    if (!hasContent) empty.push(h[2]);
  }
  return empty;
}

export function topLevelHeadings(body: string): string[] {
  return withoutComments(body)
    .split('\n')
    .filter((l) => /^#\s/.test(l))
    .map((l) => l.replace(/^#\s+/, ''));
}

/** Words a reader reads: prose plus the text inside component props, without markup. */
export function proseWordCount(body: string): number {
  const text = withoutComments(body)
    .replace(/^import .*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*?>/g, (tag) => ' ' + [...tag.matchAll(/=["']([^"']*)["']/g)].map((m) => m[1]).join(' ') + ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|{}[\]()]/g, ' ');
  return words(text).length;
}

export interface PageForCheck {
  file: string;
  body: string;
  sources: string[];
}

export function checkPage(page: PageForCheck, known: { sources: Set<string>; glossary: Set<string>; targets: LinkTargets; minWords: number }): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file: page.file, field, message });
  const cited = citedSourceIds(page.body);
  for (const id of page.sources) if (!known.sources.has(id)) add('sources', `unknown source id "${id}": add it to content/sources.yaml or fix the spelling`);
  for (const id of cited) {
    if (!known.sources.has(id)) add('body', `cites unknown source id "${id}": add it to content/sources.yaml or fix the spelling`);
    else if (!page.sources.includes(id)) add('sources', `the page cites "${id}" but its frontmatter "sources" does not list it`);
  }
  for (const id of page.sources) if (known.sources.has(id) && !cited.includes(id)) add('sources', `lists "${id}" but never cites it with <Cite id="${id}" />`);
  if (cited.length === 0) add('body', 'cites no source: add <Cite id="..." /> after each fact');
  for (const id of usedTermIds(page.body)) if (!known.glossary.has(id)) add('body', `<Term id="${id}"> is not in content/glossary.yaml`);
  for (const link of internalLinks(page.body)) {
    const problem = linkProblem(link, known.targets);
    if (problem) add('body', problem);
  }
  for (const heading of emptySections(page.body)) add('body', `the section "${heading}" is empty: write it or remove the heading`);
  for (const heading of topLevelHeadings(page.body)) add('body', `"# ${heading}" is a second page title: use "##" (the title comes from the frontmatter)`);
  for (const tag of withoutComments(page.body).match(/<ScopeTable\b[\s\S]*?\/>/g) ?? []) {
    const caption = /caption=(["'])((?:(?!\1).)*)\1/.exec(tag)?.[2] ?? '(no caption)';
    const origin = /\borigin=["']([^"']*)["']/.exec(tag)?.[1];
    if (origin !== 'source' && origin !== 'hub')
      add('body', `<ScopeTable caption="${caption}"> needs origin="source" (its rows are the source's own list) or origin="hub" (rows written for this hub, applying the source)`);
  }
  const words = proseWordCount(page.body);
  if (words < known.minWords) add('body', `has ${words} words; a published page needs at least ${known.minWords}`);
  return issues;
}

// ---- Knowledge checks: fairness and time ---------------------------------------------

/** The most a knowledge check's right answers may be the strictly longest option. */
export const MAX_LONGEST_RIGHT_SHARE = 0.4;

interface OptionLike {
  text: string;
  correct?: boolean;
  explanation?: string;
}
interface QuestionLike {
  type?: string;
  scenario?: string;
  prompt: string;
  options: OptionLike[];
}

/**
 * Of the questions where option length could be a cue (all but true-false, whose two options
 * are fixed words), the share whose right option is strictly longer than every other option.
 */
export function longestRightShare(questions: QuestionLike[]): { share: number; longest: number; counted: number } {
  const counted = questions.filter((q) => q.type !== 'true-false');
  const longest = counted.filter((q) => {
    const right = q.options.find((o) => o.correct);
    if (!right) return false;
    const len = right.text.trim().length;
    return q.options.every((o) => o === right || o.text.trim().length < len);
  }).length;
  return { share: counted.length ? longest / counted.length : 0, longest, counted: counted.length };
}

/** Words per minute a reader studies at; each question, skill or item adds time to decide. */
export const STUDY_WORDS_PER_MINUTE = 200;
export const SECONDS_PER_DECISION = 15;

const countWords = (...texts: (string | undefined)[]) => texts.reduce((n, t) => n + (t ? words(t).length : 0), 0);

/** Minutes a reader needs for some words and decisions, rounded up. */
export function studyMinutes(wordCount: number, decisions: number): number {
  return Math.max(1, Math.ceil(wordCount / STUDY_WORDS_PER_MINUTE + (decisions * SECONDS_PER_DECISION) / 60));
}

/** Minutes a guide or role page takes to read, from the words a reader reads. */
export function readingMinutes(body: string): number {
  return studyMinutes(proseWordCount(body), 0);
}

type AssessmentLike =
  | { kind: 'knowledge'; intro: string; questions: QuestionLike[] }
  | { kind: 'self-rating'; intro: string; domains: { description: string; skills: { text: string }[] }[]; reflection?: string }
  | { kind: 'checklist'; intro: string; groups: { items: { text: string }[] }[] };

/**
 * How long an assessment takes, from the words a reader reads: for a knowledge check, every
 * scenario, prompt, option and explanation (readers are asked to read each explanation).
 */
export function assessmentMinutes(a: AssessmentLike): { minutes: number; words: number } {
  let words = countWords(a.intro);
  let decisions = 0;
  if (a.kind === 'knowledge') {
    for (const q of a.questions) {
      words += countWords(q.scenario, q.prompt, ...q.options.flatMap((o) => [o.text, o.explanation]));
      decisions++;
    }
  } else if (a.kind === 'self-rating') {
    words += countWords(a.reflection);
    for (const d of a.domains) {
      words += countWords(d.description, ...d.skills.map((s) => s.text));
      decisions += d.skills.length;
    }
  } else {
    for (const g of a.groups) {
      words += countWords(...g.items.map((i) => i.text));
      decisions += g.items.length;
    }
  }
  return { minutes: studyMinutes(words, decisions), words };
}
