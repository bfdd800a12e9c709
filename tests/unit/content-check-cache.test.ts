// The content check keeps each page's results for the next check (src/integrations/content-check.ts,
// CheckCache): an unchanged page is not parsed or checked again, but a page that changed, or whose
// inputs changed, is; what the check reports is the same either way; a damaged cache loses nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { checkContent } from '../../src/integrations/content-check.ts';
import { formatIssue } from '../../src/lib/content-rules.ts';

const root = new URL('../..', import.meta.url).pathname;

test('kept results give the same report, and every change is checked again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pch-check-cache-'));
  try {
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    const cache = join(dir, '.astro/cache/content-check.json');
    const check = () => {
      const r = checkContent(dir, cache);
      return { ...r, problems: r.issues.map(formatIssue) };
    };
    const edit = (file: string, fn: (s: string) => string) => writeFileSync(join(dir, file), fn(readFileSync(join(dir, file), 'utf8')));

    const first = check();
    assert.equal(first.kept, 0);
    assert.deepEqual(first.problems, []);
    const pages = first.report.pages.length;
    const again = check();
    assert.equal(again.kept, pages, 'every page is kept when nothing changed');
    assert.deepEqual(again.report, first.report);
    assert.deepEqual(again.problems, []);

    // One page changed: only it is checked again, and its new problem is found.
    const guide = 'content/guides/crisis-continuum.mdx';
    edit(guide, (s) => `${s}\n\nWhen a peer worker is asked by a busy colleague to do a task that is not part of the peer role, the peer can say so kindly and then offer the help that the role does include.\n`);
    const edited = check();
    assert.equal(edited.kept, pages - 1);
    assert.ok(edited.problems.some((p) => p.startsWith(`${guide}:`) && p.includes('a sentence has 38 words')), edited.problems.join('\n'));
    assert.equal(check().problems.join('\n'), edited.problems.join('\n'), 'a kept page keeps its problems');

    // A page that is not valid MDX says so on every check, kept or not.
    const broken = 'content/guides/peer-role-drift.mdx';
    edit(broken, (s) => `${s}\n\n<Callout>\nNo end tag.\n`);
    for (const run of [check(), check()]) assert.ok(run.problems.some((p) => p.startsWith(`${broken}:`) && p.includes('is not valid MDX')), run.problems.join('\n'));
    edit(broken, (s) => s.replace('\n\n<Callout>\nNo end tag.\n', ''));

    // An input every page's rules read changed (a source is gone): every page is checked again.
    edit('content/sources.yaml', (s) => s.replace(/^- id: ne-mhttc-2023$/m, '- id: ne-mhttc-2023-renamed'));
    const renamed = check();
    assert.equal(renamed.kept, 0);
    assert.ok(renamed.problems.some((p) => p.includes('"ne-mhttc-2023"')), renamed.problems.join('\n'));

    // A damaged cache file is read as none: the check runs in full and reports the same.
    writeFileSync(cache, '{"code": "x", "parsed": ');
    const damaged = check();
    assert.equal(damaged.kept, 0);
    assert.deepEqual(damaged.problems, renamed.problems);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
