// The top of My progress: whether results are being kept, what was just done, the counts, and
// the printable summary for supervision.
import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { summarizeRecord } from '../../lib/record';
import { $record } from '../../state/record';
import StorageNotice from '../shared/StorageNotice';
import { $progressMessage } from './message';
import { count } from '../../lib/sentence';
import './progress.css';

export default function ProgressSummary() {
  const summary = summarizeRecord(useStore($record));
  const message = useStore($progressMessage);
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
        {`${count(summary.pagesRead, 'page', 'pages')} marked as read · ${count(summary.assessmentsTaken, 'assessment', 'assessments')} finished (${count(summary.attempts, 'attempt', 'attempts')}) · ${summary.inProgress} in progress`}
      </p>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={() => window.print()}>
          Print a summary for supervision
        </button>
      </p>
    </>
  );
}
