// Slips a reader sees in the built text (src/lib/text-slips.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metaSlips, textSlips } from '../../src/lib/text-slips.ts';
import { fitTitle } from '../../src/lib/sentence.ts';

const body = (html: string) => `<html><head><title>x</title><meta name="description" content="D" /><meta property="og:title" content="x" /><meta property="og:description" content="D" /></head><body>${html}</body></html>`;

test('a word run into a link, or a link into the next word, is a slip', () => {
  assert.equal(textSlips(body('browse the<a href="/roles/">roles</a> or')).length, 1);
  assert.equal(textSlips(body('read<a href="/g/">how</a>')).length, 1);
  assert.equal(textSlips(body('<a href="/g/">the guide</a>and more')).length, 1);
});

test('a sentence run into the next and a doubled full stop are slips', () => {
  assert.match(textSlips(body('<p>keep it steady.It has 24 guides.</p>'))[0], /steady\.It/);
  assert.match(textSlips(body('<p>The answer: Call 988..</p>'))[0], /"\.\."|ends/);
});

test('spaced text, an ellipsis, a citation, abbreviations and scripts are not slips', () => {
  const fine = body(
    '<p>browse the <a href="/roles/">roles</a>, the <strong>team</strong>. Wait… or wait... then U.S. law, e.g. this.</p>' +
      '<p>in three parts:<span class="cite" data-x>(<a href="/sources/#a">NE MHTTC</a>)</span></p>' +
      '<p><span class="mark">! </span>Organizational drift</p><script>a.b.Cd..x</script>' +
      '<h2>It is steady.</h2><p>Then it holds.</p><ul><li>One thing.</li><li>Another.</li></ul>',
  );
  assert.deepEqual(textSlips(fine), []);
});

test('a sentence gets one full stop, never two', async () => {
  const { asSentence } = await import('../../src/lib/sentence.ts');
  assert.deepEqual(['Call 988', 'Call 988.', 'n.d.', 'Is it? ', 'He said “stop.”'].map(asSentence), ['Call 988.', 'Call 988.', 'n.d.', 'Is it?', 'He said “stop.”']);
});

test('the build check names each built page with a slip', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { checkBuiltText } = await import('../../src/integrations/built-links.ts');
  const dir = mkdtempSync(join(tmpdir(), 'pch-slips-'));
  try {
    mkdirSync(join(dir, 'about'));
    writeFileSync(join(dir, 'index.html'), body('<p>All is well. <a href="/about/">About</a>.</p>'));
    writeFileSync(join(dir, 'about', 'index.html'), body('<p>Each fact is cited, and the<a href="/sources/">sources page</a> lists them.</p>'));
    const found = checkBuiltText(dir);
    assert.equal(found.length, 1);
    assert.match(found[0], /^about\/index\.html: a word runs into the next before a link/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a length of time reads as a reader says it', async () => {
  const { aboutTime } = await import('../../src/lib/sentence.ts');
  const { words } = await import('./words.ts');
  const [en, es] = [words('en'), words('es')];
  assert.deepEqual([1, 40, 60, 89, 104, 212].map((m) => aboutTime(m, en)), ['about 1 minute', 'about 40 minutes', 'about 1 hour', 'about 1 hour', 'about 2 hours', 'about 4 hours']);
  assert.deepEqual([40, 60, 104].map((m) => aboutTime(m, es)), ['unos 40 minutos', '1 hora aprox.', 'unas 2 horas']);
});

test('a page head needs a title that shows whole, a description and Open Graph title and description', () => {
  const head = (title: string, metas = '<meta name="description" content="D" /><meta property="og:title" content="T" /><meta property="og:description" content="D" />') => `<html><head><title>${title}</title>${metas}</head><body></body></html>`;
  assert.deepEqual(metaSlips(head('Scope of practice | Peer Crisis Hub'), 70), []);
  assert.deepEqual(metaSlips(head(`${'x'.repeat(60)} | Peer Crisis Hub`), 70), [`the title has 78 characters (at most 70 show whole in search results): shorten "${'x'.repeat(60)} | Peer Crisis Hub"`]);
  assert.deepEqual(metaSlips(head('California&#39;s care', '<meta name="description" content="D" />'), 70), ['the page has no og:title', 'the page has no og:description']);
  assert.deepEqual(metaSlips('<html><head></head></html>', 70), ['the page has no <title>', 'the page has no description', 'the page has no og:title', 'the page has no og:description']);
});

test('fitTitle adds the hub name only where both fit', () => {
  assert.equal(fitTitle('Glossary', 'Peer Crisis Hub'), 'Glossary | Peer Crisis Hub');
  assert.equal(fitTitle('x'.repeat(60), 'Peer Crisis Hub'), 'x'.repeat(60));
  assert.equal(fitTitle('Peer Crisis Hub', 'Learn what peer support workers do in crisis services, where the role ends.', ': '), 'Peer Crisis Hub');
});

test('a count takes the right noun', async () => {
  const { count } = await import('../../src/lib/sentence.ts');
  assert.deepEqual([count(1, 'page', 'pages'), count(0, 'page', 'pages'), count(3, 'page', 'pages')], ['1 page', '0 pages', '3 pages']);
});

test('a note prints whole when short, else cut after a whole word and marked as cut', async () => {
  const { shortenNote, PRINTED_NOTE_MAX } = await import('../../src/lib/printed-note.ts');
  assert.deepEqual(shortenNote('  Ask about pacing\n on long calls. '), { text: 'Ask about pacing on long calls.', cut: false });
  const long = 'Ask my supervisor about pacing on long calls, and about what to say when a caller asks me to keep a secret. '.repeat(5);
  const { text, cut } = shortenNote(long);
  assert.equal(cut, true);
  assert.ok(text.length <= PRINTED_NOTE_MAX + 1, `${text.length} characters`);
  assert.ok(text.endsWith('…') && !/[ ,]…$/.test(text), text);
  assert.ok(long.startsWith(text.slice(0, -1)), 'the kept words are the note’s own, in order');
  assert.match(text.slice(0, -1), /\b(pacing|calls|secret|supervisor|what|when|caller|asks|keep|about|to|say|a|me|and|my|on|long|Ask)$/, 'it ends on a whole word');
  // One word longer than the limit is cut inside the word rather than lost.
  assert.equal(shortenNote('x'.repeat(300)).text, `${'x'.repeat(PRINTED_NOTE_MAX)}…`);
});
