// After Astro builds the site: print each path's packet in Chromium, as a reader would, and write
// into the built pages what only a printed page can tell: how many pages the packet takes, and the
// page each of its parts starts on (its contents list). Chromium has no target-counter(), so the
// numbers are measured: the packet's contents list links to every part, and the PDF Chromium
// prints names the page each link lands on (src/lib/pdf.ts). The printables' CSS gives A4 and
// US Letter the same 180 x 240 mm box, so one measure holds for both: Letter is printed here, and
// the browser tests print both papers against these numbers. Without a Chromium on the machine the contents list keeps no page
// numbers (the page numbers at the foot of each page still print) and the build says so.
// Printing is the slowest step after Astro's own (about 4 s for the four packets), so each measure
// is kept in Astro's cache folder with a hash of every file Chromium read to print it: a packet
// whose files are all unchanged, printed by the same Chromium, is not printed again.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.ts';
import { CONTENT_TYPES, filesUnder } from './files.ts';
import { readKept, writeKept } from './kept.ts';
import { fillPacketNumbers } from '../lib/packet.ts';
import { pdfDestinationPages, pdfPages } from '../lib/pdf.ts';
import { printPacketHref, withBase } from '../lib/routes.ts';

/** An address no request can reach: every request is answered from the built files. */
const ORIGIN = 'http://packets.invalid';

export interface PacketMeasure {
  id: string;
  sheets: number;
  /** Part anchor -> the page it starts on. */
  pages: Map<string, number>;
}

/** What the cache file keeps: the Chromium that printed, and per packet its measure and the hash of each file it read. */
interface PacketCache {
  chromium: string;
  packets: Record<string, { files: Record<string, string>; sheets: number; pages: [string, number][] }>;
}

/** The Chromium's own version line ("Chromium 156.0.8078.114 …"); where it cannot say, its path, size and time. */
function chromiumVersion(path: string): string {
  try {
    const line = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (line) return line;
  } catch {
    /* it cannot say */
  }
  const { size, mtimeMs } = statSync(path);
  return `${path} ${size} ${mtimeMs}`;
}

/**
 * A file's hash, for knowing whether a packet must be printed again. On a packet the content
 * version (a hash of all of content/, so it changes with any edit anywhere) is left out: it is set
 * in monospace on the cover, so any version takes the same room and moves nothing.
 */
const hashOf = (file: string) => {
  if (!existsSync(file)) return 'missing';
  const bytes = readFileSync(file);
  const text = file.endsWith('.html') ? bytes.toString('utf8').replace(/(data-content-version[^>]*>)[0-9a-f]+</g, '$1<') : bytes;
  return createHash('sha256').update(text).digest('hex');
};

/** The cache file's packets when it was written by this Chromium; none when it is missing, unreadable or of another. */
export function readCache(file: string | undefined, chromiumId: string): PacketCache['packets'] {
  const cache = readKept(file) as PacketCache | undefined;
  if (cache?.chromium !== chromiumId || !cache.packets || typeof cache.packets !== 'object') return {};
  // Only entries of the right shape: anything else is printed again.
  const whole = ([, p]: [string, PacketCache['packets'][string]]) =>
    p && typeof p.files === 'object' && p.files !== null && Number.isInteger(p.sheets) && Array.isArray(p.pages) && p.pages.every((e) => Array.isArray(e) && typeof e[0] === 'string' && Number.isInteger(e[1]));
  return Object.fromEntries(Object.entries(cache.packets).filter(whole));
}

/**
 * Prints each built packet and returns its measures; null when no Chromium can be found. With
 * `cacheFile`, a packet whose every file is unchanged since it was last printed by this Chromium
 * keeps its measure; `printed` says which packets were printed this time.
 */
export async function measurePackets(out: string, base: string, cacheFile?: string): Promise<{ measures: PacketMeasure[]; printed: string[] } | null> {
  const folder = join(out, 'print', 'packets');
  const ids = existsSync(folder) ? readdirSync(folder).filter((d) => existsSync(join(folder, d, 'index.html'))).sort() : [];
  if (!ids.length) return { measures: [], printed: [] };
  const found = findChromium();
  if (!found) return null;
  const chromiumId = chromiumVersion(found.path);
  const cached = readCache(cacheFile, chromiumId);
  const unchanged = (id: string) => {
    const files = cached[id]?.files;
    return files !== undefined && Object.keys(files).length > 0 && Object.entries(files).every(([f, hash]) => hashOf(join(out, f)) === hash);
  };
  const measures = new Map<string, PacketMeasure>();
  for (const id of ids.filter(unchanged)) measures.set(id, { id, sheets: cached[id].sheets, pages: new Map(cached[id].pages) });
  const toPrint = ids.filter((id) => !measures.has(id));
  const kept: PacketCache['packets'] = Object.fromEntries(ids.filter((id) => measures.has(id)).map((id) => [id, cached[id]]));
  if (toPrint.length) {
    const browser = await chromium.launch({ executablePath: found.kind === 'system' ? found.path : undefined });
    try {
      const prefix = base.replace(/\/$/, '');
      for (const id of toPrint) {
        // A context of its own per packet, so every file it needs is read (and hashed) for it.
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const read: Record<string, string> = {};
        await context.route(`${ORIGIN}/**`, async (route) => {
          const path = decodeURIComponent(new URL(route.request().url()).pathname);
          const inside = path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
          const relative = normalize(inside).replace(/^(\.\.[/\\])+/, '').replace(/^[/\\]+/, '') + (inside.endsWith('/') ? 'index.html' : '');
          const file = join(out, relative);
          read[relative] = hashOf(file);
          if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
          await route.fulfill({ status: 200, body: readFileSync(file), contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
        });
        const page = await context.newPage();
        await page.goto(`${ORIGIN}${withBase(printPacketHref(id), base)}`, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        // Letter only: the printables' CSS gives A4 the same box, and tests/e2e/print.spec.ts prints
        // both papers and checks every number against them (printing both here doubled this step).
        const letter = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
        const m = { id, sheets: pdfPages(letter), pages: pdfDestinationPages(letter) };
        measures.set(id, m);
        kept[id] = { files: read, sheets: m.sheets, pages: [...m.pages] };
        await context.close();
      }
    } finally {
      await browser.close();
    }
  }
  if (cacheFile) writeKept(cacheFile, { chromium: chromiumId, packets: kept } satisfies PacketCache);
  return { measures: ids.map((id) => measures.get(id)!), printed: toPrint };
}

/** Writes the measures into every built page that leaves a packet's numbers to be filled in. Returns the pages changed. */
export function writePacketNumbers(out: string, measures: PacketMeasure[]): number {
  const sheets = new Map(measures.map((m) => [m.id, m.sheets]));
  let changed = 0;
  for (const f of filesUnder(out).filter((f) => f.endsWith('.html'))) {
    const file = join(out, f);
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-sheets-of=') && !html.includes('data-page-of=')) continue;
    const own = measures.find((m) => f === `print/packets/${m.id}/index.html`);
    const filled = fillPacketNumbers(html, sheets, own?.pages);
    if (filled !== html) {
      writeFileSync(file, filled);
      changed++;
    }
  }
  return changed;
}
