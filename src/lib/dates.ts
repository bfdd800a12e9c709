// Dates as the hub writes them: "March 1, 2026" (or "Mar 1, 2026" in a long list), and in
// Spanish "1 de marzo de 2026".
import { languages, type Lang } from './i18n.ts';

/** A date in words, in the page's language. Pass timeZone 'UTC' for a date-only value (a content file's `updated`). */
export function formatDate(when: string | Date, timeZone?: string, month: 'long' | 'short' = 'long', lang: Lang = 'en'): string {
  return new Date(when).toLocaleDateString(languages[lang].tag, { year: 'numeric', month, day: 'numeric', timeZone });
}
