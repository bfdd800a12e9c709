// Reading a printed PDF as a reader would: the words on each page and where they stand, from
// pdftotext (Debian's poppler-utils, installed here when it is missing and the tests run as root).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aptInstall, canInstallWithApt, findProgram } from '../../scripts/lib/system-packages.mjs';

let pdftotext: string | null = null;
function tool(): string {
  pdftotext ??= findProgram(['/usr/bin/pdftotext'], ['pdftotext']);
  if (!pdftotext && canInstallWithApt()) {
    aptInstall('poppler-utils');
    pdftotext = findProgram(['/usr/bin/pdftotext'], ['pdftotext']);
  }
  if (!pdftotext) throw new Error('The print tests read PDFs with pdftotext: install poppler-utils (apt-get install -y poppler-utils).');
  return pdftotext;
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface PdfPage {
  width: number;
  height: number;
  words: Word[];
  /** The page's words in reading order, one space between. */
  text: string;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');

/** Every page of a PDF with its words and their boxes (in points, from the top left). */
export function pdfWords(pdf: Buffer): PdfPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'pch-pdf-'));
  try {
    const file = join(dir, 'p.pdf');
    writeFileSync(file, pdf);
    const xml = execFileSync(tool(), ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => {
      const words = [...p[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        yMax: Number(w[4]),
        text: unescape(w[5]),
      }));
      return { width: Number(p[1]), height: Number(p[2]), words, text: words.map((w) => w.text).join(' ') };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Points in a millimetre. */
export const MM = 72 / 25.4;

/** Words closer than `mm` to an edge of their page, as "page 3: word". */
export function wordsNearEdge(pages: PdfPage[], mm = 10): string[] {
  const d = mm * MM;
  return pages.flatMap((p, i) => p.words.filter((w) => w.xMin < d || w.yMin < d || w.xMax > p.width - d || w.yMax > p.height - d).map((w) => `page ${i + 1}: ${w.text}`));
}

/** Site-relative addresses printed as they are ("/guides/x/"): no use on paper. */
export const barePaths = (pages: PdfPage[]) => pages.flatMap((p, i) => [...p.text.matchAll(/(?<![\w.:/])\/(?:guides|roles|assessments|paths|print|progress|glossary|sources)\/[\w/-]*/g)].map((m) => `page ${i + 1}: ${m[0]}`));

/** Whitespace and quote marks as a comparison needs them. */
export const plain = (t: string) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
