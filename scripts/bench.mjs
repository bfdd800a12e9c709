// npm run bench: how fast the hub builds at any size, how many bytes each page kind costs,
// how fast search answers, and what Lighthouse says. Prints a table and writes
// bench/results.json. Never part of npm test (timings are noisy; tests never hold them).
import { lstatSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { pageWeight, pageKinds } from './lib/page-weight.mjs';
import { filesUnder } from '../src/integrations/files.ts';
import { copyProject } from './lib/copy-project.ts';
import { findBrowser } from './find-browser.mjs';
import { generatedGuide } from './lib/generated-guides.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '0,100,500,1000').split(',').map(Number);
const results = { date: new Date().toISOString(), runs: RUNS, machine: { cpus: (await import('node:os')).cpus().length }, build: [], bytes: {}, search: {}, lighthouse: {} };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stat = (xs) => ({ median: Math.round(median(xs) * 10) / 10, min: Math.round(Math.min(...xs) * 10) / 10, max: Math.round(Math.max(...xs) * 10) / 10 });

// ---------- 1. Build scaling ----------
function benchSite(extra, worst = false) {
  const dir = copyProject('pch-bench-');
  for (let i = 0; i < extra; i++) writeFileSync(join(dir, 'content/guides', `generated-${i}.mdx`), generatedGuide(i, worst));
  return dir;
}

const countPages = (dist) => filesUnder(dist).filter((f) => f === 'index.html' || f.endsWith('/index.html')).length;
const dirBytes = (d) => filesUnder(d).reduce((n, f) => n + statSync(join(d, f)).size, 0);

const sites = {};
for (const extra of SIZES) {
  const dir = benchSite(extra);
  const times = [];
  const mem = [];
  for (let r = 0; r < RUNS; r++) {
    const out = spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/lib/build-once.mjs'), dir], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (out.status !== 0) throw new Error(`build with ${extra} generated guides failed:\n${out.stderr}`);
    const m = JSON.parse(out.stdout.trim().split('\n').pop());
    times.push(m.ms);
    mem.push(m.maxRssKb / 1024);
  }
  const pages = countPages(join(dir, 'dist'));
  const row = { generatedGuides: extra, pages, wallMs: stat(times), peakMemoryMb: stat(mem), msPerPage: Math.round((median(times) / pages) * 100) / 100, searchIndexBytes: dirBytes(join(dir, 'dist/pagefind')) };
  results.build.push(row);
  console.log(`build: +${extra} guides, ${pages} pages: ${row.wallMs.median} ms (${row.wallMs.min}-${row.wallMs.max}), ${row.msPerPage} ms/page, peak ${Math.round(row.peakMemoryMb.median)} MB`);
  sites[extra] = dir;
}

// ---------- 2. Bytes per page kind (the real site) ----------
const realDist = join(sites[0] ?? benchSite(0), 'dist');
for (const [kind, path] of Object.entries(pageKinds)) {
  const w = pageWeight(realDist, path);
  results.bytes[kind] = { path, html: w.html, css: w.css, js: w.js, total: w.total };
}

// ---------- 3 and 4. Search and Lighthouse, in Chromium ----------
const browser = findBrowser({ install: false });
// Served compressed as the nginx recipe serves it, so bytes are what a reader's browser receives.
function serve(dist, port) {
  const child = spawn(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/serve.mjs'), '--port', String(port), '--root', dist, '--gzip'], { stdio: 'ignore' });
  return new Promise((resolve) => setTimeout(() => resolve(child), 600));
}

if (!browser) {
  console.log('No Chromium found: skipping search timings and Lighthouse.');
} else {
  const { chromium } = await import('@playwright/test');
  const launchArgs = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
  // The worst case for search: 1000 guides where every page holds the query many times.
  const searchSites = [['realSite', sites[0]], [`plus${Math.max(...SIZES)}Guides`, sites[Math.max(...SIZES)]]];
  if (process.env.BENCH_WORST !== '0') {
    const worst = benchSite(1000, true);
    const out = spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/lib/build-once.mjs'), worst], { cwd: worst, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (out.status !== 0) throw new Error(`worst-case build failed:\n${out.stderr}`);
    sites.worst = worst;
    searchSites.push(['plus1000WorstCase', worst]);
  }
  let port = 4500;
  for (const [name, dir] of searchSites) {
    if (!dir) continue;
    port++;
    const server = await serve(join(dir, 'dist'), port);
    const b = await chromium.launch({ executablePath: browser.kind === 'system' ? browser.path : undefined, args: launchArgs });
    const times = [];
    const bytes = [];
    for (let r = 0; r < RUNS + 2; r++) {
      // The service worker is blocked: what it keeps for offline use while the browser is idle is
      // not what the search fetched (the update and first-visit figures below count it).
      const ctx = await b.newContext({ serviceWorkers: 'block' });
      // Pagefind fetches its index from a web worker, which the page's resource timings do not
      // see; the browser context's network events do.
      let fetched = 0;
      ctx.on('requestfinished', async (rq) => {
        if (rq.url().includes('/pagefind/')) fetched += (await rq.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
      });
      const page = await ctx.newPage();
      // Time it inside the page: from the last keydown to the first result in the DOM.
      await page.addInitScript(() => {
        window.__keys = [];
        addEventListener('keydown', () => window.__keys.push(performance.now()), true);
        // Results for a shorter prefix may show while typing; wait for those of the whole word.
        new MutationObserver(() => {
          if (window.__first) return;
          const count = document.querySelector('[data-testid=result-count]')?.textContent ?? '';
          if (count.includes('“supervision”') && document.querySelector('a.result-title')) window.__first = performance.now();
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      await page.goto(`http://127.0.0.1:${port}/search/`);
      await page.getByRole('searchbox').waitFor();
      // Ready to search: the filters' fold is drawn and "Loading search" is gone.
      await page.waitForFunction(() => document.querySelector('.filters summary') && !document.querySelector('.search-ui .status p'));
      await page.getByRole('searchbox').pressSequentially('supervision', { delay: 40 });
      await page.waitForFunction(() => window.__first);
      await page.waitForLoadState('networkidle');
      const ms = await page.evaluate(() => window.__first - window.__keys.at(-1));
      if (r > 0) times.push(ms); // the first run warms the server's file cache
      if (r > 0) bytes.push(fetched);
      await ctx.close();
    }
    results.search[name] = {
      indexBytes: dirBytes(join(dir, 'dist/pagefind')),
      firstQueryBytesFetched: stat(bytes),
      msToFirstResultAfterLastKeystroke: stat(times),
      note: 'in the page, from the last keydown to the first result for the whole word in the DOM (includes the 60 ms debounce); bytes: every Pagefind file fetched while typing the word, from its script to the results shown, as the gzip-serving nginx recipe sends them',
    };
    await b.close();
    server.kill();
  }

  // ---------- 5. Offline: a first visit, the whole hub kept, and an update after a one-word edit ----------
  if (process.env.BENCH_OFFLINE !== '0') {
    const { staticServer } = await import('./lib/static-server.mjs');
    const { EDIT } = await import('./lib/edit.ts');
    const edited = copyProject('pch-bench-edited-');
    EDIT.apply(edited);
    const out = spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/lib/build-once.mjs'), edited], { cwd: edited, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (out.status !== 0) throw new Error(`the edited build failed:\n${out.stderr}`);
    sites.edited = edited;
    const b = await chromium.launch({ executablePath: browser.kind === 'system' ? browser.path : undefined, args: launchArgs });
    const runs = { saveDataVisit: [], wholeHub: [], update: [] };
    for (let r = 0; r < RUNS; r++) {
      let folder = realDist;
      const server = staticServer(() => folder, { gzip: true });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = (p) => `http://127.0.0.1:${server.address().port}${p}`;
      const counted = async (ctx) => {
        const c = { bytes: 0 };
        ctx.on('requestfinished', async (rq) => (c.bytes += (await rq.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize));
        return c;
      };
      // Save-Data: the page and what offline use needs to start, nothing more.
      const lean = await b.newContext({ serviceWorkers: 'allow' });
      await lean.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) }));
      const leanBytes = await counted(lean);
      const lp = await lean.newPage();
      await lp.goto(url(EDIT.page));
      await lp.goto(url('/about/'));
      await lp.locator('[data-offline-text]').filter({ hasText: 'save data' }).waitFor();
      runs.saveDataVisit.push(leanBytes.bytes);
      await lean.close();
      // A reader who keeps the whole hub, then the next version is published.
      const ctx = await b.newContext({ serviceWorkers: 'allow' });
      const c = await counted(ctx);
      const page = await ctx.newPage();
      await page.goto(url(EDIT.page));
      for (let i = 0; i < 120; i++) {
        await page.goto(url('/about/'));
        if ((await page.locator('[data-offline-text]').textContent()).includes('keeps the whole hub')) break;
        await page.waitForTimeout(500);
      }
      runs.wholeHub.push(c.bytes);
      folder = join(edited, 'dist');
      c.bytes = 0;
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      await page.getByText('A new version of this hub is ready.').waitFor({ timeout: 60_000 });
      runs.update.push(c.bytes);
      await ctx.close();
      await new Promise((resolve) => server.close(resolve));
    }
    results.offline = {
      saveDataFirstVisitBytes: stat(runs.saveDataVisit),
      wholeHubBytes: stat(runs.wholeHub),
      updateBytes: stat(runs.update),
      updateShareOfWholeHub: Math.round((median(runs.update) / median(runs.wholeHub)) * 1000) / 10,
      note: `gzip as the nginx recipe; the update is the edit ${EDIT.description}; every response counted, the service worker's included`,
    };
    await b.close();
  }

  // Lighthouse, mobile settings, on the real site.
  if (process.env.BENCH_LIGHTHOUSE !== '0') {
  const lighthouse = (await import('lighthouse')).default;
  const chromeLauncher = await import('chrome-launcher');
  const port = 4600;
  const server = await serve(realDist, port);
  const chrome = await chromeLauncher.launch({ chromePath: browser.path, chromeFlags: ['--headless=new', '--no-sandbox', ...launchArgs] });
  for (const [kind, path] of [['home', '/'], ['guide', pageKinds.guide], ['assessment', pageKinds.assessment], ['progress', '/progress/'], ['search', '/search/?q=drift']]) {
    const runs = [];
    // Lighthouse's simulated throttling scales this machine's own CPU time, so one busy moment
    // moves a score: take at least five runs.
    for (let r = 0; r < Math.max(RUNS, 5); r++) {
      const res = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile', screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false } });
      const l = res.lhr;
      runs.push({
        performance: l.categories.performance.score * 100,
        accessibility: l.categories.accessibility.score * 100,
        bestPractices: l.categories['best-practices'].score * 100,
        seo: l.categories.seo.score * 100,
        lcpMs: l.audits['largest-contentful-paint'].numericValue,
        tbtMs: l.audits['total-blocking-time'].numericValue,
        cls: l.audits['cumulative-layout-shift'].numericValue,
      });
    }
    results.lighthouse[kind] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, stat(runs.map((x) => x[k]))]));
  }
  await chrome.kill();
  server.kill();
  }
}

// ---------- 6. Side by side with Starlight, on the same generated guides ----------
// One run alternates the two builds (hub, Starlight, hub, ...), each with its own `astro build`,
// so a busy moment on the machine falls on both.
if (process.env.BENCH_STARLIGHT === '1') {
  const { starlightSite, STARLIGHT } = await import('./lib/starlight-site.mjs');
  const count = Math.max(...SIZES);
  const hub = sites[count] ?? benchSite(count);
  sites[count] = hub;
  const star = starlightSite(count);
  const wall = (dir) => {
    const started = performance.now();
    const r = spawnSync(join(dir, 'node_modules/.bin/astro'), ['build', '--silent'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`build in ${dir} failed:\n${r.stderr.slice(-3000)}`);
    return performance.now() - started;
  };
  // A cold build first, as on a fresh clone: each site's build caches removed (the hub keeps its
  // content data store and packet measures in .astro/, Starlight its data store in
  // node_modules/.astro/, a real folder there); then RUNS builds with the caches as the last build left them.
  const cold = (dir) => {
    rmSync(join(dir, '.astro'), { recursive: true, force: true });
    const modules = join(dir, 'node_modules');
    if (!lstatSync(modules).isSymbolicLink()) rmSync(join(modules, '.astro'), { recursive: true, force: true });
    return wall(dir);
  };
  const coldHub = cold(hub);
  const coldStarlight = cold(star);
  const times = { hub: [], starlight: [] };
  for (let r = 0; r < RUNS; r++) {
    times.hub.push(wall(hub));
    times.starlight.push(wall(star));
  }
  results.starlight = {
    generatedGuides: count,
    version: STARLIGHT,
    hubMs: stat(times.hub),
    starlightMs: stat(times.starlight),
    ratio: Math.round((median(times.hub) / median(times.starlight)) * 100) / 100,
    cold: { hubMs: Math.round(coldHub), starlightMs: Math.round(coldStarlight), ratio: Math.round((coldHub / coldStarlight) * 100) / 100 },
    note: 'wall time of `astro build` in each folder, in turn, after one cold build of each (caches removed); the hub builds its own pages too (about 120) and indexes for search; Starlight indexes with Pagefind too',
  };
}

if (process.env.BENCH_KEEP) console.log('Kept the built copies:', Object.values(sites).join(' '));
else for (const dir of Object.values(sites)) rmSync(dir, { recursive: true, force: true });
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

// ---------- The table ----------
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nBuild scaling (median of %d runs, min-max)', RUNS);
console.table(results.build.map((r) => ({ 'generated guides': r.generatedGuides, pages: r.pages, 'wall ms': `${r.wallMs.median} (${r.wallMs.min}-${r.wallMs.max})`, 'ms/page': r.msPerPage, 'peak MB': Math.round(r.peakMemoryMb.median), 'search index': kb(r.searchIndexBytes) })));
console.log('Bytes before interaction (gzipped)');
console.table(Object.fromEntries(Object.entries(results.bytes).map(([k, v]) => [k, { path: v.path, HTML: kb(v.html), CSS: kb(v.css), JS: kb(v.js), total: kb(v.total) }])));
if (Object.keys(results.search).length) {
  console.log('Search (query "supervision")');
  console.table(Object.fromEntries(Object.entries(results.search).map(([k, v]) => [k, { index: kb(v.indexBytes), 'fetched while typing the query': kb(v.firstQueryBytesFetched.median), 'ms after last keystroke': `${Math.round(v.msToFirstResultAfterLastKeystroke.median)} (${Math.round(v.msToFirstResultAfterLastKeystroke.min)}-${Math.round(v.msToFirstResultAfterLastKeystroke.max)})` }])));
}
if (results.starlight) {
  const t = results.starlight;
  console.log(`Build beside Starlight ${t.version}, ${t.generatedGuides} generated guides (median of ${RUNS}, in turn)`);
  console.table({
    hub: { [`median of ${RUNS}`]: `${t.hubMs.median} ms (${t.hubMs.min}-${t.hubMs.max})`, 'cold (caches removed)': `${t.cold.hubMs} ms` },
    starlight: { [`median of ${RUNS}`]: `${t.starlightMs.median} ms (${t.starlightMs.min}-${t.starlightMs.max})`, 'cold (caches removed)': `${t.cold.starlightMs} ms` },
    ratio: { [`median of ${RUNS}`]: `${t.ratio}x`, 'cold (caches removed)': `${t.cold.ratio}x` },
  });
}
if (results.offline) {
  const o = results.offline;
  console.log('Offline use (real site, gzip, median)');
  console.table({ 'first visit with Save-Data': kb(o.saveDataFirstVisitBytes.median), 'the whole hub kept': kb(o.wholeHubBytes.median), 'update after a one-word edit': `${kb(o.updateBytes.median)} (${o.updateShareOfWholeHub}% of the whole hub)` });
}
if (Object.keys(results.lighthouse).length) {
  console.log('Lighthouse, mobile (median)');
  console.table(Object.fromEntries(Object.entries(results.lighthouse).map(([k, v]) => [k, { performance: v.performance.median, accessibility: v.accessibility.median, 'best practices': v.bestPractices.median, SEO: v.seo.median, 'LCP ms': Math.round(v.lcpMs.median), 'TBT ms': Math.round(v.tbtMs.median), CLS: v.cls.median }])));
}
console.log('Written to bench/results.json');
