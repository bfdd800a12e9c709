// Finds nginx for tests/build/nginx.test.ts, the way find-browser.mjs finds Chromium: on PATH or
// in /usr/sbin, else installs Debian's package when running as root with apt-get, else returns
// null (the test is then skipped with NO_NGINX_MESSAGE). Prints what it did.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx', '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx'].filter(Boolean);

function found() {
  for (const p of candidates) if (existsSync(p)) return p;
  try {
    const p = execFileSync('which', ['nginx'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (p && existsSync(p)) return p;
  } catch {
    /* not on PATH */
  }
  return null;
}

export function findNginx({ install = true } = {}) {
  const have = found();
  if (have || !install) return have;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('which', ['apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return null;
  process.stderr.write("[find-server] No nginx found. Installing Debian's nginx (apt-get install -y nginx)...\n");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env, timeout: 10 * 60 * 1000 });
  // Installed only to run it from the test: keep the package's own service from starting.
  spawnSync('sh', ['-c', 'printf "#!/bin/sh\\nexit 101\\n" > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d'], { env });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx'], { stdio: 'inherit', env, timeout: 15 * 60 * 1000 });
  spawnSync('rm', ['-f', '/usr/sbin/policy-rc.d']);
  return r.status === 0 ? found() : null;
}

/** What the test says when it cannot run nginx. */
export const NO_NGINX_MESSAGE =
  'nginx is not installed and could not be installed here, so the nginx test was skipped. Install it (Debian or Ubuntu: sudo apt-get install nginx; macOS: brew install nginx) or set NGINX_PATH to its binary, then run npm test again.';
