// Says when results cannot be kept, or when a damaged record was set aside.
import { useStore } from '@nanostores/preact';
import { fixedPages, href, localized } from '../../lib/routes';
import { useText } from './text';
import { $storage, $notice, dismissNotice } from '../../state/record';

const why = { future: 'assessment.notKeptFuture', full: 'assessment.notKeptFull', blocked: 'assessment.notKeptBlocked' } as const;

export default function StorageNotice() {
  const { t, lang } = useText();
  const progress = href(localized(fixedPages.progress, lang));
  const storage = useStore($storage);
  const notice = useStore($notice);
  return (
    <div aria-live="polite">
      {storage.mode === 'memory' && (
        <div class="notice warn" data-testid="storage-notice">
          <p>
            <strong>{t('assessment.notKeptHeading')}</strong> {t(why[storage.reason])} {t('assessment.notKeptAfter')}{' '}
            <a href={progress}>{t('assessment.progressLink')}</a> {t('assessment.notKeptEnd')}
          </p>
        </div>
      )}
      {notice?.kind === 'recovered' && (
        <div class="notice warn" data-testid="recovered-notice">
          <p>
            <strong>{t('assessment.recoveredHeading')}</strong>{' '}
            {notice.backupKey ? t('assessment.recoveredKept') : t('assessment.recoveredLost')}
          </p>
          <p>
            <a href={progress}>{t('assessment.goToProgress')}</a>{' '}
            <button type="button" class="link-button" onClick={dismissNotice}>
              {t('assessment.hideMessage')}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
