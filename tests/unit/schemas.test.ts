import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guideSchema } from '../../src/schemas/guide.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { assessmentSchema } from '../../src/schemas/assessment.ts';
import { pathSchema } from '../../src/schemas/path.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { glossaryEntrySchema } from '../../src/schemas/glossary.ts';
import { handoutSchema } from '../../src/schemas/handout.ts';
import { movedPageSchema } from '../../src/schemas/moved.ts';

const guide = {
  title: 'What peer support is',
  description: 'A plain guide to what peer support is and who counts as a peer.',
  audience: ['public'],
  topics: ['peer-support-basics'],
  sources: ['yale-pcrp-2024'],
  updated: '2026-11-23',
};

test('a complete guide frontmatter passes and gets defaults', () => {
  const g = guideSchema.parse(guide);
  assert.equal(g.draft, false);
  assert.deepEqual(g.settings, ['all-settings']);
  assert.ok(g.updated instanceof Date);
});

test('guide frontmatter: each wrong field is named', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ ...guide, title: undefined }, 'title'],
    [{ ...guide, description: 'x'.repeat(161) }, 'description'],
    [{ ...guide, audience: ['everyone'] }, 'audience'],
    [{ ...guide, audience: [] }, 'audience'],
    [{ ...guide, topics: ['cooking'] }, 'topics'],
    [{ ...guide, sources: [] }, 'sources'],
    [{ ...guide, updated: 'not a date' }, 'updated'],
    [{ ...guide, colour: 'blue' }, ''],
  ];
  for (const [input, field] of cases) {
    const r = guideSchema.safeParse(input);
    assert.equal(r.success, false, `expected ${field || 'unknown key'} to fail`);
    if (field) assert.ok(r.error!.issues.some((i) => i.path[0] === field), `issue should name ${field}`);
  }
});

test('a role page names one setting and a Crisis Now element', () => {
  const role = { ...guide, phases: ['response'], crisisElement: 'someone-to-respond', setting: 'mobile-crisis' };
  assert.equal(roleSchema.safeParse(role).success, true);
  assert.equal(roleSchema.safeParse({ ...role, setting: 'all-settings' }).success, false);
  assert.equal(roleSchema.safeParse({ ...role, phases: [] }).success, false);
});

const knowledge = {
  title: 'Quiz',
  description: 'A short knowledge check about scope of practice.',
  kind: 'knowledge',
  audience: ['peer-worker'],
  topics: ['scope-and-ethics'],
  sources: ['brss-tacs-2012'],
  minutes: 5,
  intro: 'Answer each question and read why.',
  questions: [1, 2, 3].map((n) => ({
    id: `q${n}`,
    type: 'single',
    prompt: 'Is this in role?',
    options: [
      { id: 'a', text: 'Yes', correct: true, explanation: 'Because it is support.' },
      { id: 'b', text: 'No', explanation: 'It is support, so it is in role.' },
    ],
    sources: ['brss-tacs-2012'],
    guide: '/guides/scope-of-practice/',
  })),
};

test('a knowledge check needs exactly one correct option per question', () => {
  assert.equal(assessmentSchema.safeParse(knowledge).success, true);
  const two = structuredClone(knowledge);
  two.questions[1].options[1].correct = true;
  const r = assessmentSchema.safeParse(two);
  assert.equal(r.success, false);
  assert.match(JSON.stringify(r.error!.issues), /exactly one option/);
  const none = structuredClone(knowledge);
  none.questions[0].options[0].correct = false;
  assert.equal(assessmentSchema.safeParse(none).success, false);
});

test('a knowledge check rejects duplicate question ids and a missing explanation', () => {
  const dup = structuredClone(knowledge);
  dup.questions[2].id = 'q1';
  assert.match(JSON.stringify(assessmentSchema.safeParse(dup).error!.issues), /duplicate question id/);
  const noExp = structuredClone(knowledge) as any;
  delete noExp.questions[0].options[1].explanation;
  assert.equal(assessmentSchema.safeParse(noExp).success, false);
});

test('true-false questions have options "true" and "false"', () => {
  const tf = structuredClone(knowledge) as any;
  tf.questions[0].type = 'true-false';
  assert.equal(assessmentSchema.safeParse(tf).success, false);
  tf.questions[0].options = [
    { id: 'true', text: 'True', correct: true, explanation: 'It is true because...' },
    { id: 'false', text: 'False', explanation: 'It is not false because...' },
  ];
  assert.equal(assessmentSchema.safeParse(tf).success, true);
});

