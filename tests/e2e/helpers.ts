import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, type Page, type Locator } from '@playwright/test';
import { fixedPages, localized } from '../../src/lib/routes.ts';
import { LANGS, flatten, translator, type Dictionary, type Lang } from '../../src/lib/i18n.ts';
import { filesUnder } from '../../src/integrations/files.ts';

const root = new URL('../..', import.meta.url).pathname;
/** The build the tests run over: dist/, or the fork's (playwright.fork.config.ts sets PCH_DIST). */
const dist = join(root, process.env.PCH_DIST ?? 'dist');
/** The hub's id, the start of every storage key it writes ("pch" unless a fork's config says). */
export const SITE_ID = process.env.PCH_SITE_ID ?? 'pch';
const builtHtml = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

/**
 * Every page the build produced, as a path ("/guides/x/"), from dist/, so a guide marked
 * `draft: true` (not built) is never visited. The old address of a moved page (content/moved.yaml)
 * is left out: it sends the browser straight on to the page it names, which is visited in its own
 * right (tests/build/content-output.test.ts checks the old address).
 */
export function builtPages(): string[] {
  return filesUnder(dist)
    .filter((f) => (f === 'index.html' || f.endsWith('/index.html')) && !readFileSync(join(dist, f), 'utf8').includes('http-equiv="refresh"'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .sort();
}

/**
 * The number of sheets each printable says it takes, from the list on the built /print/ page:
 * "<a href="/print/debrief-card/">Team debrief card</a> (1 page)".
 */
export function statedPrintPages(): Map<string, number> {
  const out = new Map<string, number>();
  for (const lang of LANGS) {
    const html = builtHtml(localized(fixedPages.print, lang));
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    // A hub served from a folder writes its links with the folder ("/peer-hub/print/…"); a Spanish printable is under /es/.
    for (const m of main.matchAll(/<li[^>]*>\s*<a href="([^"]*\/print\/[^"]+)"[^>]*>[\s\S]*?<\/a>([^<]*)<\/li>/g)) {
      const n = /(\d+) (?:pages?|páginas?)\)/.exec(m[2]);
      const path = /(?:\/es)?\/print\/.+$/.exec(m[1])![0];
      if (n) out.set(path, Number(n[1]));
    }
  }
  return out;
}

/** Count the pages of a PDF by its page objects (src/lib/pdf.ts, which the build's packet measure also uses). */
export { pdfPages } from '../../src/lib/pdf.ts';

/**
 * A sentence from the end of a guide's or role's own text (its .mdx file), to prove the whole
 * page is there. Lines with markup are skipped, so the sentence is plain text on the page.
 */
export function lastSentence(dir: 'guides' | 'roles', slug: string, lang: Lang = 'en'): string {
  const body = readFileSync(join(root, 'content', ...(lang === 'en' ? [] : [lang]), dir, `${slug}.mdx`), 'utf8').split(/^---$/m).slice(2).join('---');
  const plain = body
    .split('\n')
    .filter((l) => /^[\p{L}¿¡]/u.test(l) && !l.includes('<') && !l.includes('[') && !l.includes('*') && !l.includes('`') && l.length > 40)
    .pop()!;
  return plain.split(/(?<=\.)\s/)[0].slice(0, 60);
}

/** Markdown turns straight quotes into curly ones; compare the words, not the quote marks. */
export const straightQuotes = (t: string) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

/** The interface's words in a language, as the built pages have them (content/i18n/<lang>.yaml). */
export function words(lang: Lang) {
  return translator(flatten(parse(readFileSync(join(root, 'content/i18n', `${lang}.yaml`), 'utf8')) as Dictionary), lang);
}

/** An assessment's file, in English or (as written under content/<lang>/) another language. */
export function assessment(id: string, lang: Lang = 'en') {
  return parse(readFileSync(join(root, 'content', lang === 'en' ? '' : lang, 'assessments', `${id}.yaml`), 'utf8'));
}

/** Press Tab until `target` has focus (keyboard only), or fail. */
export async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/** Collect requests that leave the site. */
export function watchRequests(page: Page, origin: string) {
  const outside: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    // `origin` is the tests' base address: for a hub served from a folder, its folder too.
    if (!url.startsWith(origin)) outside.push(url);
  });
  return outside;
}

/** Console errors (Chromium also reports Content-Security-Policy violations here). */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of 404/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

export const storedKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage));

export async function expectNoStorageOutsideHub(page: Page) {
  for (const k of await storedKeys(page)) expect(k.startsWith(`${SITE_ID}-`), `only the hub’s own keys (${k})`).toBe(true);
}

/** Waits until the service worker is installed and, after a reload, controls the page; gives its scope. */
export async function untilWorkerControls(page: Page): Promise<string> {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  return scope;
}

/** Waits until the About page says this browser keeps the whole hub (it is kept while the browser is idle). */
export async function untilWholeHubKept(page: Page, url: (path: string) => string = (path) => path) {
  await expect(async () => {
    await page.goto(url(fixedPages.about));
    await expect(page.locator('[data-offline-text]')).toContainText('keeps the whole hub for offline use', { timeout: 2000 });
  }).toPass({ timeout: 60_000 });
}
