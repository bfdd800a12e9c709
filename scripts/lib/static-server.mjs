// A small static server for a built site: serves /path/ as /path/index.html and answers unknown
// paths with the nearest 404.html and status 404, as static hosts do. Used by scripts/serve.mjs
// (the browser tests' server) and by tests that switch the site under a reader (an update).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES as types } from '../../src/integrations/files.ts';


async function file(path) {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return file(join(path, 'index.html'));
    return { path, body: await readFile(path) };
  } catch {
    return null;
  }
}

// What deploy/nginx/peer-crisis-hub.conf compresses (its gzip_types), by file name.
const COMPRESSED = /\.(html|css|js|mjs|json|svg|txt|wasm|pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;

/**
 * A server for the folder `root()` names at each request (so a test can publish a new build
 * under a reader), sending `cacheControl` with every file; with `gzip`, it compresses what the
 * hub's nginx recipe compresses, at its level, so byte counts are what a reader's browser receives.
 */
export function staticServer(root, { cacheControl = 'no-cache', gzip = false } = {}) {
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const safe = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const found = await file(join(root(), safe));
    if (!found) {
      // The 404 page of the hub the address is in: a hub served from a folder has its own.
      const folders = safe.split('/').filter(Boolean);
      let notFound = null;
      for (let n = folders.length; n >= 0 && !notFound; n--) notFound = await file(join(root(), ...folders.slice(0, n), '404.html'));
      res.writeHead(404, { 'content-type': types['.html'] });
      res.end(notFound?.body ?? 'Not found');
      return;
    }
    const headers = { 'content-type': types[extname(found.path)] ?? 'application/octet-stream', 'cache-control': cacheControl };
    if (gzip && found.body.length >= 512 && COMPRESSED.test(found.path) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
      res.end(gzipSync(found.body, { level: 6 }));
      return;
    }
    res.writeHead(200, headers);
    res.end(found.body);
  });
}
