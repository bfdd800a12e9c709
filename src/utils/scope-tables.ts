// Finds the ScopeTables in guide and role pages, so that each page's tables can be printed
// as one handout. Reads the MDX source at build time.
import { readFileSync } from 'node:fs';
import { getGuides, getRoles } from './content';

export interface ScopeTableProps {
  caption: string;
  source: string;
  origin: 'source' | 'hub';
  rows: [string, string][];
  doesHeading?: string;
  doesNotHeading?: string;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

export function scopeTablesIn(mdx: string, file: string): ScopeTableProps[] {
  return [...mdx.matchAll(/<ScopeTable\b([\s\S]*?)\/>/g)].map((m) => {
    const tag = m[1];
    const rows = /rows=\{(\[[\s\S]*\])\}/.exec(tag)?.[1];
    let parsed: [string, string][];
    try {
      parsed = JSON.parse((rows ?? '').replace(/,\s*\]/g, ']'));
    } catch {
      throw new Error(`${file}: a ScopeTable's rows could not be read for its printable page; write them as [["...", "..."], ...]`);
    }
    return { caption: attr(tag, 'caption') ?? '', source: attr(tag, 'source') ?? '', origin: attr(tag, 'origin') === 'hub' ? 'hub' : 'source', rows: parsed, doesHeading: attr(tag, 'doesHeading'), doesNotHeading: attr(tag, 'doesNotHeading') };
  });
}

export async function pagesWithScopeTables() {
  const entries = [
    ...(await getGuides()).map((g) => ({ kind: 'guides', entry: g })),
    ...(await getRoles()).map((r) => ({ kind: 'roles', entry: r })),
  ];
  return entries
    .map(({ kind, entry }) => {
      const file = entry.filePath ?? `content/${kind}/${entry.id}.mdx`;
      return { id: entry.id, href: `/${kind}/${entry.id}/`, title: entry.data.title, tables: scopeTablesIn(entry.body ?? readFileSync(file, 'utf8'), file) };
    })
    .filter((p) => p.tables.length > 0);
}