test('a self-rating has a four-label scale and unique skill ids', () => {
  const rating = {
    ...knowledge,
    kind: 'self-rating',
    questions: undefined,
    scale: ['New to me', 'I know about it', 'With support', 'I could teach this'],
    domains: [{ id: 'd1', title: 'Listening', description: 'Listening to people in crisis.', guide: '/guides/crisis-competencies/', skills: [{ id: 's1', text: 'I listen.' }, { id: 's2', text: 'I reflect back.' }] }],
  } as any;
  delete rating.questions;
  assert.equal(assessmentSchema.safeParse(rating).success, true);
  assert.equal(assessmentSchema.safeParse({ ...rating, scale: ['a1', 'b1', 'c1'] }).success, false);
  const dup = structuredClone(rating);
  dup.domains[0].skills[1].id = 's1';
  assert.equal(assessmentSchema.safeParse(dup).success, false);
});

test('paths, sources, glossary entries and site settings validate', () => {
  assert.equal(pathSchema.safeParse({ title: 'Start', description: 'Where new readers begin on the hub.', audience: ['public'], goal: 'Know what a peer does.', stages: [{ title: 'One', steps: [{ page: '/guides/x/', minutes: 5, why: 'Basics first.' }] }] }).success, true);
  assert.equal(pathSchema.safeParse({ title: 'Start', description: 'Where new readers begin on the hub.', audience: ['public'], goal: 'Know what a peer does.', stages: [] }).success, false);
  const src = { id: 'x-2020', author: 'An Author', publisher: 'A Publisher', title: 'A Title', year: '2020', kind: 'report', short: 'Author, 2020', covers: 'What it covers.', file: 'a.txt' };
  assert.equal(sourceSchema.safeParse(src).success, true);
  assert.equal(sourceSchema.safeParse({ ...src, via: 'y' }).success, false, 'file and via together');
  assert.equal(glossaryEntrySchema.safeParse({ id: '988', term: '988', definition: 'The US crisis line number.' }).success, true);
  const site = { name: 'Hub', tagline: 'A hub for learning.', owner: 'Agency', crisisLine: { heading: 'In crisis?', number: '988', textNumber: '988', note: 'US line.' }, emergencyNote: 'Call 911.' };
  assert.equal(siteSchema.safeParse(site).success, true);
  assert.equal(siteSchema.safeParse({ ...site, crisisLine: { ...site.crisisLine, number: '98-8' } }).success, false);
});

test('a checklist rejects a repeated item id within a group, naming the item', () => {
  const checklist = {
    ...knowledge,
    kind: 'checklist',
    groups: [{ id: 'g1', title: 'Leadership', items: [{ id: 'i1', text: 'A leader says so.', guide: '/guides/x/' }, { id: 'i2', text: 'Staff know why.', guide: '/guides/x/' }] }],
  } as any;
  delete checklist.questions;
  assert.equal(assessmentSchema.safeParse(checklist).success, true);
  const dup = structuredClone(checklist);
  dup.groups[0].items[1].id = 'i1';
  const r = assessmentSchema.safeParse(dup);
  assert.equal(r.success, false);
  assert.ok(r.error!.issues.some((i) => i.path.join('.') === 'groups.0.items.1.id' && /duplicate item id "i1"/.test(i.message)));
});

test('a path step is a page or a task, never both or neither', () => {
  const path = (step: object) => ({ title: 'Start', description: 'Where new readers begin on the hub.', audience: ['public'], goal: 'Know what a peer does.', stages: [{ title: 'One', steps: [{ why: 'Basics first.', ...step }] }] });
  assert.equal(pathSchema.safeParse(path({ task: 'Learn the emergency plan', minutes: 30 })).success, true);
  assert.equal(pathSchema.safeParse(path({ page: '/guides/x/', task: 'Learn the emergency plan' })).success, false);
  assert.equal(pathSchema.safeParse(path({ minutes: 30 })).success, false);
});

test('handouts and moved pages validate, and name a wrong field', () => {
  const handout = { id: 'debrief-card', title: 'Team debrief card', pages: 1, intro: 'For the team after a crisis.', sections: [{ heading: 'Questions', items: ['What was our aim?'] }], sources: ['ne-mhttc-2023'], guide: '/guides/debriefing-after-a-crisis/' };
  const h = handoutSchema.parse(handout);
  assert.equal(h.sections[0].numbered, false);
  const tooLong = handoutSchema.safeParse({ ...handout, pages: 5 });
  assert.equal(tooLong.success, false);
  assert.equal(tooLong.error!.issues[0].path[0], 'pages');
  const moved = { from: '/guides/old/', to: '/guides/new/', title: 'Old page', note: 'Merged into the new guide.' };
  assert.equal(movedPageSchema.safeParse(moved).success, true);
  assert.equal(movedPageSchema.safeParse({ ...moved, to: 'https://example.org/' }).error!.issues[0].path[0], 'to');
});
