// What a reader downloads for a page before touching anything: the HTML, its stylesheets, and
// the JavaScript that runs on load (module scripts, island components and renderers, and every
// module they import statically). Dynamic imports (search, "mark as read" writes) load only on
// use and are not counted. Sizes are gzipped, as a server would send them.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function staticImports(js) {
  const out = new Set();
  // import x from "./a.js"; import "./b.js"; export ... from "./c.js" (minified forms too)
  for (const m of js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) out.add(m[1]);
  return [...out];
}

export function pageWeight(dist, pagePath) {
  const htmlFile = join(dist, pagePath, 'index.html');
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const css = new Set();
  const js = new Set();
  for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css.add(m[1]);
  for (const m of text.matchAll(/<link[^>]*href="([^"]+)"[^>]+rel="stylesheet"/g)) css.add(m[1]);
  for (const m of text.matchAll(/<script[^>]+src="([^"]+)"/g)) js.add(m[1]);
  for (const m of text.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) js.add(m[1]);
  // Inline scripts count toward the page's JavaScript too (gzipped on their own; their bytes
  // are already inside the HTML figure, so the total does not count them twice).
  let inlineText = '';
  for (const m of text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)) inlineText += m[1];
  const inlineJs = inlineText ? gz(Buffer.from(inlineText)) : 0;

  const seen = new Set();
  const queue = [...js];
  let jsBytes = 0;
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const file = join(dist, url);
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    jsBytes += gz(body);
    for (const spec of staticImports(body.toString('utf8'))) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      const next = spec.startsWith('/') ? spec : resolve(dirname(url), spec).replace(dist, '');
      queue.push(next);
    }
  }
  let cssBytes = 0;
  for (const url of css) {
    const file = join(dist, url);
    if (existsSync(file)) cssBytes += gz(readFileSync(file));
  }
  const htmlBytes = gz(html);
  return { html: htmlBytes, css: cssBytes, js: jsBytes + inlineJs, inlineJs, total: htmlBytes + cssBytes + jsBytes, files: [...seen] };
}

export const pageKinds = {
  home: '/',
  guide: '/guides/what-is-peer-support/',
  role: '/roles/mobile-crisis-team/',
  assessment: '/assessments/crisis-competencies/',
  progress: '/progress/',
};

/** Byte budgets per page kind (gzipped). The guide's JS budget includes theme and search launcher. */
export const budgets = {
  home: { total: 40_000, js: 6_000 },
  guide: { total: 40_000, js: 6_000 },
  role: { total: 40_000, js: 6_000 },
  // 31 KB since the self-rating chart draws last time's rating too (issue 15) and keys carry the site id (issue 16);
  // 32 KB since every page asks the worker to keep it and, while idle, the whole hub (issue 17: 0.8 KB).
  assessment: { total: 60_000, js: 32_000 },
  // My progress is four islands over one record store (was one island of 294 lines): 31 KB, and
  // 32 KB since a backup says which hub saved it and the preview says so (issue 16); 33 KB with
  // "Offline use" (what this browser keeps, keep the whole hub or free the space; issue 17); 34 KB
  // with the printed study record (change per assessment, content version; issue 18).
  progress: { total: 60_000, js: 34_000 },
};
