// A reader's question becomes the words worth searching for; a result opens at its best section.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestSectionUrl, resultsOnScreen, searchableQuery } from '../../src/lib/search-query.ts';

test('question words are left out of a natural question', () => {
  assert.equal(searchableQuery('what do peers do in the ER'), 'peers ER');
  assert.equal(searchableQuery('Can I hug?'), 'hug?');
  assert.equal(searchableQuery('what am I allowed to do on a mobile crisis team'), 'allowed mobile crisis team');
  assert.equal(searchableQuery('What’s not allowed'), 'not allowed');
});

test('words that carry the meaning stay, and a query of question words only is searched as written', () => {
  assert.equal(searchableQuery('peer role drift'), 'peer role drift');
  assert.equal(searchableQuery('  988  '), '988');
  assert.equal(searchableQuery('who are you'), 'who are you');
  assert.equal(searchableQuery(''), '');
});

test('a result opens at the section with the strongest matches, or at the page when they come before any heading', () => {
  const page = '/roles/emergency-department/?highlight=ride';
  const top = { url: page, weighted_locations: [{ weight: 1, balanced_score: 3 }] };
  const example = { url: `${page}#an-example`, anchor: { id: 'an-example' }, weighted_locations: [{ weight: 1, balanced_score: 2 }, { weight: 1, balanced_score: 4 }] };
  const other = { url: `${page}#other`, anchor: { id: 'other' }, weighted_locations: [{ weight: 1, balanced_score: 1 }] };
  assert.equal(bestSectionUrl(page, [top, example, other]), `${page}#an-example`);
  assert.equal(bestSectionUrl(page, [{ ...top, weighted_locations: [{ weight: 1, balanced_score: 9 }] }, example]), page);
  // A match in the title or keywords (weight 10) says the page is right, not where: it does not hold the reader at the top.
  assert.equal(bestSectionUrl(page, [{ ...top, weighted_locations: [{ weight: 10, balanced_score: 90 }] }, example]), `${page}#an-example`);
  assert.equal(bestSectionUrl(page, []), page);
  assert.equal(bestSectionUrl(page, [{ url: `${page}#a`, anchor: {}, locations: [1, 2] }, { url: `${page}#b`, anchor: {}, locations: [5] }]), `${page}#a`, 'without weights, the most matches');
});

test('search loads at first only the results that fit on one screen, 3 to 12', () => {
  assert.equal(resultsOnScreen(812), 6);
  assert.equal(resultsOnScreen(640), 5);
  assert.equal(resultsOnScreen(200), 3);
  assert.equal(resultsOnScreen(4000), 12);
});
