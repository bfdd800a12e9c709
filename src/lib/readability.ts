// Plain-language measures for content rules: the prose a reader reads on a guide or role page,
// its sentences, and its Flesch-Kincaid grade. Framework-free; the content check and the unit
// tests use it. Syllables and the grade formula come from kept libraries (syllable,
// flesch-kincaid); this file only decides what counts as prose, read from the page's MDX tree
// (./mdx-tree.ts) so that code and comments are never measured, and where sentences end.
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
import type { Nodes, PhrasingContent, Root } from 'mdast';
import { spanishSyllables } from './spanish-syllables.ts';
import type { Lang } from './i18n.ts';
import { BLOCK_COMPONENTS, inlineText, isJsx, isUnseen, lineOf, parseMdx, stringProp, type JsxElement } from './mdx-tree.ts';

/** The highest Flesch-Kincaid grade a guide or role page in English may read at. */
export const MAX_GRADE = 8;
/**
 * The lowest INFLESZ score a guide or role page in Spanish may have. INFLESZ is the
 * Szigriszt-Pazos perspicuity formula (206.835 - 62.3 x syllables per word - words per
 * sentence) read on the scale of Barrio-Cantalejo and others (2008): 55 to 65 is "normal",
 * the level they ask of health texts for the public, as grade 8 is in English.
 */
export const MIN_INFLESZ = 55;
/** The most words a sentence of running prose may have (tables and lists are not held to it). */
export const MAX_SENTENCE_WORDS = 30;

/** One block of text a reader reads, whether it is running prose or a list item, and its line in the file. */
export interface TextBlock {
  kind: 'prose' | 'list';
  text: string;
  line: number;
}

/** The props of a worked scenario (<DriftExample />) a reader reads as paragraphs, in order. */
const DRIFT_FIELDS = ['happened', 'why', 'instead', 'ask'];

/**
 * The text of an MDX page or body as blocks: paragraphs, callout text and worked scenarios
 * are prose; list items are lists. Headings, tables (markdown or ScopeTable), imports,
 * comments and code are left out.
 */
export function textBlocks(page: string | Root): TextBlock[] {
  const tree = typeof page === 'string' ? parseMdx(page) : page;
  const blocks: TextBlock[] = [];
  const push = (kind: TextBlock['kind'], text: string, line: number) => {
    if (text) blocks.push({ kind, text, line });
  };
  const scenario = (element: JsxElement) => {
    for (const field of DRIFT_FIELDS) {
      const value = stringProp(element, field);
      if (value) push('prose', value.replace(/\s+/g, ' ').trim(), lineOf(element));
    }
  };
  // A paragraph's inline content; a callout or scenario written inline is a block of its own.
  const inline = (nodes: PhrasingContent[], kind: TextBlock['kind'], line: number) => {
    let run: PhrasingContent[] = [];
    const flush = () => {
      push(kind, inlineText(run), run.length ? lineOf(run[0]) : line);
      run = [];
    };
    for (const node of nodes) {
      if (isJsx(node) && BLOCK_COMPONENTS.has(node.name ?? '')) {
        flush();
        if (node.name === 'Callout') inline(node.children, kind, lineOf(node));
        else if (node.name === 'DriftExample') scenario(node);
      } else run.push(node);
    }
    flush();
  };
  const flow = (nodes: Nodes[], kind: TextBlock['kind']) => {
    for (const node of nodes) {
      if (isUnseen(node) || node.type === 'heading' || node.type === 'table' || node.type === 'thematicBreak') continue;
      if (node.type === 'paragraph') inline(node.children, kind, lineOf(node));
      else if (node.type === 'listItem') flow(node.children, 'list');
      else if (isJsx(node) && node.name === 'DriftExample') scenario(node);
      else if (isJsx(node) && node.name === 'ScopeTable') continue;
      else if ('children' in node) flow(node.children as Nodes[], kind);
    }
  };
  flow(tree.children, 'prose');
  return blocks;
}

