// The bench's generated guides, made of real sentences from the hub's own guides, drawn in a fixed
// pseudo-random order, so a generated page has the hub's vocabulary and word frequencies.
// A second, worst-case set (`worst`) uses 30 words only, so every page holds every word about 24
// times; it is used once, to show how search copes when every page matches a query. The same
// text is written for Starlight (`starlight`: plain Markdown with a title and description only),
// to compare build times on one corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const SENTENCES = readdirSync(join(root, 'content/guides'))
  .filter((f) => f.endsWith('.mdx'))
  .flatMap((f) => readFileSync(join(root, 'content/guides', f), 'utf8').split('\n---\n').slice(1).join('\n').split('\n'))
  .filter((line) => /^[A-Z]/.test(line))
  .map((line) => line.replace(/<Cite[^>]*\/>/g, '').replace(/<Term[^>]*>([^<]*)<\/Term>/g, '$1').replace(/<[^>]+>/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/[{}]/g, ''))
  .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z])/))
  // Whole sentences of 5 to 16 words (a line that ends in a colon introduces a list, and is left out),
  // so the generated pages pass the reading-level rules the real ones do.
  .filter((x) => { const n = x.split(' ').length; return n >= 5 && n <= 16 && /[.!?]$/.test(x); });
const WORDS = 'peer support crisis team listen choice hope recovery supervision drift boundary respite mobile warmline plan goal strength voice trust person community role scope ethics training debrief safety calm option'.split(' ');
export function generatedGuide(i, worst = false, starlight = false) {
  let seed = i * 7919 + 13;
  const next = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const sentence = worst
    ? () => Array.from({ length: 12 }, () => WORDS[next(WORDS.length)]).join(' ').replace(/^./, (c) => c.toUpperCase()) + '.'
    : () => SENTENCES[next(SENTENCES.length)];
  const para = () => Array.from({ length: 6 }, sentence).join(' ');
  const cite = starlight ? '' : '<Cite id="ne-mhttc-2023" />';
  const sections = Array.from({ length: 5 }, (_, s) => `## Section ${s + 1} of generated guide ${i}\n\n${para()}${cite}\n\n${para()}\n`).join('\n');
  const description = 'A generated guide used only to measure how the build scales with the number of pages.';
  if (starlight) return `---\ntitle: Generated guide ${i}\ndescription: ${description}\n---\n\nThis page is generated for the benchmark. See [the crisis continuum](/guides/crisis-continuum/).\n\n${sections}`;
  return `---\ntitle: Generated guide ${i}\ndescription: ${description}\naudience: [peer-worker]\ntopics: [crisis-system]\nsettings: [all-settings]\nsources: [ne-mhttc-2023]\nupdated: 2026-11-23\norder: ${500 + (i % 400)}\n---\n\nThis page is generated for the benchmark. See [the crisis continuum](/guides/crisis-continuum/).\n\n${sections}`;
}

