// npm test: types, unit tests, the content check, a fresh build (which checks the content again,
// every built link and every id), the checks over the built site, then Playwright against the
// built site in a Chromium found (or installed) by scripts/find-browser.mjs. Extra arguments go
// to Playwright (for example a spec file). At the end it prints how long each phase took.
import { spawnSync } from 'node:child_process';
import { findBrowser, NO_BROWSER_MESSAGE } from './find-browser.mjs';
import { findNginx } from './find-server.mjs';

const phases = [];
const run = (label, cmd, args, env = process.env) => {
  console.log(`\n== ${label} ==`);
  const started = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  phases.push([label, (performance.now() - started) / 1000]);
  if (r.status !== 0) {
    console.error(`\n${label} failed.`);
    process.exit(r.status ?? 1);
  }
};

const only = process.argv.slice(2);
run('Content types (astro sync)', 'astro', ['sync']);
run('Type check (TypeScript strict)', 'tsc', ['--noEmit', '-p', '.']);
run('Unit tests', 'node', ['--test', 'tests/unit/*.test.ts']);
run('Content check', 'node', ['scripts/check-content.ts']);
// The browser comes before the build: the build prints each learning-path packet in it to number
// its contents list (src/integrations/packet-pages.ts), so a fresh machine needs it found first.
console.log('\n== Finding a browser ==');
const browser = findBrowser();
if (!browser) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
console.log(`Using ${browser.kind === 'system' ? 'system' : "Playwright's"} Chromium at ${browser.path}`);
const browserEnv = { ...process.env, CHROMIUM_PATH: browser.path, PCH_BROWSER_KIND: browser.kind };
run('Build', 'astro', ['build'], browserEnv);
console.log('\n== Finding nginx (for the nginx recipe test) ==');
const nginx = findNginx();
console.log(nginx ? `Using nginx at ${nginx}` : 'No nginx: its test will be skipped, and say what to do.');
run('Checks over the build, and broken and customised copies built', 'node', ['--test', 'tests/build/*.test.ts'], { ...browserEnv, ...(nginx ? { NGINX_PATH: nginx } : {}) });

run('The next version: the hub built again with one word changed (for the update tests)', 'node', ['scripts/build-edited.ts']);
run('Browser tests', 'playwright', ['test', ...only], browserEnv);
if (only.length === 0) {
  run('A fork with its own id, built to be served from /peer-hub/ beside the hub', 'node', ['scripts/build-fork.ts']);
  run('Browser tests over the fork, on the same address as the hub', 'playwright', ['test', '--config', 'playwright.fork.config.ts'], browserEnv);
}

console.log('\nTime per phase:');
for (const [label, s] of phases) console.log(`  ${s.toFixed(1).padStart(6)} s  ${label}`);
console.log(`  ${phases.reduce((n, [, s]) => n + s, 0).toFixed(1).padStart(6)} s  in all`);
