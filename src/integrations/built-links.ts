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

export function checkBuiltLinks(out: string): string[] {
  const broken: string[] = [];
  const files = htmlFiles(out);
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsIn(readFileSync(file, 'utf8')));
    return idCache.get(file)!;
  };
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="(\/(?!\/)[^"]*)"/g)) {
      const [pathAndQuery, hash] = m[1].split('#');
      const path = decodeURI(pathAndQuery.split('?')[0]);
      const target = path.endsWith('/') ? join(out, path, 'index.html') : join(out, path);
      const exists = existsSync(target) || existsSync(join(out, path, 'index.html'));
      if (!exists) {
        broken.push(`${relative(out, file)} links to ${m[1]}`);
        continue;
      }
      if (hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(hash))) {
        broken.push(`${relative(out, file)} links to ${m[1]}, but that page has no element with id "${hash}"`);
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
