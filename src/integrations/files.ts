// Every file below a folder, as sorted paths relative to it with "/" between parts: the one
// folder walker the build steps, the bench and the tests share.
import { readdirSync } from 'node:fs';

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath.slice(dir.length).replace(/^[/\\]/, '')}/${e.name}`.replace(/^\//, '').split('\\').join('/'))
    .sort();
}
