// The components a guide can use without importing them.
import ScopeTable from './ScopeTable.astro';
import AtAGlance from './AtAGlance.astro';
import DriftExample from './DriftExample.astro';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Term from './Term.astro';
import TableScroll from './TableScroll.astro';
import Table from './Table.astro';
import ContentLink from './ContentLink.astro';

export const mdxComponents = { AtAGlance, ScopeTable, DriftExample, Callout, Cite, Term, Table, table: TableScroll, a: ContentLink };
