// Checks over the built HTML, run at the end of every build (src/integrations/hub.ts):
// - every internal href and src points at a file that exists, and every #fragment at an id;
// - every id is usable and every id reference points at an id on its page (src/lib/html-ids.ts);
// - no word runs into the next and no sentence ends ".." (src/lib/text-slips.ts).
import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { elementsOf, idProblems } from '../lib/html-ids.ts';
import { metaSlips, textSlips } from '../lib/text-slips.ts';
import { MAX_TITLE } from '../lib/sentence.ts';
import { filesUnder } from './files.ts';

/** Every built HTML file (not Pagefind's), as a full path. */
const htmlFiles = (dir: string) => filesUnder(dir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).map((f) => join(dir, f));

function idsIn(html: string): Set<string> {
  return new Set(elementsOf(html).flatMap((e) => (e.id ? [e.id] : [])));
}

/** Data attributes that name a page as the reader's record does (site-relative, whatever the base): not addresses. */
const RECORD_PATHS = new Set(['data-mark-read', 'data-step']);

/**
 * Every internal link and file address in the built pages: each must lie under the hub's base
 * folder (a root path that escapes it would break the hub when served from /peer-hub/), name a
 * built file, and, with a #fragment, an id on that page. Data attributes that hold an address
 * (the service worker's, the highlight script's) are held to the base folder too.
 */
export function checkBuiltLinks(out: string, base = '/'): string[] {
  const broken: string[] = [];
  const files = htmlFiles(out);
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsIn(readFileSync(file, 'utf8')));
    return idCache.get(file)!;
  };
  const folder = base.replace(/\/$/, '');
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(href|src|data-[a-z-]+)="(\/(?!\/)[^"]*)"/g)) {
      const [, attribute, value] = m;
      if (RECORD_PATHS.has(attribute)) continue;
      if (folder && value !== `${folder}/` && !value.startsWith(`${folder}/`)) {
        broken.push(`${relative(out, file)} links to ${value}, outside the hub's folder ${base}: write the address with href() from src/lib/routes.ts`);
        continue;
      }
      if (attribute.startsWith('data-')) continue;
      const [pathAndQuery, hash] = value.split('#');
      const path = decodeURI(pathAndQuery.split('?')[0]).slice(folder.length);
      const target = path.endsWith('/') ? join(out, path, 'index.html') : join(out, path);
      const exists = existsSync(target) || existsSync(join(out, path, 'index.html'));
      if (!exists) {
        broken.push(`${relative(out, file)} links to ${value}`);
        continue;
      }
      if (hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(hash))) {
        broken.push(`${relative(out, file)} links to ${value}, but that page has no element with id "${hash}"`);
      }
    }
  }
  return broken;
}

/** Every id problem on every built page, each starting with the page's file in the build. */
export function checkBuiltIds(out: string): string[] {
  return htmlFiles(out).flatMap((file) => idProblems(elementsOf(readFileSync(file, 'utf8'))).map((p) => `${relative(out, file)}: ${p}`));
}

/** Every slip a reader would see in the built text (a word run into the next, a sentence ending ".."), and in what a search result or link preview shows (the title, the description). */
export function checkBuiltText(out: string): string[] {
  return htmlFiles(out).flatMap((file) => {
    const html = readFileSync(file, 'utf8');
    return [...textSlips(html), ...metaSlips(html, MAX_TITLE)].map((p) => `${relative(out, file)}: ${p}`);
  });
}
