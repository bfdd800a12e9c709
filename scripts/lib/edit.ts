// The one-word edit of the "next version" the update tests publish (scripts/build-edited.ts,
// tests/e2e/updates.spec.ts, and the update bytes in npm run bench).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = 'content/guides/debriefing-after-a-crisis.mdx';
const before = 'Each part of that description matters.';
const after = 'Each part of that description counts.';

export const EDIT = {
  /** The guide's address, and the sentence before and after the edit. */
  page: '/guides/debriefing-after-a-crisis/',
  before,
  after,
  description: `"matters" to "counts" in ${file}`,
  /** Makes the edit in a copy of the project; fails when the sentence is no longer there. */
  apply(dir: string) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(before)) throw new Error(`${file} no longer holds "${before}": change scripts/lib/edit.ts to a sentence it holds`);
    writeFileSync(path, text.replace(before, after));
  },
};
