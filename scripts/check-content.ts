// npm run check:content — validates every file in content/ without building the site.
import { checkContent } from '../src/integrations/content-check.ts';
import { formatIssue } from '../src/lib/content-rules.ts';

const root = new URL('..', import.meta.url).pathname;
const { issues, counts } = checkContent(root);
if (issues.length) {
  console.error(`Content check: ${issues.length} problem(s) to fix:\n`);
  for (const i of issues) console.error('  ' + formatIssue(i));
  process.exit(1);
}
console.log(`Content check passed: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}.`);
