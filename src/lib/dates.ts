// Dates as the hub writes them: "March 1, 2026" (or "Mar 1, 2026" in a long list), and in
// Spanish "1 de marzo de 2026".
import { languages, type Lang } from './i18n.ts';

// One format per language, month style and time zone, made once (making one is slow, and every
// page of the build and every row of a long list asks for the same one).
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** A date in words, in the page's language. Pass timeZone 'UTC' for a date-only value (a content file's `updated`). */
export function formatDate(when: string | Date, timeZone?: string, month: 'long' | 'short' = 'long', lang: Lang = 'en'): string {
  const date = new Date(when);
  if (Number.isNaN(date.getTime())) return 'Invalid Date';
  const key = `${lang} ${month} ${timeZone ?? ''}`;
  let format = DATE_FORMATS.get(key);
  if (!format) DATE_FORMATS.set(key, (format = new Intl.DateTimeFormat(languages[lang].tag, { year: 'numeric', month, day: 'numeric', timeZone })));
  return format.format(date);
}
