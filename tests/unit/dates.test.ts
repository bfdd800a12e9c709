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
