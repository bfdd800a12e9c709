import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elementsOf, idProblems } from '../../src/lib/html-ids.ts';

const problemsIn = (html: string) => idProblems(elementsOf(html));

test('a page whose ids are all used well has no problems', () => {
  const html = `<!DOCTYPE html><html><body>
    <h2 id="t">Title</h2><section aria-labelledby="t" aria-describedby="d1 d2"><p id="d1">One</p><p id='d2'>Two</p></section>
    <label for="q">Query</label><input id="q" list="opts" aria-controls="res"><datalist id="opts"></datalist><ul id="res"></ul>
    <div role="listbox" aria-activedescendant="o1" aria-owns="o1"><div id="o1" role="option">A</div></div>
    <input aria-errormessage="e" aria-details="t"><p id=e>Wrong</p></body></html>`;
  assert.deepEqual(problemsIn(html), []);
});

test('an empty id, an id with a space and an id used twice are each reported', () => {
  const problems = problemsIn('<p id="">a</p><p id="two words">b</p><h2 id="x">c</h2><h3 id="x">d</h3>');
  assert.equal(problems.length, 3, problems.join('\n'));
  assert.match(problems[0], /<p> has an empty id/);
  assert.match(problems[1], /"two words", which contains a space/);
  assert.match(problems[2], /The id "x" is used 2 times/);
});

test('each kind of reference to a missing id is reported, naming the attribute, element and id', () => {
  const html = `<section aria-labelledby="gone"></section><div aria-describedby="here missing" id="here"></div>
    <button aria-controls="nope"></button><div aria-owns="o"></div><input aria-details="dt"><input aria-errormessage="em">
    <div aria-activedescendant="ad"></div><label for="field">Name</label><input list="dl"><label for="">Empty</label>`;
  const problems = problemsIn(html);
  for (const [attr, target] of [['aria-labelledby', 'gone'], ['aria-describedby', 'missing'], ['aria-controls', 'nope'], ['aria-owns', 'o'], ['aria-details', 'dt'], ['aria-errormessage', 'em'], ['aria-activedescendant', 'ad'], ['for', 'field'], ['list', 'dl']]) {
    assert.ok(problems.some((p) => p.startsWith(`${attr}=`) && p.includes(`points at "${target}"`)), `${attr} -> ${target} is reported:\n${problems.join('\n')}`);
  }
  assert.ok(problems.includes('for="" on <label> names no id.'));
  assert.ok(problems.some((p) => p.includes('<div id="here">')), 'the element is shown with its own id');
  assert.equal(problems.length, 10);
});

test('`for` and `list` count only on a label and an input', () => {
  assert.deepEqual(problemsIn('<output for="a"></output><select list="b"></select>'), []);
});

test('ids in scripts, styles, comments, templates and attribute values are not elements', () => {
  const html = `<script>const s = '<p id="dup">';</script><style>/* <p id="dup"> */</style><!-- <p id="dup"> -->
    <template><p id="dup"></p><label for="nowhere"></label></template><textarea><p id="dup"></textarea>
    <astro-island props="{&quot;id&quot;:&quot;dup&quot;}" data-x='a > b id="dup"'></astro-island><p id="dup">real</p>`;
  assert.deepEqual(problemsIn(html), []);
  assert.deepEqual(elementsOf(html).map((e) => e.id), ['dup']);
});

test('entities in values are decoded, and attribute names are read in any case', () => {
  assert.deepEqual(problemsIn('<h2 ID="a&amp;b">x</h2><nav ARIA-LABELLEDBY="a&#38;b"></nav>'), []);
  assert.deepEqual(problemsIn('<h2 id="a&amp;b">x</h2><nav aria-labelledby="a&amp;c"></nav>').length, 1);
});
