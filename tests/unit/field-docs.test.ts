import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { fieldRows, fieldTable, valueListSection } from '../../src/lib/field-docs.ts';

const colours = ['red', 'green'] as const;
const lists = [{ name: 'Colours', values: colours, labels: { red: 'Red', green: 'Green' } }];

const schema = z
  .object({
    name: z.string().min(3).max(40).describe('The name, as readers see it'),
    colours: z.array(z.enum(colours)).min(1).describe('Which colours it comes in.'),
    shade: z.enum(['light', 'dark']).default('light').describe('How deep the colour is.'),
    when: z.coerce.date().describe('When it was made.'),
    count: z.number().int().min(1).describe('How many there are.'),
    parts: z
      .array(z.object({ id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).describe('The part\'s id.'), note: z.string().optional().describe('A note on <this> part | or that.') }).strict())
      .default([])
      .describe('Its parts.'),
  })
  .strict();

test('one row per field, nested fields straight after their list, with what each takes', () => {
  const rows = fieldRows(schema, { lists });
  assert.deepEqual(
    rows.map((r) => [r.field, r.needed]),
    [
      ['name', 'yes'],
      ['colours', 'yes'],
      ['shade', 'no (if left out: `light`)'],
      ['when', 'yes'],
      ['count', 'yes'],
      ['parts', 'no (if left out: `[]`)'],
      ['parts.id', 'yes'],
      ['parts.note', 'no'],
    ],
  );
  const text = Object.fromEntries(rows.map((r) => [r.field, r.text]));
  assert.equal(text.name, 'The name, as readers see it. Text of 3 to 40 characters.');
  assert.equal(text.colours, 'Which colours it comes in. One or more of the [colours](#colours).');
  assert.equal(text.shade, 'How deep the colour is. One of `light` or `dark`.');
  assert.match(text.when, /A date, year-month-day/);
  assert.equal(text.count, 'How many there are. A whole number, 1 or more.');
  assert.equal(text.parts, 'Its parts. A list; each has the fields below.');
  assert.match(text['parts.id'], /An id: lowercase letters, digits and single hyphens/);
});

test('fields can be left out, for a table that lists only what a kind adds', () => {
  assert.deepEqual(
    fieldRows(schema, { lists, omit: ['name', 'colours', 'shade', 'when'] }).map((r) => r.field),
    ['count', 'parts', 'parts.id', 'parts.note'],
  );
});

test('a field with no description, or a pattern with no words, stops the docs and names the field', () => {
  assert.throws(() => fieldRows(z.object({ title: z.string(), extra: z.object({ inner: z.string() }).describe('An object.') })), /title: the field has no description/);
  assert.throws(() => fieldRows(z.object({ extra: z.object({ inner: z.string() }).describe('An object.') })), /extra\.inner: the field has no description/);
  assert.throws(() => fieldRows(z.object({ code: z.string().regex(/^[A-Z]{2}$/).describe('A code.') })), /code: .*no words for the pattern/);
});

test('the table escapes what markdown would swallow, but not inside code', () => {
  const table = fieldTable(fieldRows(schema, { lists }));
  assert.match(table, /^\| Field \| Needed\? \| What to write \|\n\| --- \| --- \| --- \|\n/);
  assert.match(table, /A note on &lt;this> part \\\| or that\./);
  const coded = fieldTable([{ field: 'x', needed: 'yes', text: 'Write `<Cite id>` here.' }]);
  assert.match(coded, /`<Cite id>`/);
});

test('a fixed list shows each value with the words readers see, and needs a label for each', () => {
  assert.equal(valueListSection(lists[0]), '#### Colours\n\n| Value | Readers see |\n| --- | --- |\n| `red` | Red |\n| `green` | Green |');
  assert.throws(() => valueListSection({ name: 'Colours', values: colours, labels: { red: 'Red' } }), /no reader's label for "green"/);
});
