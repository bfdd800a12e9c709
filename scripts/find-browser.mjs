// Finds a Chromium for the Playwright tests: Playwright's own where installed, else a system
// Chromium, else installs one (Playwright's installer, then apt-get when running as root),
// else stops with a message that says what to do. Prints the path it chose.
import { spawnSync } from 'node:child_process';
import { aptInstall, canInstallWithApt } from './lib/system-packages.mjs';
import { findChromium, playwrightChromium as playwrightOwn, systemChromium as system } from '../src/integrations/chromium.ts';

function log(msg) {
  process.stderr.write(`[find-browser] ${msg}\n`);
}

export function findBrowser({ install = true } = {}) {
  const found = findChromium();
  if (found) return found;
  if (!install) return null;

  log("No browser found. Trying Playwright's installer (npx playwright install chromium)...");
  const pw = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 10 * 60 * 1000 });
  if (pw.status === 0 && playwrightOwn()) return { path: playwrightOwn(), kind: 'playwright' };

  if (canInstallWithApt()) {
    log("Playwright's installer did not work here. Installing Debian's Chromium (apt-get install -y chromium)...");
    aptInstall('chromium');
    const after = system();
    if (after) return { path: after, kind: 'system' };
  }
  return null;
}

/** What to tell a reader when no browser could be found or installed. */
export const NO_BROWSER_MESSAGE = [
  'No Chromium browser was found, and none could be installed.',
  'Do one of these, then run `npm test` again:',
  '  - npx playwright install chromium        (where downloads are allowed)',
  '  - sudo apt-get install -y chromium       (Debian or Ubuntu)',
  '  - set CHROMIUM_PATH=/path/to/chrome      (any Chromium or Chrome you already have)',
].join('\n');

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findBrowser();
  if (!found) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(1);
  }
  console.log(found.path);
}
