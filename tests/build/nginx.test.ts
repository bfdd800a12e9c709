// The nginx recipe in deploy/nginx/ serves the built hub as the README says: a real nginx
// (found or installed by `npm test`, see scripts/find-server.mjs) serves dist/ with that very
// file, changed only in where dist/ is and which port it listens on, and the test checks the
// security headers, the caching of each kind of file, gzip and the 404 page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { NO_NGINX_MESSAGE } from '../../scripts/find-server.mjs';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
const nginx = process.env.NGINX_PATH;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const changed = (text: string, from: string | RegExp, to: string) => {
  const after = text.replace(from, to);
  assert.notEqual(after, text, `deploy/nginx/peer-crisis-hub.conf no longer has ${from}: update this test with it`);
  return after;
};

async function serve(t: { after: (fn: () => void) => void }) {
  const dir = mkdtempSync(join(tmpdir(), 'pch-nginx-'));
  const port = await freePort();
  writeFileSync(join(dir, 'security-headers.conf'), readFileSync(join(root, 'deploy/nginx/security-headers.conf'), 'utf8'));
  let site = readFileSync(join(root, 'deploy/nginx/peer-crisis-hub.conf'), 'utf8');
  site = changed(site, 'listen 80;', `listen 127.0.0.1:${port};`);
  site = changed(site, /root \/var\/www\/peer-crisis-hub;/, `root ${dist};`);
  site = changed(site, /\/etc\/nginx\/conf\.d\/security-headers\.conf/g, join(dir, 'security-headers.conf'));
  writeFileSync(join(dir, 'site.conf'), site);
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, d));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${isRoot ? 'user root;\n' : ''}daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const server = spawn(nginx!, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  t.after(() => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(base);
      return base;
    } catch {
      if (server.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx did not start with the hub's configuration:\n${output}\n${(() => { try { return readFileSync(join(dir, 'error.log'), 'utf8'); } catch { return ''; } })()}`);
}

const securityHeaders = (r: Response, what: string) => {
  const csp = r.headers.get('content-security-policy') ?? '';
  assert.match(csp, /frame-ancestors 'none'/, `${what}: Content-Security-Policy`);
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff', `${what}: X-Content-Type-Options`);
  assert.equal(r.headers.get('referrer-policy'), 'no-referrer', `${what}: Referrer-Policy`);
  assert.equal(r.headers.get('x-frame-options'), 'DENY', `${what}: X-Frame-Options`);
  assert.match(r.headers.get('permissions-policy') ?? '', /camera=\(\)/, `${what}: Permissions-Policy`);
};

/** The same headers as public/_headers, for Netlify and Cloudflare Pages. */
test('the nginx recipe sends the headers public/_headers sends', () => {
  const headers = readFileSync(join(root, 'public/_headers'), 'utf8');
  const nginxConf = readFileSync(join(root, 'deploy/nginx/security-headers.conf'), 'utf8');
  for (const m of headers.matchAll(/^\s+([A-Za-z-]+): (.+)$/gm)) {
    assert.ok(nginxConf.includes(`add_header ${m[1]} "${m[2]}" always;`), `${m[1]} differs between public/_headers and deploy/nginx/security-headers.conf`);
  }
});

test('nginx serves the built hub with the security headers, the right caching, gzip and the 404 page', { skip: nginx ? false : NO_NGINX_MESSAGE }, async (t) => {
  const base = await serve(t);

  const home = await fetch(`${base}/`);
  assert.equal(home.status, 200);
  assert.match(home.headers.get('content-type') ?? '', /^text\/html/);
  assert.equal(home.headers.get('cache-control'), 'no-cache', 'pages are always checked with the server');
  securityHeaders(home, 'the home page');
  const guide = await fetch(`${base}/guides/scope-of-practice/`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(guide.status, 200);
  assert.equal(guide.headers.get('content-encoding'), 'gzip', 'pages are sent compressed');

  const css = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
  const asset = await fetch(`${base}/_astro/${css}`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(asset.status, 200);
  assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable', 'hashed bundles are kept a year');
  assert.equal(asset.headers.get('content-encoding'), 'gzip');
  securityHeaders(asset, 'a bundle');

  const fragment = readdirSync(join(dist, 'pagefind/fragment'))[0];
  assert.equal((await fetch(`${base}/pagefind/fragment/${fragment}`)).headers.get('cache-control'), 'public, max-age=31536000, immutable', "Pagefind's hashed files are kept a year");
  const entry = await fetch(`${base}/pagefind/pagefind-entry.json`);
  assert.equal(entry.status, 200);
  assert.equal(entry.headers.get('cache-control'), 'no-cache', "Pagefind's entry file keeps its name, so it is checked each time");
  assert.equal((await fetch(`${base}/pagefind/pagefind.js`)).headers.get('cache-control'), 'no-cache');

  const sw = await fetch(`${base}/sw.js`);
  assert.equal(sw.status, 200);
  assert.equal(sw.headers.get('cache-control'), 'no-cache, no-store, must-revalidate', 'the service worker is never cached');

  const missing = await fetch(`${base}/guides/no-such-guide/`);
  assert.equal(missing.status, 404);
  const body = await missing.text();
  assert.match(body, /<title>Page not found[^<]*<\/title>/, 'the hub’s own 404 page');
  assert.match(body, /href="tel:988"/, 'with the crisis line');
  securityHeaders(missing, 'the 404 page');
});
