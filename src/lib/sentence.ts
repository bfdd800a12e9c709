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
