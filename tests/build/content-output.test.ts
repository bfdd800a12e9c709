// What the content rules promise, checked on the built site: who wrote a scope table's rows,
// each table the same on its page and its printable, the home page's "Where to start" cards as
// content/home.yaml lists them, moved pages that link on, and learning-path steps done with the agency.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fixedPages, guideHref, pathHref, printHref, printPacketHref, printPathHref, printScopeHref, roleHref } from '../../src/lib/routes.ts';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
const built = existsSync(join(dist, 'index.html'));
const skip = !built && 'run the build first';
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

/** Every table in content/scope-tables/: its page's address, id, caption and origin, in file order. */
function scopeTables() {
  const out: { href: string; page: string; id: string; caption: string; origin: string }[] = [];
  for (const f of readdirSync(join(root, 'content/scope-tables')).filter((f) => f.endsWith('.yaml')).sort()) {
    const page = f.replace(/\.yaml$/, '');
    const href = existsSync(join(root, 'content/guides', `${page}.mdx`)) ? guideHref(page) : roleHref(page);
    for (const t of parse(readFileSync(join(root, 'content/scope-tables', f), 'utf8')) as { id: string; caption: string; origin: string }[])
      out.push({ href, page, id: t.id, caption: t.caption, origin: t.origin });
  }
  return out;
}

/** The scope tables on a built page, as HTML, in page order. */
/** The whole tables on a page (each has an id; the first rows "At a glance" shows have none). */
const figures = (page: string) => [...page.matchAll(/<figure class="scope-table" id="table-[\s\S]*?<\/figure>/g)].map((m) => m[0]);

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
    assert.match(figcaptionAfter(html(printScopeHref(t.page)), t.caption), expected, `printable of ${t.href}: "${t.caption}"`);
  }
});

test('each page shows its tables, in the order of its scope-table file, exactly as its printable prints them', { skip }, () => {
  const tables = scopeTables();
  assert.ok(tables.length >= 16, `found ${tables.length} tables`);
  for (const href of new Set(tables.map((t) => t.href))) {
    const page = tables.find((t) => t.href === href)!.page;
    const onPage = figures(html(href));
    const printed = figures(html(printScopeHref(page)));
    assert.equal(onPage.length, tables.filter((t) => t.href === href).length, `${href} shows every table of content/scope-tables/${page}.yaml`);
    assert.deepEqual(printed, onPage, `the printable of ${href} prints the same tables as the page`);
  }
});

test('the home page lists the "Where to start" cards of content/home.yaml, each guide linked by its title', { skip }, () => {
  const { whereToStart } = parse(readFileSync(join(root, 'content/home.yaml'), 'utf8')) as { whereToStart: { heading: string; text: string; guides: string[] }[] };
  const page = html(fixedPages.home);
  const section = /<section aria-labelledby="start-heading"[\s\S]*?<\/section>/.exec(page)![0];
  const cards = [...section.matchAll(/<h3[^>]*>([\s\S]*?)<\/h3>[\s\S]*?<ul class="links"[^>]*>([\s\S]*?)<\/ul>/g)];
  assert.deepEqual(
    cards.map((c) => c[1]),
    whereToStart.map((c) => c.heading.replace(/'/g, '&#39;')),
  );
  whereToStart.forEach((card, i) => {
    const links = [...cards[i][2].matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(links, card.guides.map(guideHref), `the card "${card.heading}" links its guides in order`);
    for (const g of card.guides) {
      const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html(guideHref(g)))![1];
      assert.ok(cards[i][2].includes(`>${title}</a>`), `the card links "${g}" by its title`);
    }
  });
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

test('every printable is linked from the page it belongs to, and every page’s footer links to Print', { skip }, () => {
  const linksTo = (page: string, target: string) => html(page).includes(`href="${target}"`);
  const handouts = parse(readFileSync(join(root, 'content/handouts.yaml'), 'utf8')) as { id: string; guide: string }[];
  const paths = readdirSync(join(root, 'content/paths')).map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(root, 'content/paths', f), 'utf8')) })) as { id: string; stages: { steps: { page?: string }[] }[] }[];
  for (const h of handouts) {
    assert.ok(linksTo(h.guide, printHref(h.id)), `${h.guide} links to its handout ${printHref(h.id)}`);
    for (const p of paths.filter((p) => p.stages.some((s) => s.steps.some((st) => st.page === h.guide))))
      assert.ok(linksTo(pathHref(p.id), printHref(h.id)), `the path ${p.id} links to the handout ${h.id} of its guide ${h.guide}`);
  }
  for (const p of paths) {
    assert.ok(linksTo(pathHref(p.id), printPacketHref(p.id)), `the path ${p.id} links to its packet`);
    assert.ok(linksTo(pathHref(p.id), printPathHref(p.id)), `the path ${p.id} links to its checklist`);
  }
  for (const t of new Set(scopeTables().map((t) => `${t.href} ${t.page}`))) {
    const [href, page] = t.split(' ');
    assert.ok(linksTo(href, printScopeHref(page)), `${href} links to its scope tables' printable`);
  }
  for (const page of [fixedPages.home, fixedPages.about, guideHref('debriefing-after-a-crisis'), printHref('debrief-card')])
    assert.match(html(page), new RegExp(`<footer[\\s\\S]*href="${fixedPages.print}"[^>]*>Print</a>`), `${page}: Print in the footer`);
});
