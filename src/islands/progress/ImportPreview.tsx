// What a progress file holds, and whether to add it to this browser's progress or replace it.
import { useState } from 'preact/hooks';
import { formatDate } from '../../lib/dates';
import { count } from '../../lib/sentence';
import { summarizeRecord, type ReaderRecord } from '../../lib/record';
import type { BackupHub } from '../../lib/backup';

export type ImportMode = 'merge' | 'replace';

interface Props {
  record: ReaderRecord;
  exportedAt: string;
  /** The hub that saved the file (null when the file does not say), and this one. */
  from: BackupHub | null;
  here: BackupHub;
  onLoad: (mode: ImportMode) => void;
  onCancel: () => void;
}

export default function ImportPreview({ record, exportedAt, from, here, onLoad, onCancel }: Props) {
  const [mode, setMode] = useState<ImportMode>('merge');
  const s = summarizeRecord(record);
  return (
    <form
      class="import-preview"
      data-testid="import-preview"
      onSubmit={(e) => {
        e.preventDefault();
        onLoad(mode);
      }}
    >
      <h3>What the file holds</h3>
      <p>
        Saved {exportedAt ? formatDate(exportedAt) : 'on an unknown date'}: {count(s.pagesRead, 'page', 'pages')} read, {count(s.attempts, 'finished attempt', 'finished attempts')} across{' '}
        {count(s.assessmentsTaken, 'assessment', 'assessments')}, {s.inProgress} in progress, {count(s.checklists, 'checklist', 'checklists')}.
      </p>
      {from && from.id !== here.id ? (
        <p class="import-from other" data-testid="import-from">
          <strong>This file comes from another hub: “{from.name}”.</strong> You can still load it. Its results will then show on {here.name} too, beside your own.
        </p>
      ) : from ? (
        <p class="import-from" data-testid="import-from">
          Saved from this hub, {here.name}.
        </p>
      ) : null}
      <fieldset>
        <legend>What should happen to the progress already in this browser?</legend>
        <div class="option">
          <input type="radio" id="import-merge" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          <label for="import-merge">Keep it, and add the file’s progress to it</label>
        </div>
        <div class="option">
          <input type="radio" id="import-replace" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          <label for="import-replace">Replace it with the file’s progress</label>
        </div>
      </fieldset>
      <div class="buttons">
        <button type="submit" class="button">
          Load this progress
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
