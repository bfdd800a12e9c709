// A page's scope tables: what a peer does and does not do, as data. One file per page,
// content/scope-tables/<page>.yaml, named after the guide or role page the tables are on
// (content/guides/<page>.mdx or content/roles/<page>.mdx). The page places each table with
// <ScopeTable id="<page>/<table id>" />, and the page's printable handout prints them all.
// Framework-free (zod only): Astro's content config, the content check and the tests use it.
import { z } from 'zod';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens (for example "in-and-out-of-role")');

/** Plain words for a misspelt field, or for something that is not a block of fields at all. */
const fieldsAre = (what: string, fields: string[]) => (iss: { code: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys'
    ? `${iss.keys!.map((k) => `"${k}"`).join(', ')} is not a field of ${what}: its fields are ${fields.join(', ')} (check the spelling and capitals)`
    : iss.code === 'invalid_type'
      ? `write ${what} as fields (${fields.join(', ')}), each on its own line`
      : undefined;

/** Who wrote a table's rows: the two values of `origin`. */
export const scopeTableOrigins = ['source', 'hub'] as const;
export type ScopeTableOrigin = (typeof scopeTableOrigins)[number];

/** The column headings a table gets when it gives none. */
export const defaultScopeHeadings = { does: 'In role', doesNot: 'Out of role' } as const;

/** One row of a table: a thing a peer does, beside a thing a peer does not do. */
export const scopeTableRowSchema = z.strictObject(
  {
    /** The left cell, what is in role, for example "Shares their own lived experience". */
    does: z.string().trim().min(1, 'write what is in role in "does"'),
    /** The right cell, what is out of role, for example "Give professional advice". Leave it out for an empty cell when the source's two lists differ in length. */
    doesNot: z.string().trim().min(1, 'write what is out of role in "doesNot", or leave the field out for an empty cell').optional(),
  },
  { error: fieldsAre('a row', ['does', 'doesNot']) },
);

/** One table. */
export const scopeTableSchema = z.strictObject(
  {
    /** The table's name within its file, unique in the file, for example "in-and-out-of-role". The page places it as <ScopeTable id="<page>/<this id>" />. */
    id: slug,
    /** The table's title, read out by screen readers and printed above it, for example "A peer on a mobile crisis team: in role and out of role". */
    caption: z.string().trim().min(3, 'give the table a caption: a short title for what it lists'),
    /** The id of the source the rows come from or apply, from content/sources.yaml, for example "brss-tacs-2012". The page's frontmatter "sources" must list it too. */
    source: slug,
    /** Who wrote the rows: "source" when they are the source's own list (the table says "Source: ..."), or "hub" when this hub wrote them, applying the source (it says "Examples written for this hub, applying ..."). Required. */
    origin: z.enum(scopeTableOrigins, {
      error: 'say who wrote the rows: origin "source" (the rows are the source\'s own list) or origin "hub" (rows written for this hub, applying the source)',
    }),
    /** Optional heading of the left column; "In role" when left out. */
    doesHeading: z.string().trim().min(1, 'write the heading, or leave the field out for "In role"').optional(),
    /** Optional heading of the right column; "Out of role" when left out. */
    doesNotHeading: z.string().trim().min(1, 'write the heading, or leave the field out for "Out of role"').optional(),
    /** The rows, in the order the table shows them: each a "does" and (usually) a "doesNot". */
    rows: z.array(scopeTableRowSchema, { error: 'list the rows, each starting with "- does:"' }).min(1, 'list at least one row'),
  },
  { error: fieldsAre('a table', ['id', 'caption', 'source', 'origin', 'doesHeading', 'doesNotHeading', 'rows']) },
);

/** A scope-table file: the page's tables, in the order its printable handout prints them. */
export const scopeTableFileSchema = z
  .array(scopeTableSchema, { error: 'write the file as a list of tables, each starting with "- id:"' })
  .min(1, 'list at least one table, or delete the file')
  .superRefine((tables, ctx) => {
    const seen = new Set<string>();
    tables.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `another table in this file is already called "${t.id}": give each table its own id` });
      seen.add(t.id);
    });
  });

export type ScopeTableRow = z.infer<typeof scopeTableRowSchema>;
export type ScopeTableData = z.infer<typeof scopeTableSchema>;
