// Paper: the titles a path's steps print under, the packet's measured numbers written into its
// pages, another page's body nested in a packet, the pages a printed PDF's links land on, the
// content's edition, full addresses, running heads and QR codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHECKLIST_ANCHOR, fillPacketNumbers, pageMarker, partAnchor, sheetsMarker, stepTitles } from '../../src/lib/packet.ts';
import { nestHtml } from '../../src/lib/nest-html.ts';
import { pdfDestinationPages, pdfPages } from '../../src/lib/pdf.ts';
import { contentVersion } from '../../src/lib/content-version.ts';
import { fullAddress } from '../../src/lib/routes.ts';
import { cssString, pageHeadStyle } from '../../src/lib/print-pages.ts';
import { scoreChange } from '../../src/lib/results.ts';
import { qrSvg } from '../../src/lib/qr.ts';
import { words } from './words.ts';

const en = words('en');

const step = (title: string, page: string | undefined, kind: string, stage = 'First month') => ({ title, page, kind, assessment: kind !== 'Guide', stage });

test('steps that share a title, or come again, print under titles that tell them apart', () => {
  const titles = stepTitles([
    step('What peer support is', '/guides/what-is-peer-support/', 'Guide'),
    step('The four crisis competencies', '/guides/crisis-competencies/', 'Guide'),
    step('The four crisis competencies', '/assessments/crisis-competencies/', 'Self-rating'),
    step('Peer role drift', '/guides/peer-role-drift/', 'Guide'),
    step('Peer role drift', '/guides/peer-role-drift/', 'Guide', 'First three months'),
    step('The four crisis competencies', '/assessments/crisis-competencies/', 'Self-rating', 'First three months'),
  ]);
  assert.deepEqual(titles, [
    'What peer support is',
    'The four crisis competencies (guide)',
    'The four crisis competencies (self-rating)',
    'Peer role drift',
    'Peer role drift (read again in first three months)',
    'The four crisis competencies (self-rating, retake)',
  ]);
  assert.equal(new Set(titles).size, titles.length);
});

test('the measured length and page numbers are written where the markers stand, and only there', () => {
  const page = `<li><a href="/print/packets/a/">A</a>${sheetsMarker('a', 'list')}</li><p>${sheetsMarker('a', 'sentence')}</p><li>${sheetsMarker('b', 'list')}</li>${pageMarker(partAnchor(1))}${pageMarker(CHECKLIST_ANCHOR)}`;
  const filled = fillPacketNumbers(page, new Map([['a', 1]]), new Map([['part-1', 3]]));
  assert.equal(
    filled,
    `<li><a href="/print/packets/a/">A</a> (1 page)</li><p>It prints on 1 page of A4 or US Letter paper. </p><li>${sheetsMarker('b', 'list')}</li><span class="page-no" data-page-of="part-1">3</span>${pageMarker(CHECKLIST_ANCHOR)}`,
  );
  assert.match(fillPacketNumbers(sheetsMarker('a', 'list'), new Map([['a', 72]])), /^ \(72 pages\)$/);
});

test('a nested body keeps every id its own and its headings under the part’s', () => {
  const body = '<h2 id="start">Start</h2><section aria-labelledby="start glance"><h3 id="glance">At a glance</h3><a href="#table-x">all rows</a><a href="/guides/y/#z">other page</a><label for="q">Q</label></section>';
  assert.equal(
    nestHtml(body, 'part-2'),
    '<h3 id="part-2-start">Start</h3><section aria-labelledby="part-2-start part-2-glance"><h4 id="part-2-glance">At a glance</h4><a href="#part-2-table-x">all rows</a><a href="/guides/y/#z">other page</a><label for="part-2-q">Q</label></section>',
  );
  assert.equal(nestHtml('<h6 id="a">x</h6>', 'p'), '<h6 id="p-a">x</h6>', 'h6 stays h6');
});