/** Abbreviations after which a full stop does not end a sentence. */
const NO_BREAK_AFTER = /(?:\b(?:e\.g|i\.e|vs|Dr|Mr|Mrs|Ms|St|No|etc|approx)\.|\b(?:[A-Z]\.){2,})$/;

/** Split a block of text into sentences at ., ! or ? followed by a space and a capital or digit (a Spanish one may open with ¿ or ¡). */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]+["”’»)\]]*\s+(?=["“‘«(\[¿¡]?[\p{Lu}0-9])/gu;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    const before = text.slice(start, m.index + m[0].trimEnd().length);
    if (NO_BREAK_AFTER.test(before.replace(/["”’)\]]+$/, ''))) continue;
    out.push(before.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => words(s).length > 0);
}

/** The words of a text: runs of letters and digits, with inner apostrophes and hyphens. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

// Counting a word's syllables is the slowest part of the content check (the library tries many
// patterns), and a site uses a few thousand words many times over: each is counted once.
const SYLLABLES: Record<Lang, Map<string, number>> = { en: new Map(), es: new Map() };
const COUNT: Record<Lang, (word: string) => number> = { en: syllable, es: spanishSyllables };
function syllablesIn(word: string, lang: Lang = 'en'): number {
  const key = word.toLowerCase();
  let n = SYLLABLES[lang].get(key);
  if (n === undefined) {
    n = Math.max(1, COUNT[lang](key));
    SYLLABLES[lang].set(key, n);
  }
  return n;
}

export interface Readability {
  /** Flesch-Kincaid grade of the page's prose, one decimal place (English pages). */
  grade: number;
  /** INFLESZ score of the page's prose, one decimal place (Spanish pages; higher is plainer). */
  inflesz: number;
  words: number;
  sentences: number;
  /** Sentences of running prose longer than MAX_SENTENCE_WORDS, with their word counts and the line of their paragraph. */
  longSentences: { words: number; text: string; line: number }[];
}

/** Flesch-Kincaid grade of some sentences (0 for none). */
export function gradeOf(list: string[]): number {
  let wordCount = 0;
  let syllableCount = 0;
  for (const s of list)
    for (const w of words(s)) {
      wordCount++;
      syllableCount += syllablesIn(w);
    }
  if (wordCount === 0) return 0;
  return Math.round(fleschKincaid({ sentence: list.length, word: wordCount, syllable: syllableCount }) * 10) / 10;
}

/** INFLESZ (Szigriszt-Pazos) score of some Spanish sentences, one decimal place (0 for none). */
export function infleszOf(list: string[]): number {
  let wordCount = 0;
  let syllableCount = 0;
  for (const s of list)
    for (const w of words(s)) {
      wordCount++;
      syllableCount += syllablesIn(w, 'es');
    }
  if (wordCount === 0) return 0;
  return Math.round((206.835 - (62.3 * syllableCount) / wordCount - wordCount / list.length) * 10) / 10;
}

/** Reading level of a guide or role page (its MDX, its tree, or its text blocks), measured over its running prose: the grade in English, INFLESZ in Spanish. */
export function readability(page: string | Root | TextBlock[], lang: Lang = 'en'): Readability {
  const blocks = Array.isArray(page) ? page : textBlocks(page);
  const sentencesOf = blocks.filter((b) => b.kind === 'prose').flatMap((b) => sentences(b.text).map((text) => ({ text, line: b.line })));
  const prose = sentencesOf.map((s) => s.text);
  const longSentences = sentencesOf.map((s) => ({ words: words(s.text).length, ...s })).filter((s) => s.words > MAX_SENTENCE_WORDS);
  return {
    grade: lang === 'en' ? gradeOf(prose) : 0,
    inflesz: lang === 'es' ? infleszOf(prose) : 0,
    words: prose.reduce((n, s) => n + words(s).length, 0),
    sentences: prose.length,
    longSentences,
  };
}
