// The "Done." message at the top of My progress, set by the part of the page that did the thing
// (loading a copy, deleting everything) and shown by ProgressSummary. Page state, not saved.
import { atom } from 'nanostores';

export const $progressMessage = atom<string | null>(null);

/** Whether the reader chose to put their own notes in the printed study record. Page state, not saved. */
export const $notesInRecord = atom(false);
