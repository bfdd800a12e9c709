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
        .replace(/^name: .*$/m, 'url: https://learning.riverside.example.org/\nname: Riverside Crisis Peer Learning')
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
      // The name follows the page's title wherever both fit in 70 characters.
      const title = /<title>([^<]*)<\/title>/.exec(text)![1].replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      if (!title.includes('Riverside Crisis Peer Learning')) assert.ok(`${title} | Riverside Crisis Peer Learning`.length > 70, `${page} title "${title}" has room for the hub's name`);
      assert.match(text, /class="brand"[^>]*>Riverside Crisis Peer Learning</, `${page} header`);
    }
    const about = readFileSync(join(dir, 'dist/about/index.html'), 'utf8');
    // With its public address, every page names its canonical address, and a sitemap is written.
    assert.match(about, /<link rel="canonical" href="https:\/\/learning\.riverside\.example\.org\/about\/">/);
    assert.match(about, /<meta property="og:url" content="https:\/\/learning\.riverside\.example\.org\/about\/">/);
    assert.match(readFileSync(join(dir, 'dist/robots.txt'), 'utf8'), /^Sitemap: https:\/\/learning\.riverside\.example\.org\/sitemap-index\.xml$/m);
    const sitemap = readFileSync(join(dir, 'dist/sitemap-0.xml'), 'utf8');
    assert.match(sitemap, /<loc>https:\/\/learning\.riverside\.example\.org\/guides\/scope-of-practice\/<\/loc>/);
    assert.doesNotMatch(sitemap, /\/print\/|\/progress\/|\/search\//, 'printables and reader-only pages are not listed');
    assert.match(about, /Riverside Behavioral Health/);
    assert.match(about, /Riverside peer warmline/);
    // On paper, steps carry their full address; a packet's self-assessments have a QR code of it.
    const checklist = readFileSync(join(dir, 'dist/print/paths/start-here/index.html'), 'utf8');
    assert.match(checklist, /Guide: https:\/\/learning\.riverside\.example\.org\/guides\/what-is-peer-support\//);
    const packet = readFileSync(join(dir, 'dist/print/packets/start-here/index.html'), 'utf8');
    assert.match(packet, /at https:\/\/learning\.riverside\.example\.org\/assessments\/in-role-or-out-of-role\//);
    assert.match(packet, /<svg role="img" aria-label="QR code: the self-assessment In role or out of role\?, at https:\/\/learning\.riverside\.example\.org\/assessments\/in-role-or-out-of-role\/"/);
    assert.match(packet, /Riverside Crisis Peer Learning, published by Riverside Behavioral Health/);
  } finally {
    copy.remove();
  }
});
