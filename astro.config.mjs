// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import hub from './src/integrations/hub.ts';
import { siteSettingsAt } from './src/integrations/site-file.ts';
import { themeInitFor } from './src/state/keys.ts';

// The hub's id, public address and folder come from content/site.yaml (a file that does not
// parse gets the defaults here; the content check then says what is wrong with it).
const { id, url, base } = siteSettingsAt(fileURLToPath(new URL('.', import.meta.url)));

// The theme is set before the first paint by a tiny inline script; a strict CSP allows
// it by its hash, computed here from the same text the layout inlines.
const themeInit = themeInitFor(readFileSync(new URL('./src/state/theme-init.js', import.meta.url), 'utf8'), id);
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

export default defineConfig({
  // `astro build --site … --base …` overrides both (the GitHub Pages workflow does).
  site: url,
  base,
  trailingSlash: 'always',
  // Astro's build cache (its content data store) beside the project rather than in
  // node_modules/.astro: the test and bench copies of the project share one linked
  // node_modules, and must not share one cache.
  cacheDir: './.astro/cache/',
  // English at the root, Spanish under /es/ (src/lib/i18n.ts lists the languages; pages live
  // under src/pages/[...lang]/ and each component reads the page's language from Astro.currentLocale).
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // Four pages rendered at a time: while one waits (reading content, writing its file) the next goes
  // on. Rendering 1,000 guides took 6.4-7.1 s one at a time and 4.6-6.1 s four at a time; the pages
  // are the same byte for byte.
  build: { format: 'directory', concurrency: 4 },
  // MDX's `optimize` writes the plain parts of a page (everything but its components) as ready HTML,
  // so the build bundles and renders less: the built pages are byte for byte the same. `table` and
  // `a` stay elements, because src/components/mdx.ts gives them components of their own.
  // The sitemap lists the pages a search engine should show (with site.yaml's `url` only: a
  // sitemap needs full addresses); hub() comes last, so the offline list sees every file.
  integrations: [mdx({ optimize: { ignoreElementNames: ['table', 'a'] } }), preact(), sitemap({ filter: (page) => !/\/(print|progress|search)\/|\/404\/?$/.test(new URL(page).pathname) }), hub()],
  prefetch: false,
  // Astro's HTML compression drops a line break before an inline element, so "the\n<a>roles</a>"
  // read "theroles". Whitespace is kept instead (src/lib/text-slips.ts checks every built page).
  compressHTML: false,
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Client code in three shared chunks instead of one per small module: what every page loads
  // (the storage adapter, the theme, the light record peek, what to keep offline), addresses and path progress, and
  // what the islands share (the record store, results, Preact, nanostores, zod). Fewer, larger
  // files compress better: about 0.4 KB less on a guide page and 1 KB less on an assessment.
  vite: {
    // The hub's id, for its storage keys (src/state/keys.ts), in pages and in the browser.
    define: { 'import.meta.env.PCH_SITE_ID': JSON.stringify(id) },
    build: {
      rolldownOptions: {
        // Astro marks every MDX page with a "use astro:head-inject" directive that the bundler then
        // warns about, once per page (over a thousand warnings at 1,000 guides, each a screenful);
        // it is Astro's own marker and changes nothing. The hub's code has no directive of its own.
        checks: { moduleLevelDirective: false },
        output: {
          codeSplitting: {
            groups: [
              { name: 'reading', test: /src[\\/](state[\\/](storage|keys|peek|theme|offline)|lib[\\/](dates|offline))\.ts/, priority: 2 },
              { name: 'routes', test: /src[\\/]lib[\\/](routes|paths)\.ts/, priority: 2 },
              // Not src/lib/printed-note.ts: only My progress prints notes, so it stays with that island.
              { name: 'islands', test: /src[\\/](state|lib(?![\\/]printed-note)|islands[\\/](shared|progress[\\/]message))[\\/.]|node_modules[\\/](preact|@nanostores|nanostores|zod)[\\/]/, priority: 1 },
            ],
          },
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [/** @type {`sha256-${string}`} */ (themeInitHash)],
      },
    },
  },
});
