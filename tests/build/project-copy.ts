// A copy of the project's sources in a temporary folder (node_modules linked, not copied), to
// change and build there with the real `astro build`.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { copyProject as copySources } from '../../scripts/lib/copy-project.ts';
import { KEPT_FILES } from '../../src/integrations/kept.ts';

const root = new URL('../..', import.meta.url).pathname;
/** Where the build keeps its packet measures (astro.config.mjs's cacheDir, src/integrations/kept.ts). */
export const PACKET_MEASURES = `.astro/cache/${KEPT_FILES.packetMeasures}`;

export interface ProjectCopy {
  dir: string;
  /** Change one file of the copy. */
  edit(file: string, change: (text: string) => string): void;
  /** Run `astro build` in the copy. */
  build(): { status: number | null; output: string };
  /** Give the copy this project's packet measures (from its last build), as if the copy were built where this project was. */
  keepPacketMeasures(): void;
  remove(): void;
}

export function copyProject(prefix: string): ProjectCopy {
  const dir = copySources(prefix);
  return {
    dir,
    edit: (file, change) => {
      const before = readFileSync(join(dir, file), 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the change to ${file} changed nothing: the test no longer matches the file`);
      writeFileSync(join(dir, file), after);
    },
    build: () => {
      const r = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8', timeout: 180_000 });
      return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
    },
    keepPacketMeasures: () => {
      mkdirSync(join(dir, PACKET_MEASURES, '..'), { recursive: true });
      copyFileSync(join(root, PACKET_MEASURES), join(dir, PACKET_MEASURES));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
