// The localStorage keys the hub uses. Every key starts with "pch-", so a reader's storage holds
// nothing else of the hub's. theme-init.js (inline in every page's head, before any module
// loads) writes THEME_KEY out by hand: keep the two the same.
/** The reader's record: every result, draft, checklist and page marked read. */
export const RECORD_KEY = 'pch-record';
/** A damaged record is kept under this prefix plus the time it was set aside. */
export const DAMAGED_PREFIX = 'pch-record-damaged-';
/** The reader's theme choice (light or dark; absent for the system setting). */
export const THEME_KEY = 'pch-theme';
/** Written and removed at once to learn whether the browser lets the hub save anything. */
export const PROBE_KEY = 'pch-probe';
