// Finding a program the tests need on this machine, and installing Debian's package for it when
// running as root with apt-get: shared by find-browser.mjs (Chromium) and find-server.mjs (nginx).
import { spawnSync } from 'node:child_process';

/** The first of `paths` that exists, else the first of `names` on PATH, else null (one home: src/integrations/chromium.ts, which the build also uses). */
export { findProgram } from '../../src/integrations/chromium.ts';

/** Whether Debian's packages can be installed here: running as root, with apt-get. */
export const canInstallWithApt = () => typeof process.getuid === 'function' && process.getuid() === 0 && spawnSync('which', ['apt-get'], { stdio: 'ignore' }).status === 0;

/**
 * Installs a Debian package (apt-get update, then install). With `withoutServices`, the package's
 * own service is kept from starting and its recommended extras are left out (a server installed
 * only for a test to run by itself). Returns whether apt-get succeeded.
 */
export function aptInstall(pkg, { withoutServices = false } = {}) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env, timeout: 10 * 60 * 1000 });
  if (withoutServices) spawnSync('sh', ['-c', 'printf "#!/bin/sh\\nexit 101\\n" > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d'], { env });
  try {
    const extras = withoutServices ? ['--no-install-recommends'] : [];
    return spawnSync('apt-get', ['install', '-y', '-qq', ...extras, pkg], { stdio: 'inherit', env, timeout: 15 * 60 * 1000 }).status === 0;
  } finally {
    if (withoutServices) spawnSync('rm', ['-f', '/usr/sbin/policy-rc.d']);
  }
}
