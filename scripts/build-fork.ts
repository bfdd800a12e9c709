// Builds the hub as an agency's second hub would be: a copy with its own id, served from a
// folder (/peer-hub/), and puts it beside the real build on one web address, as two project
// sites of one GitHub organisation are: .test-builds/two-hubs/ holds dist/ at its root and the
// fork at peer-hub/. The browser tests of playwright.fork.config.ts run over it.
import { cpSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { copyProject } from './lib/copy-project.ts';
import { FORK } from './lib/fork.ts';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.test-builds', 'two-hubs');
if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.error('Build the hub first (npm run build): the fork is served beside it.');
  process.exit(1);
}
const dir = copyProject('pch-fork-');
try {
  const site = join(dir, 'content', 'site.yaml');
  writeFileSync(site, `id: ${FORK.id}\nbase: ${FORK.base}\n${readFileSync(site, 'utf8')}`);
  const r = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: dir, stdio: 'inherit', timeout: 300_000 });
  if (r.status !== 0) process.exit(r.status ?? 1);
  rmSync(out, { recursive: true, force: true });
  cpSync(join(root, 'dist'), out, { recursive: true });
  cpSync(join(dir, 'dist'), join(out, FORK.base), { recursive: true });
  console.log(`Two hubs on one address in ${out}: the hub at /, its fork (id "${FORK.id}") at ${FORK.base}.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
