// Finding a Chromium on this machine, without installing anything: Playwright's own where it is
// installed, else a system Chromium or Chrome. The build uses it to measure the printed packets
// (packet-pages.ts); scripts/find-browser.mjs adds installing one for the tests.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

/** The first of `paths` that exists, else the first of `names` on PATH, else null. */
export function findProgram(paths: (string | undefined)[], names: string[]): string | null {
  for (const p of paths) if (p && existsSync(p)) return p;
  for (const name of names) {
    try {
      const p = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (p && existsSync(p)) return p;
    } catch {
      /* not on PATH */
    }
  }
  return null;
}

const systemCandidates = () => [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function playwrightChromium(): string | null {
  try {
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

export const systemChromium = () => findProgram(systemCandidates(), ['chromium', 'chromium-browser', 'google-chrome']);

/** A Chromium already on this machine, and whether it is Playwright's own or the system's; null when there is none. */
export function findChromium(): { path: string; kind: 'playwright' | 'system' } | null {
  const own = playwrightChromium();
  if (own) return { path: own, kind: 'playwright' };
  const sys = systemChromium();
  return sys ? { path: sys, kind: 'system' } : null;
}
