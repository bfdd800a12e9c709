// Content links are written site-relative ("/guides/x/"), so a page reads the same wherever the
// hub is served. This rehype plugin puts the base folder in front of each one at build time, for
// a hub served from a folder ("/peer-hub/guides/x/"). Links off the hub, "#" links and
// protocol-relative ones ("//host/") are left alone.
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/routes.ts';

const ATTRIBUTES = ['href', 'src'] as const;

export function rehypeBase({ base }: { base: string }) {
  return (tree: Root) => {
    if (base === '/' || base === '') return;
    visit(tree, 'element', (node: Element) => {
      for (const name of ATTRIBUTES) {
        const value = node.properties?.[name];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) node.properties[name] = withBase(value, base);
      }
    });
  };
}
