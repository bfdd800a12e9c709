// After Astro builds the site: print each path's packet in Chromium, as a reader would, and write
// into the built pages what only a printed page can tell: how many pages the packet takes, and the
// page each of its parts starts on (its contents list). Chromium has no target-counter(), so the
// numbers are measured: the packet's contents list links to every part, and the PDF Chromium
// prints names the page each link lands on (src/lib/pdf.ts). The printables' CSS gives A4 and
// US Letter the same 180 x 240 mm box, so one measure holds for both: Letter is printed here, and
// the browser tests print both papers against these numbers. Without a Chromium on the machine the contents list keeps no page
// numbers (the page numbers at the foot of each page still print) and the build says so.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.ts';
import { CONTENT_TYPES, filesUnder } from './files.ts';
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

/** Prints each built packet and returns its measures; null when no Chromium can be found. */
export async function measurePackets(out: string, base: string): Promise<PacketMeasure[] | null> {
  const folder = join(out, 'print', 'packets');
  const ids = existsSync(folder) ? readdirSync(folder).filter((d) => existsSync(join(folder, d, 'index.html'))).sort() : [];
  if (!ids.length) return [];
  const found = findChromium();
  if (!found) return null;
  const browser = await chromium.launch({ executablePath: found.kind === 'system' ? found.path : undefined });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const prefix = base.replace(/\/$/, '');
    await context.route(`${ORIGIN}/**`, async (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname);
      const inside = path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
      let file = join(out, normalize(inside).replace(/^(\.\.[/\\])+/, ''));
      if (inside.endsWith('/')) file = join(file, 'index.html');
      if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
      await route.fulfill({ status: 200, body: readFileSync(file), contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    });
    const page = await context.newPage();
    const measures: PacketMeasure[] = [];
    for (const id of ids) {
      await page.goto(`${ORIGIN}${withBase(printPacketHref(id), base)}`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      // Letter only: the printables' CSS gives A4 the same box, and tests/e2e/print.spec.ts prints
      // both papers and checks every number against them (printing both here doubled this step).
      const letter = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
      const m = { id, sheets: pdfPages(letter), pages: pdfDestinationPages(letter) };
      measures.push(m);
    }
    return measures;
  } finally {
    await browser.close();
  }
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
