// Runs one Astro build of the project in the given folder and prints its wall time and peak
// memory (this process's max resident set size) as JSON. Used by the benchmark.
import { build } from 'astro';
const root = process.argv[2];
const started = performance.now();
await build({ root, logLevel: 'error' });
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS }));
