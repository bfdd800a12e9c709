// The `test` every browser spec imports. In every test, on every page of its browser context,
// it records Content-Security-Policy violations (from the first moment of each page) and
// uncaught script errors, and fails the test if there were any. So each interaction a test
// drives (search, each kind of assessment, progress, offline) is also proved to work under the
// page's CSP, without a separate crawl.
import { test as base, expect } from '@playwright/test';

const MARK = 'pch-test: ';

export const test = base.extend<{ knownPageProblems: string[]; pageProblems: string[] }>({
  /**
   * Problems a test is known to meet and that are reported to be fixed, each exactly as recorded.
   * The test still fails if another problem happens, or if a known one no longer does (then
   * remove it here).
   */
  knownPageProblems: [[], { option: true }],
  pageProblems: [
    async ({ context, knownPageProblems }, use) => {
      const problems: string[] = [];
      await context.addInitScript((mark) => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`${mark}CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${location.pathname}`));
      }, MARK);
      context.on('console', (m) => {
        if (m.text().startsWith(MARK)) problems.push(m.text().slice(MARK.length));
      });
      context.on('weberror', (e) => problems.push(`uncaught error: ${e.error().message}`));
      await use(problems);
      expect(problems, 'CSP violations and uncaught errors in the page (beyond the known ones listed in the test)').toEqual(knownPageProblems);
    },
    { auto: true },
  ],
});

export { expect };
