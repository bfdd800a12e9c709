import { test } from 'node:test';
import assert from 'node:assert/strict';
import { andIn, citeLabel, textAround, dictionaryIssues, flatten, keysUsedIn, pick, placeholders, translator } from '../../src/lib/i18n.ts';
import { spanishSyllables } from '../../src/lib/spanish-syllables.ts';
import { infleszOf, sentences } from '../../src/lib/readability.ts';
import { readBackup } from '../../src/lib/backup.ts';
import { scoreChange } from '../../src/lib/results.ts';
import { words } from './words.ts';

test('a dictionary’s sections become dotted keys', () => {
  assert.deepEqual(flatten({ search: { close: 'Close', results: { one: '{n} result', other: '{n} results' } }, skip: 'Skip' }), {
    'search.close': 'Close',
    'search.results.one': '{n} result',
    'search.results.other': '{n} results',
    skip: 'Skip',
  });
});

test('a language that lacks a key, adds one, leaves one empty or changes a placeholder is named, key by key', () => {
  const en = { a: 'Call {number}', b: 'Text', c: 'Close' };
  const issues = dictionaryIssues(en, { a: 'Llame al {numero}', b: ' ', d: 'Extra' });
  assert.deepEqual(
    issues.map((i) => i.key),
    ['a', 'b', 'c', 'd'],
  );
  assert.match(issues[0].message, /\{number\}/);
  assert.match(issues[2].message, /missing/);
  assert.deepEqual(dictionaryIssues(en, { a: 'Llame al {number}', b: 'Texto', c: 'Cerrar' }), []);
});

test('placeholders are read once each, in order of name', () => {
  assert.deepEqual(placeholders('{b} of {a}, {b}'), ['a', 'b']);
});

test('a translator fills placeholders, picks the plural form and writes numbers the language’s way', () => {
  const t = translator({ 'x.results.one': '{n} result', 'x.results.other': '{n} results', 'x.call': 'Call {number}' }, 'en');
  assert.equal(t('x.results', { n: 1 }), '1 result');
  assert.equal(t('x.results', { n: 1200 }), '1,200 results');
  assert.equal(t('x.call', { number: '988' }), 'Call 988');
  const es = translator({ 'x.results.one': '{n} resultado', 'x.results.other': '{n} resultados' }, 'es');
  assert.equal(es('x.results', { n: 1 }), '1 resultado');
  assert.equal(es('x.results', { n: 2 }), '2 resultados');
});

test('an unknown key stops the page that asks for it, naming the dictionary', () => {
  assert.throws(() => translator({}, 'es')('nav.home'), /nav\.home.*content\/i18n\/es\.yaml/);
});

test('an island carries only its sections', () => {
  assert.deepEqual(pick({ 'search.a': '1', 'searchy.b': '2', 'progress.c': '3', search: '4' }, ['search']), { 'search.a': '1', search: '4' });
});

test('the keys a source file uses are found in its t() calls', () => {
  assert.deepEqual(keysUsedIn(`t('header.menu'); t("search.results", { n }); const at = t( 'x.y-z' )`), ['header.menu', 'search.results', 'x.y-z']);
});

test('Spanish syllables: diphthongs, hiatus, silent u, h and final y', () => {
  const cases: [string, number][] = [
    ['casa', 2],
    ['poeta', 3],
    ['día', 2],
    ['ciudad', 2],
    ['cuota', 2],
    ['que', 1],
    ['guitarra', 3],
    ['pingüino', 3],
    ['hoy', 1],
    ['y', 1],
    ['muy', 1],
    ['leer', 2],
    ['país', 2],
    ['apoyo', 3],
    ['emergencias', 4],
    ['supervisión', 4],
    ['acompañamiento', 6],
    ['estabilización', 6],
    ['988', 1],
  ];
  for (const [word, n] of cases) assert.equal(spanishSyllables(word), n, word);
});

test('INFLESZ rises with shorter sentences and words; Spanish sentences may open with ¿ or ¡', () => {
  assert.deepEqual(sentences('Llame al 988. ¿Está en peligro? ¡Llame al 911!'), ['Llame al 988.', '¿Está en peligro?', '¡Llame al 911!']);
  const plain = infleszOf(['Usted escucha.', 'Usted avisa a su equipo.']);
  const dense = infleszOf(['La supervisión especializada proporciona orientación profesional permanente a los especialistas comunitarios de apoyo.']);
  assert.ok(plain > 65, String(plain));
  assert.ok(dense < 20, String(dense));
});

test('a wrong progress file and a score change are told in the page language', () => {
  const es = words('es');
  const empty = readBackup(new Uint8Array(), es);
  assert.equal(empty.ok, false);
  assert.match((empty as { message: string }).message, /^El archivo está vacío\./);
  const photo = readBackup(new TextEncoder().encode('GIF89a'), es);
  assert.match((photo as { message: string }).message, /no es un archivo de progreso de este sitio/);
  assert.equal(scoreChange([{ correct: 7, total: 8 }, { correct: 5, total: 8 }], es), 'sube 2 desde 5 de 8');
  assert.equal(scoreChange([{ correct: 5, total: 8 }, { correct: 5, total: 8 }], es), 'igual que la vez anterior (5 de 8)');
});

test('a citation label is said in the page language, and an English document name is marked as English', () => {
  assert.deepEqual(citeLabel('Brinkley and Rodriguez, 2023', 'es'), { text: 'Brinkley y Rodriguez, 2023' });
  assert.deepEqual(citeLabel('Davidson and others, 2006', 'es'), { text: 'Davidson y otros, 2006' });
  assert.deepEqual(citeLabel('Mead, 2003; Solomon, 2004', 'es'), { text: 'Mead, 2003; Solomon, 2004' });
  assert.deepEqual(citeLabel('NE MHTTC, 2023', 'es'), { text: 'NE MHTTC, 2023' });
  assert.deepEqual(citeLabel('SAMHSA crisis peer advisory', 'es'), { text: 'SAMHSA crisis peer advisory', lang: 'en-US' });
  assert.deepEqual(citeLabel('Texas certification survey, 2016', 'es'), { text: 'Texas certification survey, 2016', lang: 'en-US' });
  assert.deepEqual(citeLabel('Brinkley and Rodriguez, 2023', 'en'), { text: 'Brinkley and Rodriguez, 2023' });
});

test('years and names joined by "and" take the language\'s own word', () => {
  assert.equal(andIn('2003 and 2004', 'es'), '2003 y 2004');
  assert.equal(andIn('2003 and 2004', 'en'), '2003 and 2004');
});

test('a key\'s text is cut where markup goes, in the order the language puts it', () => {
  const es = words('es');
  assert.deepEqual(textAround(es, 'cite.via', ['source', 'via']), [{ slot: 'source' }, ', a través de ', { slot: 'via' }]);
  assert.deepEqual(textAround(es, 'printable.scopeFrom', ['page'], { site: 'Peer Crisis Hub' }), ['De la página ', { slot: 'page' }, ', en Peer Crisis Hub.']);
});
