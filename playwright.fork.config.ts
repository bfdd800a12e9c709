// The browser tests over an agency's second hub: the fork that scripts/build-fork.ts builds
// with its own id and served from /peer-hub/, beside the real build on the same web address.
// The page-level test visits every page of the fork; fork.spec.ts checks search, offline use
// and that the two hubs keep their data apart. npm test runs it after the main browser tests.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import { FORK } from './scripts/lib/fork.ts';

const port = Number(process.env.PCH_FORK_PORT ?? 4339);
// Read by tests/e2e/helpers.ts in every worker: which build to list pages from, and whose keys.
process.env.PCH_DIST = '.test-builds/two-hubs/peer-hub';
process.env.PCH_SITE_ID = FORK.id;

export default defineConfig({
  ...base,
  testMatch: ['every-page.spec.ts', 'fork.spec.ts'],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}${FORK.base}` },
  webServer: {
    command: `"${process.execPath}" scripts/serve.mjs --root .test-builds/two-hubs --port ${port}`,
    url: `http://127.0.0.1:${port}${FORK.base}`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
