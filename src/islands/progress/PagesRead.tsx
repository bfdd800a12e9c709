// The pages the reader has marked as read, newest first.
import { useStore } from '@nanostores/preact';
import { formatDate } from '../../lib/dates';
import { $record } from '../../state/record';
import { useText, withText, type TextProps } from '../shared/text';

interface Props extends TextProps {
  /** Each page a reader can mark: its address in the record, its link in the page's language and its title. */
  pages: { path: string; href: string; title: string }[];
}

function Read({ pages }: Pick<Props, 'pages'>) {
  const { t, lang } = useText();
  const record = useStore($record);
  const pageOf = new Map(pages.map((p) => [p.path, p]));
  const read = Object.entries(record.read).sort((a, b) => b[1].localeCompare(a[1]));
  return (
    <>
      <h2>{t('progress.pagesHeading')}</h2>
      {read.length === 0 ? (
        <p>{t('progress.noPages')}</p>
      ) : (
        <ul class="pages-read">
          {read.map(([path, when]) => (
            <li key={path}>
              <a href={pageOf.get(path)?.href ?? path}>{pageOf.get(path)?.title ?? path}</a> ({formatDate(when, undefined, 'short', lang)})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export default withText(Read);
