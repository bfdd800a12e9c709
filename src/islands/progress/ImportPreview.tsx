// What a progress file holds, and whether to add it to this browser's progress or replace it.
import { useState } from 'preact/hooks';
import { formatDate } from '../../lib/dates';
import { summarizeRecord, type ReaderRecord } from '../../lib/record';
import type { BackupHub } from '../../lib/backup';
import { useText } from '../shared/text';

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
  const { t, lang } = useText();
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
      <h3>{t('progress.fileHolds')}</h3>
      <p>
        {t('progress.savedOn', {
          date: exportedAt ? formatDate(exportedAt, undefined, 'long', lang) : t('progress.unknownDate'),
          pages: t('progress.pages', { n: s.pagesRead }),
          attempts: t('progress.finishedAttempts', { n: s.attempts }),
          assessments: t('progress.assessmentsCount', { n: s.assessmentsTaken }),
          inProgress: s.inProgress,
          checklists: t('progress.checklists', { n: s.checklists }),
        })}
      </p>
      {from && from.id !== here.id ? (
        <p class="import-from other" data-testid="import-from">
          <strong>{t('progress.otherHub', { name: from.name })}</strong> {t('progress.otherHubText', { here: here.name })}
        </p>
      ) : from ? (
        <p class="import-from" data-testid="import-from">
          {t('progress.sameHub', { name: here.name })}
        </p>
      ) : null}
      <fieldset>
        <legend>{t('progress.whatHappens')}</legend>
        <div class="option">
          <input type="radio" id="import-merge" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          <label for="import-merge">{t('progress.merge')}</label>
        </div>
        <div class="option">
          <input type="radio" id="import-replace" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          <label for="import-replace">{t('progress.replace')}</label>
        </div>
      </fieldset>
      <div class="buttons">
        <button type="submit" class="button">
          {t('progress.load')}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {t('progress.cancel')}
        </button>
      </div>
    </form>
  );
}
