// What a build keeps for the next, in Astro's cache folder (astro.config.mjs's `cacheDir`): the
// packet measures (packet-pages.ts) and the content check's page results (content-check.ts).
// Each is only a saving: a file that is missing, damaged or cannot be written means starting afresh.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Each kept file's name in the cache folder. */
export const KEPT_FILES = { packetMeasures: 'packet-measures.json', contentCheck: 'content-check.json' } as const;

/** A kept file's data; undefined when there is no file or it is not JSON. The caller checks its shape. */
export function readKept(file: string | undefined): unknown {
  if (!file || !existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Writes a kept file, making its folder; a folder that cannot be written is let be. */
export function writeKept(file: string, data: unknown): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(data));
  } catch {
    /* the next build starts afresh */
  }
}
