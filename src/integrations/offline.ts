// Writes dist/sw.js: the service worker template with every built file to keep offline, and a
// version that changes whenever any file changes.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './files.ts';

const SKIP = new Set(['sw.js', '_headers', 'robots.txt']);

export function offlineFiles(dist: string): string[] {
  const out = filesUnder(dist)
    .filter((f) => !SKIP.has(f.split('/').pop()!))
    .map((f) => `/${f}`);
  // Pages are requested as /path/, not /path/index.html.
  return out.map((f) => (f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f));
}

export function writeServiceWorker(dist: string, template: string): { files: number; version: string } {
  const files = offlineFiles(dist);
  const hash = createHash('sha256');
  for (const f of files) {
    const path = f.endsWith('/') ? join(dist, f, 'index.html') : join(dist, f);
    hash.update(f).update(readFileSync(path));
  }
  const version = hash.digest('hex').slice(0, 16);
  writeFileSync(join(dist, 'sw.js'), template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(files)));
  return { files: files.length, version };
}
