// The browser tests' server for the built site (dist/, or --root), so they never collide with an
// `npm start` the reader has running. `--gzip` compresses as the nginx recipe does. See
// scripts/lib/static-server.mjs.
import { staticServer } from './lib/static-server.mjs';

const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? process.argv[rootArg + 1] : new URL('../dist/', import.meta.url).pathname;
const port = Number(process.argv[process.argv.indexOf('--port') + 1] || 4329);
staticServer(() => root, { gzip: process.argv.includes('--gzip') }).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
