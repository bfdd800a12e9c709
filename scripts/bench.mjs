// npm run bench: how fast the hub builds at any size, how many bytes each page kind costs,
// how fast search answers, and what Lighthouse says. Prints a table and writes
// bench/results.json. Never part of npm test (timings are noisy; tests never hold them).
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { pageWeight, pageKinds } from './lib/page-weight.mjs';
import { filesUnder } from '../src/integrations/files.ts';
import { copyProject } from './lib/copy-project.ts';
import { findBrowser } from './find-browser.mjs';

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
// Generated guides are made of real sentences from the hub's own guides, drawn in a fixed
// pseudo-random order, so a generated page has the hub's vocabulary and word frequencies.
// A second, worst-case set (WORST) uses 30 words only, so every page holds every word about 24
// times; it is used once, to show how search copes when every page matches a query.
const SENTENCES = readdirSync(join(root, 'content/guides'))
  .filter((f) => f.endsWith('.mdx'))
  .flatMap((f) => readFileSync(join(root, 'content/guides', f), 'utf8').split('\n---\n').slice(1).join('\n').split('\n'))
  .filter((line) => /^[A-Z]/.test(line))
  .map((line) => line.replace(/<Cite[^>]*\/>/g, '').replace(/<Term[^>]*>([^<]*)<\/Term>/g, '$1').replace(/<[^>]+>/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/[{}]/g, ''))
  .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z])/))
  .filter((x) => x.split(' ').length >= 5);
const WORDS = 'peer support crisis team listen choice hope recovery supervision drift boundary respite mobile warmline plan goal strength voice trust person community role scope ethics training debrief safety calm option'.split(' ');
function generatedGuide(i, worst = false) {
  let seed = i * 7919 + 13;
  const next = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const sentence = worst
    ? () => Array.from({ length: 12 }, () => WORDS[next(WORDS.length)]).join(' ').replace(/^./, (c) => c.toUpperCase()) + '.'
    : () => SENTENCES[next(SENTENCES.length)];
  const para = () => Array.from({ length: 6 }, sentence).join(' ');
  const sections = Array.from({ length: 5 }, (_, s) => `## Section ${s + 1} of generated guide ${i}\n\n${para()}<Cite id="ne-mhttc-2023" />\n\n${para()}\n`).join('\n');
  return `---\ntitle: Generated guide ${i}\ndescription: A generated guide used only to measure how the build scales with the number of pages.\naudience: [peer-worker]\ntopics: [crisis-system]\nsettings: [all-settings]\nsources: [ne-mhttc-2023]\nupdated: 2026-11-23\norder: ${500 + (i % 400)}\n---\n\nThis page is generated for the benchmark. See [the crisis continuum](/guides/crisis-continuum/).\n\n${sections}`;
}

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
function serve(dist, port) {
  const child = spawn(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/serve.mjs'), '--port', String(port), '--root', dist], { stdio: 'ignore' });
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
      const ctx = await b.newContext();
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
      await page.waitForFunction(() => document.querySelector('.filters button'));
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
      note: 'in the page, from the last keydown to the first result for the whole word in the DOM (includes the 30 ms debounce); bytes: every Pagefind file fetched while typing the word, from its script to the results shown',
    };
    await b.close();
    server.kill();
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

for (const dir of Object.values(sites)) rmSync(dir, { recursive: true, force: true });
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
if (Object.keys(results.lighthouse).length) {
  console.log('Lighthouse, mobile (median)');
  console.table(Object.fromEntries(Object.entries(results.lighthouse).map(([k, v]) => [k, { performance: v.performance.median, accessibility: v.accessibility.median, 'best practices': v.bestPractices.median, SEO: v.seo.median, 'LCP ms': Math.round(v.lcpMs.median), 'TBT ms': Math.round(v.tbtMs.median), CLS: v.cls.median }])));
}
console.log('Written to bench/results.json');
