// An agency that forks the hub changes its name in content/site.yaml; the name changes everywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';

const root = new URL('../..', import.meta.url).pathname;

function html(dir: string, acc: string[] = []): string[] {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) html(p, acc);
    else if (e.endsWith('.html')) acc.push(p);
  }
  return acc;
}

test('a customised site.yaml changes the hub name on every page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pch-custom-'));
  try {
    for (const p of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, p), join(dir, p), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const site = readFileSync(join(dir, 'content/site.yaml'), 'utf8')
      .replace(/^name: .*$/m, 'name: Riverside Crisis Peer Learning')
      .replace(/^owner: .*$/m, 'owner: Riverside Behavioral Health')
      .replace('localResources: []', 'localResources:\n  - name: Riverside peer warmline\n    description: Peer support by phone for Riverside residents.\n    phone: "555-0100"\n    hours: Every day, 4 pm to 10 pm');
    writeFileSync(join(dir, 'content/site.yaml'), site);
    const r = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8', timeout: 180_000 });
    assert.equal(r.status, 0, r.stderr);
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
    rmSync(dir, { recursive: true, force: true });
  }
});
