// Astro names each island (`<astro-island uid="…">`) with a hash that includes the component's
// absolute source path, so the same commit built in two folders gives different pages, and the
// service worker would offer "a new version" when nothing changed. The name is only used while
// developing (hot reload), so the build renames each island from what it is instead: a hash of
// its page, its own tag, and its place among the page's islands.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './files.ts';

const ISLAND = /<astro-island uid="[^"]*"([^>]*)>/g;

/** The page's HTML with every island named from its own tag and place. */
export function stableIslandIds(html: string, page: string): string {
  let n = 0;
  return html.replace(ISLAND, (_, rest: string) => {
    const uid = createHash('sha256').update(`${page}\n${n++}\n${rest}`).digest('base64url').slice(0, 8);
    return `<astro-island uid="${uid}"${rest}>`;
  });
}

/** Renames the islands of every built page; returns how many pages changed. */
export function stabilizeIslands(dist: string): number {
  let changed = 0;
  for (const f of filesUnder(dist).filter((x) => x.endsWith('.html'))) {
    const path = join(dist, f);
    const before = readFileSync(path, 'utf8');
    if (!before.includes('<astro-island')) continue;
    const after = stableIslandIds(before, f);
    if (after !== before) {
      writeFileSync(path, after);
      changed++;
    }
  }
  return changed;
}
