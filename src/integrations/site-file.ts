// content/site.yaml, read before Astro loads any content: for the build's configuration
// (astro.config.mjs) and the hub's build steps (hub.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteSettings, type SiteSettings } from '../lib/site-settings.ts';

/** The id, address and folder the project's site.yaml asks for (the defaults when it does not parse: the content check then says why). */
export function siteSettingsAt(root: string): SiteSettings {
  let data: unknown = null;
  try {
    data = parse(readFileSync(join(root, 'content', 'site.yaml'), 'utf8'));
  } catch {
    data = null;
  }
  return siteSettings(data);
}
