// A Starlight site holding the bench's generated guides (the same text as the hub's, as plain
// Markdown), to compare build times side by side. Starlight is installed once into a folder of
// its own under the system's temporary folder (npm install from the registry), never into the
// project.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generatedGuide } from './generated-guides.mjs';

export const STARLIGHT = '0.42.4';
const ASTRO = '7.3.5';

/** The folder of a Starlight site with `count` generated guides, installed on first use. */
export function starlightSite(count) {
  const dir = join(tmpdir(), `pch-starlight-${STARLIGHT}`);
  if (!existsSync(join(dir, 'node_modules/@astrojs/starlight'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies: { astro: ASTRO, '@astrojs/starlight': STARLIGHT } }, null, 2));
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`could not install Starlight ${STARLIGHT} in ${dir}`);
  }
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Generated guides' })] });\n`);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`);
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(join(docs, 'guides'), { recursive: true });
  writeFileSync(join(docs, 'index.md'), '---\ntitle: Generated guides\ndescription: The bench corpus.\n---\n\nThe bench corpus.\n');
  for (let i = 0; i < count; i++) writeFileSync(join(docs, 'guides', `generated-${i}.md`), generatedGuide(i, false, true));
  return dir;
}
