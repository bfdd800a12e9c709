// Says when results cannot be kept, or when a damaged record was set aside.
import { useStore } from '@nanostores/preact';
import { fixedPages, href } from '../../lib/routes';
import { $storage, $notice, dismissNotice } from '../../state/record';

const why = {
  future: 'Your saved progress was made by a newer version of this hub, so this page will not change it. Reload the page to get the newest version.',
  full: 'This browser has no room left to save them.',
  blocked: 'This browser is not letting the hub save anything (storage may be blocked, or you may be in a private window).',
};

export default function StorageNotice() {
  const storage = useStore($storage);
  const notice = useStore($notice);
  return (
    <div aria-live="polite">
      {storage.mode === 'memory' && (
        <div class="notice warn" data-testid="storage-notice">
          <p>
            <strong>Your results will not be kept after you close this tab.</strong> {why[storage.reason]} You can still finish, and download a copy from{' '}
            <a href={href(fixedPages.progress)}>My progress</a> before you leave.
          </p>
        </div>
      )}
      {notice?.kind === 'recovered' && (
        <div class="notice warn" data-testid="recovered-notice">
          <p>
            <strong>Your saved progress could not be read, so the hub started a fresh record.</strong>{' '}
            {notice.backupKey ? 'The old data has been kept in this browser. You can download it from My progress.' : 'There was no room to keep a copy of the old data.'}
          </p>
          <p>
            <a href={href(fixedPages.progress)}>Go to My progress</a>{' '}
            <button type="button" class="link-button" onClick={dismissNotice}>
              Hide this message
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
