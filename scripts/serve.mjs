// A small static server for the built site (dist/), used by the browser tests so they never
// collide with an `npm start` the reader has running. Serves /path/ as /path/index.html and
// answers unknown paths with 404.html and status 404, as static hosts do.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? process.argv[rootArg + 1] : new URL('../dist/', import.meta.url).pathname;
const port = Number(process.argv[process.argv.indexOf('--port') + 1] || 4329);
const types = {
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

async function file(path) {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return file(join(path, 'index.html'));
    return { path, body: await readFile(path) };
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const safe = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  const found = await file(join(root, safe));
  if (!found) {
    // The 404 page of the hub the address is in: a hub served from a folder has its own.
    const folders = safe.split('/').filter(Boolean);
    let notFound = null;
    for (let n = folders.length; n >= 0 && !notFound; n--) notFound = await file(join(root, ...folders.slice(0, n), '404.html'));
    res.writeHead(404, { 'content-type': types['.html'] });
    res.end(notFound?.body ?? 'Not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(found.path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  res.end(found.body);
}).listen(port, '127.0.0.1', () => console.log(`Serving dist/ at http://127.0.0.1:${port}/`));
