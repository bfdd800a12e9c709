import type { Translate } from './i18n.ts';

// Ends a piece of text as a sentence: a full stop is added only when it has no closing
// punctuation already ("n.d." and "Call 988." stay as they are), so no sentence ends "..".
export const asSentence = (text: string) => (/[.!?…]["”’)]*$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** A length of time as a reader says it, in the page's words (`t`): "about 40 minutes", "about 1 hour", "about 3 hours". */
export function aboutTime(minutes: number, t: Translate): string {
  if (minutes < 60) return t('time.minutes', { n: minutes });
  return t('time.hours', { n: Math.round(minutes / 60) });
}

/** The longest page title search engines and browser tabs show whole. */
export const MAX_TITLE = 70;

/** A page's title with what follows it (the hub's name, or the home page's tagline) when both fit in MAX_TITLE characters; else the title alone. */
export function fitTitle(title: string, after: string, separator = ' | '): string {
  const both = `${title}${separator}${after}`;
  return both.length <= MAX_TITLE ? both : title;
}

/** A number with its noun: "1 page", "3 pages". */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The most characters of a reader's note the one-page study record prints. */
export const PRINTED_NOTE_MAX = 120;

/**
 * A reader's note as the one-page study record prints it: whole when it fits in `max` characters,
 * else cut after the last whole word that fits, with `cut` true so the page can say so.
 */
export function shortenNote(note: string, max = PRINTED_NOTE_MAX): { text: string; cut: boolean } {
  const text = note.trim().replace(/\s+/g, ' ');
  if (text.length <= max) return { text, cut: false };
  const head = text.slice(0, max + 1);
  const space = head.lastIndexOf(' ');
  const kept = (space > max / 2 ? head.slice(0, space) : text.slice(0, max)).replace(/[\s,;:.–—-]+$/, '');
  return { text: `${kept}…`, cut: true };
}
