// Download the reader's progress as a file they can load here or in another browser.
import { backupFileName, makeBackup } from '../../lib/backup';
import { $record } from '../../state/record';
import { download } from './download';

export default function KeepCopy() {
  return (
    <>
      <h2>Keep a copy</h2>
      <p>
        Your progress lives only in this browser. Some browsers delete stored data after a while, so download a copy now and then. You can load it here or in another
        browser.
      </p>
      <p>
        <button type="button" class="button" onClick={() => download(backupFileName(), makeBackup($record.get()))}>
          Download my progress
        </button>
      </p>
    </>
  );
}
