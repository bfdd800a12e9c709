// Field tables for content editors, made from the content schemas themselves: each field's name,
// whether it is needed, what it holds (its description, written beside the field in
// src/schemas/) and what values it takes (read from the schema's own checks). Because the
// tables come from the schemas, a field cannot be added, removed or tightened without the
// tables changing too. Pure: zod in, markdown out.
import { z } from 'zod';

/** A fixed list of values (an enum) that has its own heading in the docs, and what readers see. */
export interface ValueList {
  /** The heading, for example "Topics"; its anchor is the heading in lowercase with hyphens. */
  name: string;
  /** How a sentence names it, when not the heading in lowercase ("the Crisis Now elements"). */
  inText?: string;
  values: readonly string[];
  /** The words a reader sees for each value. */
  labels: Readonly<Record<string, string>>;
}

export interface FieldRow {
  /** The field's name; a field inside another is written `outer.inner` (for a list: inside each item). */
  field: string;
  /** "yes", "no", or "no (if left out: …)". */
  needed: string;
  /** The description, then the values it takes. */
  text: string;
}

export interface FieldDocOptions {
  /** Lists that have their own heading: a field taking exactly one of them links there. */
  lists?: readonly ValueList[];
  /** Top-level fields to leave out (documented elsewhere, for example the fields every assessment has). */
  omit?: readonly string[];
}

/** A JSON Schema node, as zod writes one: only the keys the tables read. */
interface Node {
  type?: string;
  description?: string;
  default?: unknown;
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Node | false;
  prefixItems?: Node[];
  properties?: Record<string, Node>;
  required?: string[];
}

/** Plain words for each pattern a schema checks. A new pattern needs its words here. */
export const PATTERN_WORDS: Readonly<Record<string, string>> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'an id: lowercase letters, digits and single hyphens, for example `peer-drift`',
  '^\\/[a-z0-9\\-/#]*$': 'an address on this hub, starting with `/`',
  '^[0-9]{3,15}$': 'digits only (3 to 15), in quotes',
  '^[a-z][a-z0-9]{1,15}$': 'a short word of lowercase letters and digits (2 to 16), starting with a letter, for example `countyhub`',
  '^[A-Za-z0-9]{2,20}$': 'a word of letters and digits (2 to 20), for example `AYUDA`',
  '^\\/([a-zA-Z0-9._-]+\\/)*$': 'a folder that starts and ends with `/`, for example `/peer-hub/`',
};

const anchorOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const code = (v: unknown) => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;
const orList = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);
const sentence = (s: string) => {
  const t = s.trim();
  return `${t[0].toUpperCase()}${t.slice(1)}${/[.?!]["”')]*$/.test(t) ? '' : '.'}`;
};

/** How a default reads in YAML: `[all-settings]`, `false`, `source`. */
const yamlValue = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ')}]` : typeof v === 'string' ? v : JSON.stringify(v);

const sameValues = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** How many items a list takes, or '' when any number (none too) will do. */
function howMany(node: Node): string {
  const { minItems: min, maxItems: max } = node;
  if (min !== undefined && min === max) return `exactly ${min}`;
  if (min !== undefined && max !== undefined) return `${min} to ${max}`;
  if (min === 1) return 'one or more';
  if (min !== undefined) return `at least ${min}`;
  if (max !== undefined) return `up to ${max}`;
  return '';
}

function characters(node: Node): string {
  const { minLength: min, maxLength: max } = node;
  if (min !== undefined && max !== undefined) return ` of ${min} to ${max} characters`;
  if (min !== undefined && min > 1) return ` of at least ${min} characters`;
  if (max !== undefined) return ` of up to ${max} characters`;
  return '';
}

function range(node: Node): string {
  // A whole number with no limit of its own carries JavaScript's safe-integer limits: not a limit to an editor.
  const min = node.minimum !== undefined && Math.abs(node.minimum) < Number.MAX_SAFE_INTEGER ? node.minimum : undefined;
  const max = node.maximum !== undefined && Math.abs(node.maximum) < Number.MAX_SAFE_INTEGER ? node.maximum : undefined;
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return `, ${min} or more`;
  if (max !== undefined) return `, up to ${max}`;
  return '';
}

/** The values one enum takes: a link to its own list, or the values themselves. */
function enumWords(values: unknown[], lists: readonly ValueList[]): string {
  const list = lists.find((l) => sameValues(l.values, values));
  return list ? `the [${list.inText ?? list.name.toLowerCase()}](#${anchorOf(list.name)})` : orList(values.map(code));
}

