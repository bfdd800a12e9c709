// Dates as the hub writes them: "March 1, 2026" (or "Mar 1, 2026" in a long list).

/** A date in words. Pass timeZone 'UTC' for a date-only value (a content file's `updated`). */
export function formatDate(when: string | Date, timeZone?: string, month: 'long' | 'short' = 'long'): string {
  return new Date(when).toLocaleDateString('en-US', { year: 'numeric', month, day: 'numeric', timeZone });
}
