// The top of My progress: whether results are being kept, what was just done, the counts, and
// printing the study record (with the reader's own notes only when they choose).
import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { summarizeRecord } from '../../lib/record';
import { $record } from '../../state/record';
import StorageNotice from '../shared/StorageNotice';
import { $notesInRecord, $progressMessage } from './message';
import { count } from '../../lib/sentence';
import '../assessment.css';
import './progress.css';

export default function ProgressSummary() {
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
        {`${count(summary.pagesRead, 'page', 'pages')} marked as read · ${count(summary.assessmentsTaken, 'assessment', 'assessments')} finished (${count(summary.attempts, 'attempt', 'attempts')}) · ${summary.inProgress} in progress`}
      </p>
      <div class="no-print study-record-controls">
        <p class="checkbox">
          <input type="checkbox" id="notes-in-record" checked={notesInRecord} onChange={(e) => $notesInRecord.set(e.currentTarget.checked)} />
          <label for="notes-in-record">Put my own notes in the printed record</label>
        </p>
        <p>
          <button type="button" class="button secondary" onClick={() => window.print()}>
            Print my study record
          </button>
        </p>
      </div>
    </>
  );
}
