// The localStorage keys the hub uses. Every key starts with the hub's id from content/site.yaml
// ("pch" unless a fork sets its own), so two hubs on one web address never read or overwrite each
// other's records, and a reader's storage holds nothing else of the hub's. The build passes the
// id in (astro.config.mjs); outside a build (unit tests) it is the default. theme-init.js
// (inline in every page's head, before any module loads) gets its key by the same rule.
import { DEFAULT_SITE_ID } from '../lib/site-fields.ts';

/** This hub's id, "pch" by default: the start of every key. */
export const SITE_ID: string = (import.meta as { env?: { PCH_SITE_ID?: string } }).env?.PCH_SITE_ID ?? DEFAULT_SITE_ID;

/** The keys of a hub with the given id. */
export const keysFor = (id: string) => ({
  /** The reader's record: every result, draft, checklist and page marked read. */
  record: `${id}-record`,
  /** A damaged record is kept under this prefix plus the time it was set aside. */
  damagedPrefix: `${id}-record-damaged-`,
  /** The reader's theme choice (light or dark; absent for the system setting). */
  theme: `${id}-theme`,
  /** The reader's choice for offline use ("whole" or "light"; absent when the hub decides). */
  offline: `${id}-offline`,
  /** Written and removed at once to learn whether the browser lets the hub save anything. */
  probe: `${id}-probe`,
});

const keys = keysFor(SITE_ID);
export const RECORD_KEY = keys.record;
export const DAMAGED_PREFIX = keys.damagedPrefix;
export const THEME_KEY = keys.theme;
export const PROBE_KEY = keys.probe;
export const OFFLINE_KEY = keys.offline;

/** theme-init.js as it is inlined for a hub with this id (it is written for the default id). */
export const themeInitFor = (script: string, id: string) => script.replaceAll(`'${keysFor(DEFAULT_SITE_ID).theme}'`, `'${keysFor(id).theme}'`);
