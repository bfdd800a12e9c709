// The home page's "Where to start" cards (content/home.yaml): the schema, and the rule that
// every guide a card lists is a published guide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { homeSchema } from '../../src/schemas/home.ts';
import { checkHomeGuides } from '../../src/lib/content-rules.ts';

const card = (extra: object = {}) => ({ audience: 'supervisor', heading: 'Supervising peer staff?', text: 'What supervision of a peer role needs.', guides: ['supervising-peer-workers'], ...extra });
const schemaMessages = (data: unknown) => {
  const r = homeSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

test('a card has an audience, a heading, a sentence and at least one guide', () => {
  assert.deepEqual(schemaMessages({ whereToStart: [card(), card({ audience: 'public' })] }), []);
  assert.deepEqual(schemaMessages({ whereToStart: [card({ audience: 'everyone' })] }), ['whereToStart.0.audience: name who the card is for: one of peer-worker, supervisor, agency, public']);
  assert.deepEqual(schemaMessages({ whereToStart: [card({ guides: [] })] }), ['whereToStart.0.guides: list at least one guide']);
  assert.match(schemaMessages({ whereToStart: [card({ guides: ['/guides/scope-of-practice/'] })] })[0], /^whereToStart\.0\.guides\.0: use a guide's file name without "\.mdx"/);
  assert.ok(schemaMessages({ whereToStart: [card({ title: 'x' })] }).length > 0, 'a misspelt field is not dropped silently');
  assert.ok(schemaMessages({ whereToStart: [] }).length > 0);
});

const known = { published: new Set(['supervising-peer-workers', 'scope-of-practice']), drafts: new Set(['new-guide']), moved: new Map([['/guides/support-for-peer-staff/', '/guides/supervising-peer-workers/']]) };
const check = (guides: string[]) => checkHomeGuides([card(), card({ heading: 'New to peer support?', guides })], known).map((i) => `${i.file}: ${i.field}: ${i.message}`);

test('published guides pass', () => {
  assert.deepEqual(check(['scope-of-practice', 'supervising-peer-workers']), []);
});

test('an unknown, draft, moved or repeated guide is named with its file, card and slug, and what to do', () => {
  assert.deepEqual(check(['scope-of-practise']), [
    'content/home.yaml: whereToStart.1.guides.0: the card "New to peer support?" lists "scope-of-practise", but there is no guide content/guides/scope-of-practise.mdx: use the file name of a guide without ".mdx", for example "scope-of-practice", or remove it',
  ]);
  assert.deepEqual(check(['new-guide']), [
    'content/home.yaml: whereToStart.1.guides.0: the card "New to peer support?" lists "new-guide", but content/guides/new-guide.mdx is a draft: publish it (remove "draft: true") or list another guide',
  ]);
  assert.deepEqual(check(['support-for-peer-staff']), [
    'content/home.yaml: whereToStart.1.guides.0: the card "New to peer support?" lists "support-for-peer-staff", but that guide moved to /guides/supervising-peer-workers/ (see content/moved.yaml): list "supervising-peer-workers" instead',
  ]);
  assert.deepEqual(check(['scope-of-practice', 'scope-of-practice']), ['content/home.yaml: whereToStart.1.guides.1: the card "New to peer support?" lists "scope-of-practice" twice: list each guide once']);
});
