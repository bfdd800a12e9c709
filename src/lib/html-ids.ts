// Ids and the attributes that point at them. Every id on a page must be usable (not empty, no
// spaces, used once), and every reference (aria-labelledby, a label's `for`, ...) must point at
// an id that is on the same page: a broken one leaves a control or region without its name or
// description for a screen reader, and no browser or axe rule reports every case.
// The check works on a plain list of elements, so it runs on the built HTML (elementsOf, at the
// end of the build) and on a live page after its islands have rendered (tests/e2e).

/** One element: its tag, its id attribute (null when it has none) and its id references. */
export interface IdElement {
  tag: string;
  id: string | null;
  /** [attribute, value] for each reference attribute the element carries. */
  refs: [string, string][];
}

/** Attributes that hold one or more ids (space-separated), on any element. */
export const ARIA_ID_REFS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'aria-errormessage', 'aria-activedescendant'] as const;
/** Attributes that hold an id only on some elements: `for` on a label, `list` on an input. */
export const TAG_ID_REFS: Record<string, string> = { label: 'for', input: 'list' };

/** The reference attributes an element with this tag can carry. */
export function refAttributesOf(tag: string): string[] {
  const own = TAG_ID_REFS[tag.toLowerCase()];
  return own ? [...ARIA_ID_REFS, own] : [...ARIA_ID_REFS];
}

const show = (el: IdElement) => `<${el.tag}${el.id ? ` id="${el.id}"` : ''}>`;

/** Everything wrong with the ids on one page, each as a sentence; empty when all is well. */
export function idProblems(elements: IdElement[]): string[] {
  const problems: string[] = [];
  const count = new Map<string, number>();
  for (const el of elements) {
    if (el.id === null) continue;
    if (el.id === '') problems.push(`<${el.tag}> has an empty id.`);
    else if (/\s/.test(el.id)) problems.push(`<${el.tag}> has the id "${el.id}", which contains a space; an id must be one word.`);
    count.set(el.id, (count.get(el.id) ?? 0) + 1);
  }
  for (const [id, n] of count) if (id !== '' && n > 1) problems.push(`The id "${id}" is used ${n} times; an id must be used once on a page.`);
  for (const el of elements) {
    for (const [attr, value] of el.refs) {
      const targets = value.split(/\s+/).filter(Boolean);
      if (targets.length === 0) problems.push(`${attr}="" on ${show(el)} names no id.`);
      for (const target of targets) if (!count.has(target)) problems.push(`${attr}="${value}" on ${show(el)} points at "${target}", but no element on the page has that id.`);
    }
  }
  return problems;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });

/** The text between these tags is not markup; a <template>'s content is not part of the page. */
const SKIP_CONTENT = /^(script|style|textarea|title|template)$/i;

/** The elements of an HTML document with their id and reference attributes, read from its text. */
export function elementsOf(html: string): IdElement[] {
  const out: IdElement[] = [];
  const lower = html.toLowerCase();
  const tag = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/[^>]*>|<([a-zA-Z][^\s/>]*)/g;
  // One attribute (name, and a value in double, single or no quotes), or the end of the tag.
  const attr = /\s*(?:(>)|\/|([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?)/y;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html))) {
    if (!m[1]) continue;
    const name = m[1].toLowerCase();
    const attrs = new Map<string, string>();
    let pos = tag.lastIndex;
    for (;;) {
      attr.lastIndex = pos;
      const a = attr.exec(html);
      if (!a) {
        // Not well-formed here (a stray quote): the tag ends at the next ">".
        const end = html.indexOf('>', pos);
        pos = end < 0 ? html.length : end + 1;
        break;
      }
      pos = attr.lastIndex;
      if (a[1]) break;
      const key = a[2]?.toLowerCase();
      if (key && !attrs.has(key)) attrs.set(key, decode(a[3] ?? a[4] ?? a[5] ?? ''));
    }
    tag.lastIndex = pos;
    const refs = refAttributesOf(name).flatMap((r): [string, string][] => (attrs.has(r) ? [[r, attrs.get(r)!]] : []));
    if (attrs.has('id') || refs.length) out.push({ tag: name, id: attrs.get('id') ?? null, refs });
    if (SKIP_CONTENT.test(name)) {
      const close = lower.indexOf(`</${name}`, pos);
      tag.lastIndex = close < 0 ? html.length : close;
    }
  }
  return out;
}
