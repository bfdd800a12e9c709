import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, type Page, type Locator } from '@playwright/test';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');

/**
 * Every page the build produced, as a path ("/guides/x/"), from dist/. The old address of a moved
 * page (content/moved.yaml) is left out: it sends the browser straight on to the page it names,
 * which is visited in its own right (tests/build/content-output.test.ts checks the old address).
 */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string, base: string) => {
    for (const e of readdirSync(dir)) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) {
        if (!['pagefind', '_astro'].includes(e)) walk(p, `${base}${e}/`);
      } else if (e === 'index.html' && !readFileSync(p, 'utf8').includes('http-equiv="refresh"')) out.push(base);
    }
  };
  walk(dist, '/');
  return out.sort();
}

export const slugs = (dir: string) =>
  readdirSync(join(root, 'content', dir))
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.yaml'))
    .map((f) => f.replace(/\.(mdx|yaml)$/, ''));

/** Slugs of the files in a content folder that are published (not `draft: true`). */
export const publishedSlugs = (dir: string) =>
  slugs(dir).filter((s) => !/^draft:\s*true\s*$/m.test(readFileSync(join(root, 'content', dir, `${s}.${dir === 'guides' || dir === 'roles' ? 'mdx' : 'yaml'}`), 'utf8')));

export function assessment(id: string) {
  return parse(readFileSync(join(root, 'content/assessments', `${id}.yaml`), 'utf8'));
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
    if (!url.startsWith(origin)) outside.push(url);
  });
  return outside;
}

/** Console errors include Content-Security-Policy violations. */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of 404/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

export async function expectNoStorageOutsideHub(page: Page) {
  const keys = await page.evaluate(() => Object.keys(localStorage));
  for (const k of keys) expect(k, 'only the hub’s own keys').toMatch(/^pch-/);
}
