// A page's body placed inside another page (a guide inside a path's packet): its ids and the
// links and references to them get a prefix, so two bodies on one page never share an id, and
// its headings move down a level, so they sit under the part's own heading. Works on the HTML
// the hub's own components write (double-quoted attributes).
import { ARIA_ID_REFS } from './html-ids.ts';

const refAttributes = [...ARIA_ID_REFS, 'for', 'list'];

export function nestHtml(html: string, prefix: string, shift = 1): string {
  const ids = (value: string) => value.split(/\s+/).filter(Boolean).map((id) => `${prefix}-${id}`).join(' ');
  return html
    .replace(/(\s)id="([^"]+)"/g, (_, sp: string, id: string) => `${sp}id="${prefix}-${id}"`)
    .replace(/(\s)href="#([^"]+)"/g, (_, sp: string, id: string) => `${sp}href="#${prefix}-${id}"`)
    .replace(new RegExp(`(\\s)(${refAttributes.join('|')})="([^"]*)"`, 'g'), (_, sp: string, attr: string, v: string) => `${sp}${attr}="${ids(v)}"`)
    .replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + shift)}`);
}
