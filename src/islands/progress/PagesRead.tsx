// The pages the reader has marked as read, newest first.
import { useStore } from '@nanostores/preact';
import { formatDate } from '../../lib/dates';
import { href } from '../../lib/routes';
import { $record } from '../../state/record';

export default function PagesRead({ pages }: { pages: { path: string; title: string }[] }) {
  const record = useStore($record);
  const titleOf = new Map(pages.map((p) => [p.path, p.title]));
  const read = Object.entries(record.read).sort((a, b) => b[1].localeCompare(a[1]));
  return (
    <>
      <h2>Pages marked as read</h2>
      {read.length === 0 ? (
        <p>None yet. Each guide and role page has a “Mark as read” button at its end.</p>
      ) : (
        <ul class="pages-read">
          {read.map(([path, when]) => (
            <li key={path}>
              <a href={href(path)}>{titleOf.get(path) ?? path}</a> ({formatDate(when, undefined, 'short')})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