/** A PDF as Chromium writes one: pages under a two-level page tree, and named destinations. */
function fakePdf(dests: Record<string, number>, pages = 10) {
  const page = (i: number) => 100 + i;
  const objs = [
    '1 0 obj\n<</Type /Catalog\n/Pages 2 0 R\n/Dests 5 0 R>>\nendobj',
    `2 0 obj\n<</Type /Pages\n/Count ${pages}\n/Kids [3 0 R 4 0 R]>>\nendobj`,
    `3 0 obj\n<</Type /Pages\n/Count 8\n/Kids [${Array.from({ length: 8 }, (_, i) => `${page(i)} 0 R`).join(' ')}]\n/Parent 2 0 R>>\nendobj`,
    `4 0 obj\n<</Type /Pages\n/Count ${pages - 8}\n/Kids [${Array.from({ length: pages - 8 }, (_, i) => `${page(i + 8)} 0 R`).join(' ')}]\n/Parent 2 0 R>>\nendobj`,
    `5 0 obj\n<<${Object.entries(dests).map(([n, p]) => `/${n.replace('-', '#2D')} [${page(p - 1)} 0 R /XYZ 0 778.5 0]`).join('\n')}>>\nendobj`,
    ...Array.from({ length: pages }, (_, i) => `${page(i)} 0 obj\n<</Type /Page\n/Parent ${i < 8 ? 3 : 4} 0 R>>\nendobj`),
  ];
  return Buffer.from(`%PDF-1.4\n${objs.join('\n')}\n%%EOF`, 'latin1');
}

test('the page each linked part starts on is read from the PDF’s page tree and destinations', () => {
  const pdf = fakePdf({ 'part-1': 3, 'part-2': 9, 'sign-off': 10 });
  assert.equal(pdfPages(pdf), 10);
  assert.deepEqual([...pdfDestinationPages(pdf)], [['part-1', 3], ['part-2', 9], ['sign-off', 10]]);
  assert.throws(() => pdfDestinationPages('%PDF-1.4\n%%EOF'), /no catalog/);
});

test('the content version is the same for the same files in any order, and changes with any file', () => {
  const files = [{ path: 'guides/a.mdx', bytes: 'A' }, { path: 'site.yaml', bytes: 'name: Hub' }];
  const v = contentVersion(files);
  assert.match(v, /^[0-9a-f]{8}$/);
  assert.equal(contentVersion([...files].reverse()), v);
  assert.notEqual(contentVersion([files[0], { path: 'site.yaml', bytes: 'name: Hub!' }]), v);
  assert.notEqual(contentVersion([{ path: 'guides/b.mdx', bytes: 'A' }, files[1]]), v, 'a renamed file is another edition');
});

test('a full address for paper needs the hub’s public address, and keeps its folder', () => {
  assert.equal(fullAddress('/guides/x/', 'https://example.org/', '/'), 'https://example.org/guides/x/');
  assert.equal(fullAddress('/guides/x/', 'https://example.org/peer-hub/', '/peer-hub/'), 'https://example.org/peer-hub/guides/x/');
  assert.equal(fullAddress('/guides/x/', undefined, '/'), null);
});

test('a running head is a CSS string whatever the title holds', () => {
  assert.equal(cssString('Say "no" \\ kindly'), '"Say \\"no\\" \\\\ kindly"');
  const css = pageHeadStyle('Start "here"', 'Peer Crisis Hub');
  assert.match(css, /@top-left\{content:"Start \\"here\\""\}/);
  assert.match(css, /counter\(page\) " of " counter\(pages\)/);
  assert.match(css, /@page:first\{@top-left\{content:none\}/);
});

test('a knowledge check’s change says which way the latest score moved, from what', () => {
  assert.equal(scoreChange([{ correct: 7, total: 8 }], en), null);
  assert.equal(scoreChange([{ correct: 7, total: 8 }, { correct: 5, total: 8 }], en), 'up 2 from 5 of 8');
  assert.equal(scoreChange([{ correct: 4, total: 8 }, { correct: 5, total: 8 }], en), 'down 1 from 5 of 8');
  assert.equal(scoreChange([{ correct: 5, total: 8 }, { correct: 5, total: 8 }], en), 'the same as before (5 of 8)');
});

test('a QR code is an SVG with a name for screen readers and a size on paper', async () => {
  const svg = await qrSvg('https://example.org/assessments/a/', 'QR code: the self-assessment "A" & more');
  assert.match(svg, /^<svg role="img" aria-label="QR code: the self-assessment &quot;A&quot; &amp; more" width="28mm" height="28mm" class="qr" /);
  const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  assert.equal((side - 4 - 17) % 4, 0, 'a QR symbol of 21, 25, 29 ... modules with its quiet zone');
});

test('scope tables are never split: a table that does not fit in what is left of a sheet starts the next', async () => {
  const { scopePages } = await import('../../src/lib/print-pages.ts');
  const rows = (n: number) => ({ rows: Array.from({ length: n }) });
  assert.equal(scopePages([rows(8)]), 1);
  assert.equal(scopePages([rows(4), rows(17), rows(8)]), 3, 'the scope-of-practice guide: each table on a sheet of its own');
  assert.equal(scopePages([rows(6), rows(6)]), 1);
  assert.equal(scopePages([rows(40)]), 2, 'a table longer than a sheet takes two');
});
