// Finds nginx for tests/build/nginx.test.ts, the way find-browser.mjs finds Chromium: on PATH or
// in /usr/sbin, else installs Debian's package when running as root with apt-get, else returns
// null (the test is then skipped with NO_NGINX_MESSAGE). Prints what it did.
import { aptInstall, canInstallWithApt, findProgram } from './lib/system-packages.mjs';

const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx', '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx'];
const found = () => findProgram(candidates, ['nginx']);

export function findNginx({ install = true } = {}) {
  const have = found();
  if (have || !install || !canInstallWithApt()) return have;
  process.stderr.write("[find-server] No nginx found. Installing Debian's nginx (apt-get install -y nginx)...\n");
  // Installed only for the test to run it: the package's own service is kept from starting.
  return aptInstall('nginx', { withoutServices: true }) ? found() : null;
}

/** What the test says when it cannot run nginx. */
export const NO_NGINX_MESSAGE =
  'nginx is not installed and could not be installed here, so the nginx test was skipped. Install it (Debian or Ubuntu: sudo apt-get install nginx; macOS: brew install nginx) or set NGINX_PATH to its binary, then run npm test again.';
