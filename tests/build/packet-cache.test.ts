// The build prints each learning-path packet to number its pages, and keeps each measure with a
// hash of every file Chromium read for it (src/integrations/packet-pages.ts). A packet none of
// whose files changed keeps its measure; a packet whose guide changed is printed again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, PACKET_MEASURES } from './project-copy.ts';
import { EDIT } from '../../scripts/lib/edit.ts';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');

test('after a one-word edit, only the packets that hold the edited guide are printed again, and the others are the same', (t) => {
  if (!existsSync(join(root, PACKET_MEASURES))) return t.skip('the hub was built without a Chromium, so it kept no packet measures');
  const copy = copyProject('pch-packets-');
  try {
    copy.keepPacketMeasures();
    EDIT.apply(copy.dir);
    const r = copy.build();
    assert.equal(r.status, 0, r.output);
    // The edited guide is in two of the four packets (onboarding and supervising).
    assert.match(r.output, /Packets measured: .*\(2 unchanged since the last build, /, 'two packets should keep their measure');
    // The two kept packets are the hub's but for the content version on the cover.
    const version = (text: string) => /data-content-version[^>]*>([0-9a-f]+)</.exec(text)?.[1];
    for (const id of ['peer-worker-self-study', 'start-here']) {
      const file = `print/packets/${id}/index.html`;
      const ours = readFileSync(join(dist, file), 'utf8');
      const theirs = readFileSync(join(copy.dir, 'dist', file), 'utf8');
      assert.notEqual(version(theirs), version(ours), 'the edit should give another content version');
      assert.equal(theirs.replace(`>${version(theirs)}<`, '><'), ours.replace(`>${version(ours)}<`, '><'), `${file} should be the hub's but for its version`);
    }
    const kept = JSON.parse(readFileSync(join(copy.dir, PACKET_MEASURES), 'utf8')) as { packets: Record<string, unknown> };
    assert.deepEqual(Object.keys(kept.packets).sort(), ['onboarding-crisis-peer-specialist', 'peer-worker-self-study', 'start-here', 'supervising-peer-staff']);
  } finally {
    copy.remove();
  }
});
