// What the build and the tests read from a PDF that Chromium prints: how many pages it has,
// and on which page each linked anchor lands. Chromium (Skia) writes an uncompressed object
// for every page, a page tree of `/Type /Pages` objects with `/Kids`, and a `/Dests`
// dictionary that names the target of every in-page link ("#part-3") with the page it is on.
// Nothing here needs a browser, so it is tested on small PDFs written by hand.

/** The number of pages of a PDF, by its page objects. */
export const pdfPages = (pdf: Buffer | string): number => (text(pdf).match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

const text = (pdf: Buffer | string) => (typeof pdf === 'string' ? pdf : pdf.toString('latin1'));

/** Every indirect object's body, by its object number. */
function objects(pdf: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of pdf.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b([\s\S]*?)endobj/g)) out.set(Number(m[1]), m[2]);
  return out;
}

const refs = (list: string) => [...list.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/** A name as PDF writes it ("part#2D3" is "part-3"). */
const decodeName = (name: string) => name.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/**
 * The page (counting from 1) each named destination lands on: for a page with links to
 * "#part-1", "#part-2" ..., a map from "part-1" to the page that part starts on. Throws when
 * the PDF has no page tree it can follow.
 */
export function pdfDestinationPages(pdf: Buffer | string): Map<string, number> {
  const body = text(pdf);
  const objs = objects(body);
  const catalog = [...objs.values()].find((o) => /\/Type\s*\/Catalog/.test(o));
  const root = catalog && /\/Pages\s+(\d+) 0 R/.exec(catalog);
  if (!catalog || !root) throw new Error('the PDF has no catalog with a page tree');
  // The pages in reading order: walk the tree from its root, each node's kids in order.
  const order: number[] = [];
  const walk = (n: number, depth: number) => {
    const o = objs.get(n);
    if (o === undefined || depth > 32) throw new Error(`the PDF's page tree names object ${n}, which it does not have`);
    if (/\/Type\s*\/Pages/.test(o)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(o);
      for (const k of refs(kids?.[1] ?? '')) walk(k, depth + 1);
    } else order.push(n);
  };
  walk(Number(root[1]), 0);
  const pageOf = new Map(order.map((n, i) => [n, i + 1]));
  const out = new Map<string, number>();
  const dests = /\/Dests\s+(\d+) 0 R/.exec(catalog);
  if (!dests) return out;
  const dict = objs.get(Number(dests[1])) ?? '';
  for (const m of dict.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g)) {
    const page = pageOf.get(Number(m[2]));
    if (page !== undefined) out.set(decodeName(m[1]), page);
  }
  return out;
}