/** A single value (not a list or an object), as a noun phrase: "text of 3 to 120 characters". */
function scalar(node: Node, where: string, lists: readonly ValueList[]): string {
  if (node.const !== undefined) return `exactly ${code(node.const)}`;
  if (node.enum) return `one of ${enumWords(node.enum, lists)}`;
  switch (node.type) {
    case 'boolean':
      return '`true` or `false`';
    case 'integer':
      return `a whole number${range(node)}`;
    case 'number':
      return `a number${range(node)}`;
    case 'string': {
      if (node.format === 'date') return 'a date, year-month-day, for example `2026-11-23`';
      if (node.format === 'uri') return 'a web address, starting with `https://`';
      if (node.format) throw new Error(`${where}: the field docs have no words for the format "${node.format}"`);
      if (node.pattern !== undefined) {
        const words = PATTERN_WORDS[node.pattern];
        if (!words) throw new Error(`${where}: the field docs have no words for the pattern ${node.pattern}; add them to PATTERN_WORDS`);
        return `${words}${characters(node)}`;
      }
      return `text${characters(node)}`;
    }
    default:
      throw new Error(`${where}: the field docs cannot say what this field takes (JSON Schema ${JSON.stringify(node)})`);
  }
}

function rowsOf(node: Node, prefix: string, lists: readonly ValueList[], omit: readonly string[]): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set(node.required ?? []);
  for (const [key, field] of Object.entries(node.properties ?? {})) {
    if (omit.includes(key)) continue;
    const name = `${prefix}${key}`;
    if (!field.description) throw new Error(`${name}: the field has no description; give it one with .describe('...') in src/schemas/`);
    const needed = required.has(key) ? 'yes' : field.default !== undefined ? `no (if left out: \`${yamlValue(field.default)}\`)` : 'no';
    let takes: string;
    let children: FieldRow[] = [];
    if (field.type === 'object') {
      takes = 'has the fields below';
      children = rowsOf(field, `${name}.`, lists, []);
    } else if (field.type === 'array' && field.prefixItems) {
      const first = field.prefixItems.map((p, i) => scalar(p, `${name}.${i}`, lists));
      if (!first.every((p) => p === first[0])) throw new Error(`${name}: the field docs describe lists whose items all take the same values`);
      takes = `a list of ${howMany(field)}, in order; each is ${first[0]}`;
    } else if (field.type === 'array') {
      const item = field.items;
      if (!item) throw new Error(`${name}: a list with no item schema`);
      const count = howMany(field);
      if (item.type === 'object') {
        takes = `a list${count ? ` of ${count}` : ''}; each has the fields below`;
        children = rowsOf(item, `${name}.`, lists, []);
      } else if (item.enum) {
        takes = `${count || 'any'} of ${enumWords(item.enum, lists)}`;
      } else {
        takes = `a list${count ? ` of ${count}` : ''}; each is ${scalar(item, `${name}.item`, lists)}`;
      }
    } else {
      takes = scalar(field, name, lists);
    }
    rows.push({ field: name, needed, text: `${sentence(field.description)} ${sentence(takes)}` });
    rows.push(...children);
  }
  return rows;
}

/** The JSON Schema zod writes for what an editor types: defaults make a field optional, dates are text. */
export function editorJsonSchema(schema: z.ZodType): Node {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
    },
  }) as Node;
}

/** One row per field of an object schema, each field inside another straight after it. */
export function fieldRows(schema: z.ZodType, options: FieldDocOptions = {}): FieldRow[] {
  const node = editorJsonSchema(schema);
  if (node.type !== 'object') throw new Error('fieldRows takes an object schema (for a union, document each kind)');
  return rowsOf(node, '', options.lists ?? [], options.omit ?? []);
}

/** Text for a table cell: pipes escaped, and "<" outside code written so that it shows (not taken for HTML). */
const cell = (s: string) =>
  s
    .replace(/\n/g, ' ')
    .split('`')
    .map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;')))
    .join('`')
    .replace(/\|/g, '\\|');

/** A markdown table of field rows. */
export function fieldTable(rows: readonly FieldRow[]): string {
  return [
    '| Field | Needed? | What to write |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| \`${cell(r.field)}\` | ${cell(r.needed)} | ${cell(r.text)} |`),
  ].join('\n');
}

/** A heading and table for a fixed list: each value and the words readers see for it. */
export function valueListSection(list: ValueList, level = 4): string {
  const missing = list.values.filter((v) => !(v in list.labels));
  if (missing.length) throw new Error(`${list.name}: no reader's label for ${missing.map((v) => `"${v}"`).join(', ')}`);
  return [
    `${'#'.repeat(level)} ${list.name}`,
    '',
    '| Value | Readers see |',
    '| --- | --- |',
    ...list.values.map((v) => `| \`${v}\` | ${cell(list.labels[v])} |`),
  ].join('\n');
}
