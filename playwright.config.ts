import { defineConfig, devices } from '@playwright/test';

// `npm test` sets CHROMIUM_PATH when it uses a system Chromium (scripts/test.mjs).
const executablePath = process.env.PCH_BROWSER_KIND === 'system' ? process.env.CHROMIUM_PATH : undefined;
const port = Number(process.env.PCH_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
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
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
