// The top of My progress: whether results are being kept, what was just done, the counts, and
// printing the study record (with the reader's own notes only when they choose).
import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { summarizeRecord } from '../../lib/record';
import { $record } from '../../state/record';
import StorageNotice from '../shared/StorageNotice';
import { $notesInRecord, $progressMessage } from './message';
import { useText, withText, type TextProps } from '../shared/text';
import '../assessment.css';
import './progress.css';

function Summary() {
  const { t } = useText();
  const summary = summarizeRecord(useStore($record));
  const message = useStore($progressMessage);
  const notesInRecord = useStore($notesInRecord);
  // A new confirmation takes focus, so a reader who loaded a file or deleted everything hears and sees what happened.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) box.current?.focus();
  }, [message]);
  return (
    <>
      <StorageNotice />
      {message && (
        <div class="notice" role="status" tabIndex={-1} ref={box} data-testid="progress-message">
          <p>{message}</p>
        </div>
      )}
      <p class="summary-line" data-testid="summary">
        {t('progress.summary', { pages: t('progress.pages', { n: summary.pagesRead }), assessments: t('progress.assessmentsCount', { n: summary.assessmentsTaken }), attempts: t('progress.attempts', { n: summary.attempts }), inProgress: summary.inProgress })}
      </p>
      <div class="no-print study-record-controls">
        <p class="checkbox">
          <input type="checkbox" id="notes-in-record" checked={notesInRecord} onChange={(e) => $notesInRecord.set(e.currentTarget.checked)} />
          <label for="notes-in-record">{t('progress.notesInRecord')}</label>
        </p>
        <p>
          <button type="button" class="button secondary" onClick={() => window.print()}>
            {t('progress.print')}
          </button>
        </p>
      </div>
    </>
  );
}

export default withText(Summary);
