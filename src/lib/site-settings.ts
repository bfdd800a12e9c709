// Where the hub is served from and whose data it keeps, from content/site.yaml, for the build's
// configuration (astro.config.mjs), before Astro has loaded any content. Pure: it takes the
// parsed file and returns plain values; a file that does not parse or match gets the defaults
// here, and the content check then names what is wrong with it.

/** The id, address and folder a hub is built for. */
export interface SiteSettings {
  /** Storage keys start with it ("pch-record"). */
  id: string;
  /** The public address, when the file gives one. */
  url: string | undefined;
  /** The folder the hub is served from, starting and ending with "/". */
  base: string;
}

import { BASE_PATTERN, DEFAULT_SITE_ID, SITE_ID_PATTERN } from './site-fields.ts';

const folder = (path: string) => (path.endsWith('/') ? path : `${path}/`);

export function siteSettings(data: unknown): SiteSettings {
  const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const id = typeof d.id === 'string' && SITE_ID_PATTERN.test(d.id) ? d.id : DEFAULT_SITE_ID;
  let url: string | undefined;
  try {
    url = typeof d.url === 'string' && /^https?:\/\//.test(d.url) ? new URL(d.url).href : undefined;
  } catch {
    url = undefined;
  }
  const base = typeof d.base === 'string' && BASE_PATTERN.test(d.base) ? d.base : url ? folder(new URL(url).pathname) : '/';
  return { id, url, base };
}
