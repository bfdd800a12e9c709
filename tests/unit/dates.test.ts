import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate } from '../../src/lib/dates.ts';

test('writes a date in words', () => {
  assert.equal(formatDate('2026-03-01T12:00:00.000Z', 'UTC'), 'March 1, 2026');
  assert.equal(formatDate(new Date('2026-11-23T00:00:00Z'), 'UTC'), 'November 23, 2026');
});

test('a date-only value keeps its day in UTC, whatever the reader’s zone', () => {
  assert.equal(formatDate(new Date('2026-01-01'), 'UTC'), 'January 1, 2026');
});

test('each language, month style and zone gets its own format when calls alternate', () => {
  const when = '2026-03-01T12:00:00.000Z';
  assert.equal(formatDate(when, 'UTC', 'long', 'es'), '1 de marzo de 2026');
  assert.equal(formatDate(when, 'UTC', 'short', 'en'), 'Mar 1, 2026');
  assert.equal(formatDate(when, 'UTC', 'long', 'en'), 'March 1, 2026');
  assert.equal(formatDate('2026-03-01T02:00:00.000Z', 'America/Los_Angeles', 'long', 'en'), 'February 28, 2026');
  assert.equal(formatDate(when, 'UTC', 'long', 'es'), '1 de marzo de 2026');
});

test('a value that is not a date reads "Invalid Date", as the browser writes it, rather than stopping the page', () => {
  assert.equal(formatDate('not a date', 'UTC'), 'Invalid Date');
});
