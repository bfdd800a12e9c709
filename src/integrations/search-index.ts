// Writes Pagefind's index files to disk from memory. The hub loads Pagefind's search API and
// its highlight script, never Pagefind's ready-made UI bundles, and searches without Pagefind's
// web worker (src/islands/search/pagefind.ts), so those are left out (they would otherwise be
// served and kept for offline use for nothing).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, isAbsolute } from 'node:path';

const UNUSED = /^pagefind-((ui|component-ui|modular-ui)\.(js|css)|worker\.js)$/;

export function isUnusedPagefindFile(path: string): boolean {
  return UNUSED.test(path);
}

/** Writes each file under `outDir` and returns how many were written. */
export function writeSearchIndex(outDir: string, files: { path: string; content: Uint8Array }[]): number {
  let written = 0;
  for (const file of files) {
    const rel = normalize(file.path);
    if (isAbsolute(rel) || rel.startsWith('..')) throw new Error(`Pagefind gave a file outside its folder: ${file.path}`);
    if (isUnusedPagefindFile(rel)) continue;
    const target = join(outDir, rel);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    written++;
  }
  if (!files.some((f) => normalize(f.path) === 'pagefind-entry.json')) throw new Error('Pagefind gave no pagefind-entry.json; the search index is incomplete.');
  return written;
}
