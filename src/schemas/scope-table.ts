// A page's scope tables: what a peer does and does not do, as data. One file per page,
// content/scope-tables/<page>.yaml, named after the guide or role page the tables are on
// (content/guides/<page>.mdx or content/roles/<page>.mdx). The page places each table with
// <ScopeTable id="<page>/<table id>" />, and the page's printable handout prints them all.
// Framework-free (zod only): Astro's content config, the content check and the tests use it.
import { z } from 'zod';
import { fieldsAre, slugId as slug } from './fields.ts';


/** Who wrote a table's rows: the two values of `origin`. */
export const scopeTableOrigins = ['source', 'hub'] as const;
export type ScopeTableOrigin = (typeof scopeTableOrigins)[number];

/** The column headings a table gets when it gives none. */
export const defaultScopeHeadings = { does: 'In role', doesNot: 'Out of role' } as const;

/** One row of a table: a thing a peer does, beside a thing a peer does not do. */
export const scopeTableRowSchema = z.strictObject(
  {
    does: z.string().trim().min(1, 'write what is in role in "does"').describe('The left cell, what is in role, for example "Shares their own lived experience".'),
    doesNot: z.string().trim().min(1, 'write what is out of role in "doesNot", or leave the field out for an empty cell').optional().describe('The right cell, what is out of role, for example "Give professional advice". Leave it out for an empty cell when the source\'s two lists differ in length.'),
  },
  { error: fieldsAre('a row', ['does', 'doesNot']) },
);

/** One table. */
export const scopeTableSchema = z.strictObject(
  {
    id: slug.describe('The table\'s name within its file, unique in the file, for example "in-and-out-of-role". The page places it as <ScopeTable id="<page>/<this id>" />.'),
    caption: z.string().trim().min(3, 'give the table a caption: a short title for what it lists').describe('The table\'s title, read out by screen readers and printed above it, for example "A peer on a mobile crisis team: in role and out of role".'),
    source: slug.describe('The id of the source the rows come from or apply, from content/sources.yaml, for example "brss-tacs-2012". The page\'s frontmatter "sources" must list it too.'),
    origin: z.enum(scopeTableOrigins, {
      error: 'say who wrote the rows: origin "source" (the rows are the source\'s own list) or origin "hub" (rows written for this hub, applying the source)',
    }).describe('Who wrote the rows: "source" when they are the source\'s own list (the table says "Source: ..."), or "hub" when this hub wrote them, applying the source (it says "Examples written for this hub, applying ..."). Required.'),
    doesHeading: z.string().trim().min(1, 'write the heading, or leave the field out for "In role"').optional().describe('Optional heading of the left column; "In role" when left out.'),
    doesNotHeading: z.string().trim().min(1, 'write the heading, or leave the field out for "Out of role"').optional().describe('Optional heading of the right column; "Out of role" when left out.'),
    rows: z.array(scopeTableRowSchema, { error: 'list the rows, each starting with "- does:"' }).min(1, 'list at least one row').describe('The rows, in the order the table shows them: each a "does" and (usually) a "doesNot".'),
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
