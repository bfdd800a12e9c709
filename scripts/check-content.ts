// npm run check:content — applies the content rules to every file in content/ without building
// the site, and reports how each page and check measures against the plain-language and
// fairness rules. A file that does not match its schema is not checked further: it is listed
// with what its schema says (the build stops on it too).
import { checkContent, schemaIssues } from '../src/integrations/content-check.ts';
import { formatIssue, MAX_LONGEST_RIGHT_SHARE } from '../src/lib/content-rules.ts';
import { MAX_GRADE, MIN_INFLESZ } from '../src/lib/readability.ts';

const root = new URL('..', import.meta.url).pathname;
const { issues: ruleIssues, unchecked, counts, report } = checkContent(root);
const issues = [...schemaIssues(unchecked), ...ruleIssues];
const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`Reading level in English (Flesch-Kincaid grade of running prose; limit ${MAX_GRADE}):`);
for (const p of report.pages.filter((p) => p.lang === 'en')) console.log(`  ${pad(p.grade.toFixed(1), 5)} ${pad(p.longSentences ? `${p.longSentences} long` : '', 9)} ${p.file}`);
const others = report.pages.filter((p) => p.lang !== 'en');
if (others.length) {
  console.log(`\nReading level in Spanish (INFLESZ of running prose; at least ${MIN_INFLESZ}, higher is plainer; words of running prose):`);
  for (const p of others) console.log(`  ${pad(p.inflesz.toFixed(1), 5)} ${pad(p.words, 6)} ${pad(p.longSentences ? `${p.longSentences} long` : '', 9)} ${p.file}`);
}
console.log(`\nKnowledge checks (right option strictly longest; limit ${MAX_LONGEST_RIGHT_SHARE * 100}%):`);
for (const k of report.knowledgeChecks) console.log(`  ${pad(`${Math.round(k.share * 100)}%`, 5)} ${pad(`${k.longest} of ${k.counted}`, 9)} ${k.file}`);
console.log('\nAssessment time (minutes stated, and estimated from the words read):');
for (const a of report.assessments) console.log(`  ${pad(a.stated, 4)} ${pad(`est. ${a.estimate} (${a.words} words)`, 24)} ${a.file}`);
console.log('');
if (issues.length) {
  console.error(`Content check: ${issues.length} problem(s) to fix:\n`);
  for (const i of issues) console.error('  ' + formatIssue(i));
  process.exit(1);
}
console.log(`Content check passed: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}.`);
