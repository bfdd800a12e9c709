// Plain-language measures for content rules: the prose a reader reads on a guide or role page,
// its sentences, and its Flesch-Kincaid grade. Framework-free; the content check and the unit
// tests use it. Syllables and the grade formula come from kept libraries (syllable,
// flesch-kincaid); this file only decides what counts as prose and where sentences end.
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';

/** The highest Flesch-Kincaid grade a guide or role page may read at. */
export const MAX_GRADE = 8;
/** The most words a sentence of running prose may have (tables and lists are not held to it). */
export const MAX_SENTENCE_WORDS = 30;

/** One block of text a reader reads, and whether it is running prose or a list item. */
export interface TextBlock {
  kind: 'prose' | 'list';
  text: string;
}

const DRIFT_FIELDS = ['happened', 'why', 'instead', 'ask'];

/** Values of string props (`name="..."` or `name={"..."}`) in a JSX tag's source. */
function stringProps(tag: string): Map<string, string> {
  const props = new Map<string, string>();
  for (const m of tag.matchAll(/([A-Za-z]+)=(?:\{\s*)?(["'])((?:\\.|(?!\2)[^\\])*)\2/g)) props.set(m[1], m[3].replace(/\\(.)/g, '$1'));
  return props;
}

/** Markdown and inline JSX reduced to the words a reader sees. */
function inlineText(line: string): string {
  return line
    .replace(/<Cite\b[^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The text of an MDX body as blocks: paragraphs, callout text and worked scenarios are prose;
 * list items are lists. Headings, tables (markdown or ScopeTable), imports, comments and code
 * are left out.
 */
export function textBlocks(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let text = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/^import .*$/gm, '')
    .replace(/<ScopeTable\b[\s\S]*?\/>/g, '\n\n');
  // Worked scenarios: each field the reader reads is a paragraph of its own.
  text = text.replace(/<DriftExample\b[\s\S]*?\/>/g, (tag) => {
    const props = stringProps(tag);
    return '\n\n' + DRIFT_FIELDS.map((f) => props.get(f) ?? '').filter(Boolean).join('\n\n') + '\n\n';
  });
  // Block-level component tags on their own lines end a paragraph.
  text = text.replace(/^\s*<\/?(?:Callout|TableScroll|figure|div|section)\b[^>]*>\s*$/gm, '\n');
  text = text.replace(/<Callout\b[^>]*>/g, '\n\n').replace(/<\/Callout>/g, '\n\n');

  let current: TextBlock | null = null;
  const flush = () => {
    if (current) {
      const t = inlineText(current.text);
      if (t) blocks.push({ kind: current.kind, text: t });
    }
    current = null;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (/^\s*#{1,6}\s/.test(line) || /^\s*\|/.test(line)) {
      flush();
      continue;
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      current = { kind: 'list', text: item[1] };
      continue;
    }
    if (current) current.text += ' ' + line.trim();
    else current = { kind: 'prose', text: line.trim() };
  }
  flush();
  return blocks;
}

/** Abbreviations after which a full stop does not end a sentence. */
const NO_BREAK_AFTER = /(?:\b(?:e\.g|i\.e|vs|Dr|Mr|Mrs|Ms|St|No|etc|approx)\.|\b(?:[A-Z]\.){2,})$/;

/** Split a block of text into sentences at ., ! or ? followed by a space and a capital or digit. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]+["”’)\]]*\s+(?=["“‘(\[]?[A-Z0-9])/g;
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

function syllablesIn(word: string): number {
  return Math.max(1, syllable(word));
}

export interface Readability {
  /** Flesch-Kincaid grade of the page's prose, one decimal place. */
  grade: number;
  words: number;
  sentences: number;
  /** Sentences of running prose longer than MAX_SENTENCE_WORDS, with their word counts. */
  longSentences: { words: number; text: string }[];
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

/** Reading level of a guide or role page: the grade is measured over its running prose. */
export function readability(body: string): Readability {
  const blocks = textBlocks(body);
  const prose = blocks.filter((b) => b.kind === 'prose').flatMap((b) => sentences(b.text));
  const longSentences = prose.map((text) => ({ words: words(text).length, text })).filter((s) => s.words > MAX_SENTENCE_WORDS);
  return {
    grade: gradeOf(prose),
    words: prose.reduce((n, s) => n + words(s).length, 0),
    sentences: prose.length,
    longSentences,
  };
}
