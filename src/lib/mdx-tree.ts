// A guide or role page as its MDX syntax tree (mdast with MDX's JSX, expressions and ESM, GFM
// tables and the YAML frontmatter), and the few questions the content rules ask of it: which
// components a page uses with which props, and what text a reader sees. Working on the tree,
// not the text, means a <Cite> inside a code block or an MDX comment is never counted, a
// component written over several lines is found, and every finding has its line.
// Framework-free: unified and remark only.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Processor } from 'unified';

/**
 * GFM tables, the one part of GitHub-flavoured markdown the rules need to see (table text is
 * not running prose). Astro's MDX reads all of GFM; the rest (strikethrough, footnotes, bare
 * URLs as links) changes no word, link or heading the rules look at, and skipping it halves
 * the time a page takes to parse. This is how remark-gfm adds each of its parts.
 */
function remarkGfmTables(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

/** The parser: markdown with MDX, GFM tables and YAML frontmatter, as Astro's MDX reads a page. */
export const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmTables).use(remarkMdx).freeze();

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
 * (nearest last; the list is reused, so copy it to keep it). Code, comments and ESM are not entered.
 */
export function walk(tree: Nodes, visit: (node: Nodes, ancestors: readonly Parent[]) => void, ancestors: Parent[] = []): void {
  if (isUnseen(tree)) return;
  visit(tree, ancestors);
  if (!('children' in tree)) return;
  ancestors.push(tree);
  for (const child of tree.children as Nodes[]) walk(child, visit, ancestors);
  ancestors.pop();
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
export const BLOCK_COMPONENTS = new Set(['AtAGlance', 'Callout', 'DriftExample', 'ScopeTable', 'Table']);

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
