// A throwaway copy of the project (sources, content, config; node_modules linked, not copied),
// for the build tests that break a file on purpose and for the bench's generated sites.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const PARTS = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Copies the project into a new folder under the system's temporary folder and returns its path. */
export function copyProject(prefix = 'pch-copy-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const p of PARTS) cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
