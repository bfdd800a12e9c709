import { defineConfig, devices } from '@playwright/test';

// `npm test` sets CHROMIUM_PATH when it uses a system Chromium (scripts/test.mjs).
const executablePath = process.env.PCH_BROWSER_KIND === 'system' ? process.env.CHROMIUM_PATH : undefined;
const port = Number(process.env.PCH_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  // The fork's own checks run in playwright.fork.config.ts, over the fork.
  testIgnore: ['fork.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // The offline tests allow the service worker; elsewhere it would precache the whole site in every fresh context.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The built site (dist/) as Astro serves it: `astro preview` answers an unknown address with
  // 404.html and status 404, and reads each file when asked (the service-worker update test
  // rewrites dist/sw.js while it runs). It runs on the same Node as the tests (Node 22).
  webServer: {
    command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
