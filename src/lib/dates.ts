// Dates as the hub writes them: "March 1, 2026".

/** A date in words. Pass timeZone 'UTC' for a date-only value (a content file's `updated`). */
export function formatDate(when: string | Date, timeZone?: string): string {
  return new Date(when).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone });
}
