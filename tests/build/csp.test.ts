// The Content-Security-Policy as the built site states it. Astro writes a <meta> policy into each
// page from astro.config.mjs (security.csp), with the hashes of that page's inline scripts and
// styles; public/_headers carries a header policy for hosts that read it. Whether anything on a
// page breaks the policy in a browser is checked on every page in tests/e2e/every-page.spec.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../../src/integrations/files.ts';

const dist = new URL('../../dist', import.meta.url).pathname;
const skip = !existsSync(join(dist, 'index.html')) && 'run the build first';

const htmlFiles = (dir: string) => filesUnder(dir).filter((f) => f.endsWith('.html') && !/^(pagefind|_astro)\//.test(f)).map((f) => join(dir, f));

type Policy = Map<string, string[]>;
const parsePolicy = (text: string): Policy =>
  new Map(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const isHash = (s: string) => /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/.test(s);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** A policy without its per-page hashes, as text, to compare pages. */
const withoutHashes = (p: Policy) => [...p].map(([d, s]) => `${d} ${s.filter((x) => !isHash(x)).join(' ')}`).join('; ');
/** The sources that apply to a kind of fetch: its own directive, or default-src. */
const effective = (p: Policy, directive: string, fallbacks: string[]) => [directive, ...fallbacks, 'default-src'].map((d) => p.get(d)).find(Boolean);

function pages() {
  return htmlFiles(dist).map((file) => {
    const html = readFileSync(file, 'utf8');
    const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)];
    const head = html.slice(0, html.search(/<\/head>/i));
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\ssrc=/i.test(m[1])).map((m) => m[2]);
    const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
    return { name: relative(dist, file), html, metas, inHead: metas.every((m) => head.includes(m[0])), policy: parsePolicy(decode(metas[0]?.[1] ?? '')), scripts, styles };
  });
}

test('every page carries one policy, the same strict one on every page apart from its own hashes', { skip }, () => {
  const all = pages();
  assert.ok(all.length > 50, `only ${all.length} pages built`);
  const first = withoutHashes(all[0].policy);
  for (const p of all) {
    assert.equal(p.metas.length, 1, `${p.name}: one Content-Security-Policy <meta>`);
    assert.ok(p.inHead, `${p.name}: the policy is in <head>`);
    assert.equal(withoutHashes(p.policy), first, `${p.name}: the same policy as ${all[0].name}`);
  }
  const policy = all[0].policy;
  assert.deepEqual(policy.get('default-src'), ["'self'"]);
  assert.deepEqual(policy.get('object-src'), ["'none'"]);
  assert.deepEqual(policy.get('base-uri'), ["'self'"]);
  assert.deepEqual(policy.get('form-action'), ["'self'"]);
  // Scripts: the site's own files, WebAssembly (Pagefind's search) and hashed inline scripts only.
  for (const p of all) {
    const scriptSrc = p.policy.get('script-src') ?? [];
    for (const s of scriptSrc) assert.ok(s === "'self'" || s === "'wasm-unsafe-eval'" || isHash(s), `${p.name}: script-src allows ${s}`);
    for (const s of p.policy.get('style-src') ?? []) assert.ok(s === "'self'" || isHash(s), `${p.name}: style-src allows ${s}`);
  }
  // Nothing from another site, in any directive.
  for (const [directive, sources] of policy) for (const s of sources) assert.ok(["'self'", "'none'", "'wasm-unsafe-eval'", 'data:', 'blob:'].includes(s) || isHash(s), `${directive} allows ${s}`);
  assert.deepEqual(policy.get('img-src'), ["'self'", 'data:']);
  assert.deepEqual(policy.get('worker-src'), ["'self'", 'blob:']);
});

test('every inline script and style is allowed by its hash, and nothing runs inline any other way', { skip }, () => {
  const themeInit = sha256(readFileSync(new URL('../../src/state/theme-init.js', import.meta.url), 'utf8'));
  for (const p of pages()) {
    const scriptSrc = p.policy.get('script-src') ?? [];
    const styleSrc = p.policy.get('style-src') ?? [];
    assert.ok(p.scripts.length > 0, `${p.name} has its inline scripts`);
    for (const s of p.scripts) assert.ok(scriptSrc.includes(sha256(s)), `${p.name}: the inline script "${s.slice(0, 60)}…" has no hash in script-src`);
    for (const s of p.styles) assert.ok(styleSrc.includes(sha256(s)), `${p.name}: the inline style "${s.slice(0, 60)}…" has no hash in style-src`);
    assert.ok(scriptSrc.includes(themeInit), `${p.name}: the theme script (src/state/theme-init.js) is allowed`);
    // Hashes do not allow event-handler attributes, javascript: links or style attributes.
    const tags = p.html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
    assert.doesNotMatch(tags, /<[^>]+\son[a-z]+\s*=/i, `${p.name}: an on…= event-handler attribute`);
    assert.doesNotMatch(tags, /\s(?:href|src|action)\s*=\s*["']?\s*javascript:/i, `${p.name}: a javascript: address`);
    assert.doesNotMatch(tags, /<[^>]+\sstyle\s*=/i, `${p.name}: a style attribute`);
  }
});

test(
  'the header policy for other hosts (public/_headers) stops framing and blocks nothing the page policy allows',
  { skip },
  () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    const line = /^\s*Content-Security-Policy:\s*(.+)$/m.exec(headers);
    assert.ok(line, 'dist/_headers has a Content-Security-Policy');
    const header = parsePolicy(line[1]);
    assert.deepEqual(header.get('frame-ancestors'), ["'none'"]);
    for (const p of pages()) {
      // Every directive both policies name says the same (apart from the page's hashes).
      for (const [d, sources] of header) if (p.policy.has(d)) assert.deepEqual(sources, p.policy.get(d)!.filter((s) => !isHash(s)), `${p.name}: ${d}`);
      const scripts = effective(header, 'script-src-elem', ['script-src']);
      const styles = effective(header, 'style-src-elem', ['style-src']);
      for (const s of p.scripts) assert.ok(!scripts || scripts.includes(sha256(s)), `${p.name}: the header policy blocks the inline script "${s.slice(0, 40)}…"`);
      for (const s of p.styles) assert.ok(!styles || styles.includes(sha256(s)), `${p.name}: the header policy blocks the inline style "${s.slice(0, 40)}…"`);
      assert.ok(!effective(header, 'script-src', []) || effective(header, 'script-src', [])!.includes("'wasm-unsafe-eval'"), `${p.name}: the header policy blocks Pagefind's WebAssembly`);
    }
  },
);
