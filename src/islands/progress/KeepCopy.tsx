// Download the reader's progress as a file they can load here or in another browser, and say
// that it happened and where the file went.
import { useState } from 'preact/hooks';
import { backupFileName, makeBackup, type BackupHub } from '../../lib/backup';
import { $record } from '../../state/record';
import { download } from './download';
import { useText } from '../shared/text';

export default function KeepCopy({ hub }: { hub: BackupHub }) {
  const { t } = useText();
  const [saved, setSaved] = useState<string | null>(null);
  const save = () => {
    const name = backupFileName();
    download(name, makeBackup($record.get(), new Date(), hub));
    setSaved(name);
  };
  return (
    <>
      <h2>{t('progress.keepHeading')}</h2>
      <p>{t('progress.keepText')}</p>
      <p>
        <button type="button" class="button" onClick={save}>
          {t('progress.download')}
        </button>
      </p>
      <p role="status" data-testid="download-status">
        {saved && t('progress.downloaded', { name: saved })}
      </p>
    </>
  );
}
