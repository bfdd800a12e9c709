// Every file below a folder, as sorted paths relative to it with "/" between parts: the one
// folder walker the build steps, the bench and the tests share; and the content type a built file
// is served with, for the servers that read dist/ (scripts/lib/static-server.mjs, the packet measure).
import { readdirSync } from 'node:fs';

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath.slice(dir.length).replace(/^[/\\]/, '')}/${e.name}`.replace(/^\//, '').split('\\').join('/'))
    .sort();
}

/** The Content-Type of a built file, by its extension (anything else is application/octet-stream). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
