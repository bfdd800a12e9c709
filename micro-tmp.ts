import { readFileSync, readdirSync } from 'node:fs';
import { mdxParser } from './src/lib/mdx-tree.ts';
import { pageFacts } from './src/lib/mdx-rules.ts';
import { readability } from './src/lib/readability.ts';
import { readingMinutes } from './src/lib/content-rules.ts';
const texts: string[] = [];
for (const d of ['guides', 'roles']) for (const f of readdirSync('content/' + d)) texts.push(readFileSync(`content/${d}/${f}`, 'utf8'));
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  const trees = texts.map((x) => mdxParser.parse(x));
  const a = performance.now() - t; t = performance.now();
  const facts = trees.map((x) => pageFacts(x));
  const b = performance.now() - t; t = performance.now();
  facts.map((f) => readability(f.blocks));
  const c = performance.now() - t; t = performance.now();
  trees.map((x) => readingMinutes(x));
  const d = performance.now() - t;
  console.log(`parse ${a.toFixed(0)} facts ${b.toFixed(0)} readability ${c.toFixed(0)} minutes ${d.toFixed(0)}`);
}
