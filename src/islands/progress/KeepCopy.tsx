// Download the reader's progress as a file they can load here or in another browser, and say
// that it happened and where the file went.
import { useState } from 'preact/hooks';
import { backupFileName, makeBackup, type BackupHub } from '../../lib/backup';
import { $record } from '../../state/record';
import { download } from './download';

export default function KeepCopy({ hub }: { hub: BackupHub }) {
  const [saved, setSaved] = useState<string | null>(null);
  const save = () => {
    const name = backupFileName();
    download(name, makeBackup($record.get(), new Date(), hub));
    setSaved(name);
  };
  return (
    <>
      <h2>Keep a copy</h2>
      <p>
        Your progress lives only in this browser. Some browsers delete stored data after a while, so download a copy now and then. You can load it here or in another
        browser.
      </p>
      <p>
        <button type="button" class="button" onClick={save}>
          Download my progress
        </button>
      </p>
      <p role="status" data-testid="download-status">
        {saved && `Downloaded: ${saved}. Your browser keeps it with your other downloads (usually the Downloads folder) unless you chose another place.`}
      </p>
    </>
  );
}
