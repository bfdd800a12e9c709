// A reader's own note as the one-page study record prints it (My progress). Its own module, so
// only My progress loads it.
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
