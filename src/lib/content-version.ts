// The edition of the content a page was built from: a short hash of every file in content/, so
// a printed study record or packet says which edition was studied. Two builds of the same
// content give the same version; any change to any content file gives another.
import { createHash } from 'node:crypto';

/** `files`: each content file's path (relative to content/, "/" between parts) and its bytes. */
export function contentVersion(files: { path: string; bytes: Uint8Array | string }[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(f.path);
    hash.update('\0');
    hash.update(f.bytes);
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 8);
}
