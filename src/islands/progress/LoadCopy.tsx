// Load a progress file: it is checked completely and previewed before anything changes; a
// wrong file gets an error summary that says what to do.
import { useRef, useState } from 'preact/hooks';
import { readBackup, type BackupHub } from '../../lib/backup';
import type { ReaderRecord } from '../../lib/record';
import { mergeIntoRecord, replaceRecord } from '../../state/record';
import ErrorSummary from '../shared/ErrorSummary';
import ImportPreview, { type ImportMode } from './ImportPreview';
import { $progressMessage } from './message';
import { useText } from '../shared/text';
import '../assessment.css';

const done: Record<ImportMode, string> = { merge: 'progress.merged', replace: 'progress.replaced' };

export default function LoadCopy({ hub }: { hub: BackupHub }) {
  const { t } = useText();
  const [pending, setPending] = useState<{ record: ReaderRecord; exportedAt: string; from: BackupHub | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const onFile = async (e: Event) => {
    $progressMessage.set(null);
    setPending(null);
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const result = readBackup(new Uint8Array(await file.arrayBuffer()), t);
    setError(result.ok ? null : result.message);
    if (result.ok) setPending({ record: result.record, exportedAt: result.exportedAt, from: result.from });
  };
  const load = (mode: ImportMode) => {
    if (!pending) return;
    if (mode === 'merge') mergeIntoRecord(pending.record);
    else replaceRecord(pending.record);
    setPending(null);
    if (fileInput.current) fileInput.current.value = '';
    $progressMessage.set(t(done[mode]));
  };

  return (
    <>
      <h2>{t('progress.loadHeading')}</h2>
      {error && <ErrorSummary errors={[{ href: '#import-file', text: error }]} />}
      <div class={error ? 'has-error' : ''}>
        <label for="import-file" class="block-label">
          {t('progress.chooseFile')}
        </label>
        {error && (
          <p class="field-error" id="import-file-error">
            <span class="visually-hidden">{t('assessment.error')}</span> {error}
          </p>
        )}
        <input ref={fileInput} id="import-file" type="file" accept=".json,application/json" onChange={onFile} aria-describedby={error ? 'import-file-error' : undefined} />
      </div>
      {pending && <ImportPreview record={pending.record} exportedAt={pending.exportedAt} from={pending.from} here={hub} onLoad={load} onCancel={() => setPending(null)} />}
    </>
  );
}
