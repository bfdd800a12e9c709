// A guide or role page as its MDX syntax tree (mdast with MDX's JSX, expressions and ESM, GFM
// tables and the YAML frontmatter), and the few questions the content rules ask of it: which
// components a page uses with which props, and what text a reader sees. Working on the tree,
// not the text, means a <Cite> inside a code block or an MDX comment is never counted, a
// component written over several lines is found, and every finding has its line.
// Framework-free: unified and remark only.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** The parser: markdown with GFM (tables), MDX and YAML frontmatter, as Astro's MDX reads a page. */
export const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx).freeze();

/** The tree of an MDX file or body. Throws a message with the line when the MDX does not parse. */
export function parseMdx(text: string): Root {
  return mdxParser.parse(text);
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export const isJsx = (node: Nodes): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A node's first line in the file (1 is the first). */
export const lineOf = (node: Nodes): number => node.position?.start.line ?? 1;

/** Nodes a reader never sees: code, MDX comments and expressions, imports and exports, the frontmatter. */
const unseen = new Set(['code', 'inlineCode', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'yaml']);
export const isUnseen = (node: Nodes): boolean => unseen.has(node.type);

/**
 * Calls `visit` on every node a reader could see, in document order, with its ancestors
 * (nearest last). Code, comments and ESM are not entered.
 */
export function walk(tree: Nodes, visit: (node: Nodes, ancestors: Parent[]) => void, ancestors: Parent[] = []): void {
  if (isUnseen(tree)) return;
  visit(tree, ancestors);
  if ('children' in tree) for (const child of tree.children as Nodes[]) walk(child, visit, [...ancestors, tree]);
}

/** Every JSX element named `name` (flow or inline), in document order. */
export function elementsNamed(tree: Nodes, name: string): JsxElement[] {
  const found: JsxElement[] = [];
  walk(tree, (node) => {
    if (isJsx(node) && node.name === name) found.push(node);
  });
  return found;
}

/**
 * A prop's text when it is written as a string: `id="x"`, `id='x'` or `id={"x"}`. Undefined when
 * the prop is missing; null when it is there but is not a plain string (an expression, or a
 * bare `id` with no value), since the rules cannot know what it holds.
 */
export function stringProp(element: JsxElement, name: string): string | null | undefined {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute || attribute.type !== 'mdxJsxAttribute') return undefined;
  const value = attribute.value;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const statement = value.data?.estree?.body[0];
    if (statement?.type === 'ExpressionStatement') {
      const e = statement.expression;
      if (e.type === 'Literal' && typeof e.value === 'string') return e.value;
      if (e.type === 'TemplateLiteral' && e.expressions.length === 0) return e.quasis.map((q) => q.value.cooked ?? '').join('');
    }
  }
  return null;
}

/** The names of an element's props, a spread (`{...props}`) written as "...". */
export const propNames = (element: JsxElement): string[] => element.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : '...'));

/** Components whose text is not running text of the paragraph they sit in (a reader sees a box or a table). */
export const BLOCK_COMPONENTS = new Set(['Callout', 'DriftExample', 'ScopeTable']);

/**
 * The text a reader sees in inline content, markup removed: link and emphasis text, a <Term>'s
 * words, an image's alt text. A <Cite> (a source's short name in brackets), code and
 * expressions are left out. Whitespace is collapsed.
 */
export function inlineText(nodes: readonly PhrasingContent[] | readonly Nodes[]): string {
  let out = '';
  const add = (node: Nodes) => {
    if (isUnseen(node)) {
      if (node.type === 'mdxTextExpression') out += ' ';
      return;
    }
    if (node.type === 'text') out += node.value;
    else if (node.type === 'break') out += ' ';
    else if (node.type === 'image' || node.type === 'imageReference') out += node.alt ?? '';
    else if (isJsx(node) && (node.name === 'Cite' || BLOCK_COMPONENTS.has(node.name ?? ''))) return;
    else if ('children' in node) for (const child of node.children as Nodes[]) add(child);
  };
  for (const node of nodes) add(node as Nodes);
  return out.replace(/\s+/g, ' ').trim();
}

/** The YAML frontmatter's text and the line its first field is on, or null when the file has none. */
export function frontmatterOf(tree: Root): { yaml: string; line: number } | null {
  const first = tree.children[0];
  return first?.type === 'yaml' ? { yaml: first.value, line: lineOf(first) + 1 } : null;
}

/** The line of the first line after the frontmatter (the body's first line). */
export function bodyLine(tree: Root): number {
  const first = tree.children[0];
  return first?.type === 'yaml' ? (first.position?.end.line ?? 0) + 1 : 1;
}
