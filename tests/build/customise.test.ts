// An agency that forks the hub changes its name in content/site.yaml; the name changes everywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project-copy.ts';

function html(dir: string, acc: string[] = []): string[] {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) html(p, acc);
    else if (e.endsWith('.html')) acc.push(p);
  }
  return acc;
}

test('a customised site.yaml changes the hub name on every page', () => {
  const copy = copyProject('pch-custom-');
  const dir = copy.dir;
  try {
    copy.edit('content/site.yaml', (site) =>
      site
        .replace(/^name: .*$/m, 'name: Riverside Crisis Peer Learning')
        .replace(/^owner: .*$/m, 'owner: Riverside Behavioral Health')
        .replace('localResources: []', 'localResources:\n  - name: Riverside peer warmline\n    description: Peer support by phone for Riverside residents.\n    phone: "555-0100"\n    hours: Every day, 4 pm to 10 pm'),
    );
    const r = copy.build();
    assert.equal(r.status, 0, r.output);
    const pages = html(join(dir, 'dist'));
    assert.ok(pages.length > 50);
    for (const page of pages) {
      const text = readFileSync(page, 'utf8');
      assert.ok(!text.includes('Peer Crisis Hub'), `${page} still says "Peer Crisis Hub"`);
      assert.match(text, /<title>[^<]*Riverside Crisis Peer Learning[^<]*<\/title>/, `${page} title`);
      assert.match(text, /class="brand"[^>]*>Riverside Crisis Peer Learning</, `${page} header`);
    }
    const about = readFileSync(join(dir, 'dist/about/index.html'), 'utf8');
    assert.match(about, /Riverside Behavioral Health/);
    assert.match(about, /Riverside peer warmline/);
  } finally {
    copy.remove();
  }
});
