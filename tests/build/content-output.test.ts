// What the content rules promise, checked on the built site: who wrote a scope table's rows,
// moved pages that link on, and learning-path steps done with the agency.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
const built = existsSync(join(dist, 'index.html'));
const skip = !built && 'run the build first';
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

/** Every ScopeTable in the guide and role pages: page address, caption and origin. */
function scopeTables() {
  const out: { href: string; caption: string; origin: string }[] = [];
  for (const kind of ['guides', 'roles'])
    for (const f of readdirSync(join(root, 'content', kind)).filter((f) => f.endsWith('.mdx')))
      for (const m of readFileSync(join(root, 'content', kind, f), 'utf8').matchAll(/<ScopeTable\b[\s\S]*?\/>/g))
        out.push({ href: `/${kind}/${f.replace(/\.mdx$/, '')}/`, caption: /caption="([^"]*)"/.exec(m[0])![1], origin: /origin="([^"]*)"/.exec(m[0])![1] });
  return out;
}

const figcaptionAfter = (page: string, caption: string) => {
  const escaped = caption.replace(/&/g, '&amp;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = page.search(new RegExp(`<caption[^>]*>${escaped.replace(/'/g, "(?:'|&#39;)").replace(/"/g, '(?:"|&quot;)')}</caption>`));
  assert.ok(at >= 0, `the table "${caption}" is on the page`);
  return /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(page.slice(at))![1].replace(/<[^>]+>/g, '');
};

test('each scope table says who wrote its rows, on its page and on its printable', { skip }, () => {
  const tables = scopeTables();
  assert.ok(tables.some((t) => t.origin === 'hub') && tables.some((t) => t.origin === 'source'), 'the hub has tables of both kinds');
  for (const t of tables) {
    const expected = t.origin === 'hub' ? /^Examples written for this hub, applying \(/ : /^Source: \(/;
    assert.match(figcaptionAfter(html(t.href), t.caption), expected, `${t.href}: "${t.caption}"`);
    assert.match(figcaptionAfter(html(`/print/scope/${t.href.split('/')[2]}/`), t.caption), expected, `printable of ${t.href}: "${t.caption}"`);
  }
});

test('a moved page keeps its old address, says where it went and takes the reader there', { skip }, () => {
  const moved = parse(readFileSync(join(root, 'content/moved.yaml'), 'utf8')) as { from: string; to: string; title: string }[];
  assert.ok(moved.length > 0);
  for (const m of moved) {
    const page = html(m.from);
    assert.ok(page.includes(`<meta http-equiv="refresh" content="0; url=${m.to}">`), `${m.from} sends the reader on`);
    assert.ok(page.includes('<meta name="robots" content="noindex">'));
    assert.match(page, new RegExp(`<a href="${m.to}">Go to [^<]+</a>`));
    assert.ok(!page.includes('data-pagefind-body'), 'a moved page is not in search');
    assert.ok(page.includes('href="tel:988"'), 'the crisis line is on the moved page too');
  }
});

test('a path step done with the agency is listed and signed off on paper, not tracked online', { skip }, () => {
  const path = parse(readFileSync(join(root, 'content/paths/onboarding-crisis-peer-specialist.yaml'), 'utf8'));
  const task: string = path.stages.flatMap((s: { steps: { task?: string }[] }) => s.steps).find((s: { task?: string }) => s.task).task;
  const page = html('/paths/onboarding-crisis-peer-specialist/');
  const item = /<li[^>]*>(?:(?!<\/li>)[\s\S])*?<\/li>/g;
  const li = [...page.matchAll(item)].map((m) => m[0]).find((l) => l.includes(task.replace(/'/g, '&#39;')) || l.includes(task))!;
  assert.ok(li, 'the task is listed');
  assert.ok(!li.includes('data-step') && !li.includes('<a '), 'the task has no link and is not ticked from the record');
  assert.ok(page.includes('data-step="/roles/"'), 'the roles index is a step');
  assert.ok(html('/print/paths/onboarding-crisis-peer-specialist/').includes(task.replace(/'/g, '&#39;')) || html('/print/paths/onboarding-crisis-peer-specialist/').includes(task));
});
