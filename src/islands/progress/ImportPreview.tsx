// What a progress file holds, and whether to add it to this browser's progress or replace it.
import { useState } from 'preact/hooks';
import { formatDate } from '../../lib/dates';
import { summarizeRecord, type ReaderRecord } from '../../lib/record';

export type ImportMode = 'merge' | 'replace';

interface Props {
  record: ReaderRecord;
  exportedAt: string;
  onLoad: (mode: ImportMode) => void;
  onCancel: () => void;
}

export default function ImportPreview({ record, exportedAt, onLoad, onCancel }: Props) {
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
        Saved {exportedAt ? formatDate(exportedAt) : 'on an unknown date'}: {s.pagesRead} pages read, {s.attempts} finished attempts across {s.assessmentsTaken} assessments,{' '}
        {s.inProgress} in progress, {s.checklists} checklists.
      </p>
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
