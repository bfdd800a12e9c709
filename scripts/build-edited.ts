// Builds the hub again with one word changed in one guide, into .test-builds/edited/dist: the
// "next version" that tests/e2e/updates.spec.ts publishes under a reader who keeps the hub offline.
import { cpSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { copyProject } from './lib/copy-project.ts';
import { EDIT } from './lib/edit.ts';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.test-builds', 'edited');
const dir = copyProject('pch-edited-');
try {
  EDIT.apply(dir);
  const r = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: dir, stdio: 'inherit', timeout: 300_000 });
  if (r.status !== 0) process.exit(r.status ?? 1);
  if (existsSync(out)) rmSync(out, { recursive: true, force: true });
  cpSync(join(dir, 'dist'), join(out, 'dist'), { recursive: true });
  console.log(`The hub with one word changed (${EDIT.description}) in ${out}/dist.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
