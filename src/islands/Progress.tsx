// "My progress": every assessment with its latest result and history, pages marked read,
// download and load a copy, delete everything, and a printable summary for supervision.
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { ratingProfile, checklistProgress, strengthsAndGrowth } from '../lib/scoring';
import { backupFileName, makeBackup, readBackup } from '../lib/backup';
import { summarizeRecord, type KnowledgeAttempt, type RatingAttempt, type ReaderRecord } from '../lib/record';
import { DAMAGED_PREFIX } from '../state/keys';
import { $record, damagedBackups, deleteAllData, mergeIntoRecord, removeDamagedBackup, replaceRecord } from '../state/record';
import { ErrorSummary, StorageNotice, formatDate } from './shared';

export interface AssessmentSummary {
  id: string;
  title: string;
  kind: 'knowledge' | 'self-rating' | 'checklist';
  reflective?: boolean;
  domains?: { id: string; title: string; guide: string; skills: { id: string; reflective?: boolean }[] }[];
  groups?: { id: string; title: string; items: { id: string; text: string; guide: string }[] }[];
}

interface Props {
  assessments: AssessmentSummary[];
  pages: { path: string; title: string }[];
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function Progress({ assessments, pages }: Props) {
  const record = useStore($record);
  const [pending, setPending] = useState<{ record: ReaderRecord; exportedAt: string } | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [importError, setImportError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [backups, setBackups] = useState(damagedBackups);
  const fileInput = useRef<HTMLInputElement>(null);
  const summary = summarizeRecord(record);
  const titleOf = new Map(pages.map((p) => [p.path, p.title]));
  const read = Object.entries(record.read).sort((a, b) => b[1].localeCompare(a[1]));
  const taken = assessments.filter((a) => (record.attempts[a.id]?.length ?? 0) > 0 || record.checklists[a.id] || record.drafts[a.id]);

  const onFile = async (e: Event) => {
    setMessage(null);
    setPending(null);
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const result = readBackup(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) {
      setImportError(result.message);
      return;
    }
    setImportError(null);
    setPending({ record: result.record, exportedAt: result.exportedAt });
  };
  const confirmImport = (e: Event) => {
    e.preventDefault();
    if (!pending) return;
    if (mode === 'merge') mergeIntoRecord(pending.record);
    else replaceRecord(pending.record);
    setPending(null);
    if (fileInput.current) fileInput.current.value = '';
    setMessage(mode === 'merge' ? 'Done. The file’s progress has been added to what was in this browser.' : 'Done. Your progress in this browser has been replaced with the file’s.');
  };
  const pendingSummary = pending ? summarizeRecord(pending.record) : null;

  return (
    <div class="progress-page">
      <StorageNotice />
      {message && (
        <div class="notice" role="status" data-testid="progress-message">
          <p>{message}</p>
        </div>
      )}
      <p class="summary-line" data-testid="summary">
        {summary.pagesRead} {summary.pagesRead === 1 ? 'page' : 'pages'} marked as read · {summary.assessmentsTaken}{' '}
        {summary.assessmentsTaken === 1 ? 'assessment' : 'assessments'} finished ({summary.attempts} {summary.attempts === 1 ? 'attempt' : 'attempts'}) ·{' '}
        {summary.inProgress} in progress
      </p>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={() => window.print()}>
          Print a summary for supervision
        </button>
      </p>

      <h2>Self-assessments</h2>
      {taken.length === 0 ? (
        <p>
          You have not taken a self-assessment in this browser yet. <a href="/assessments/">Choose one</a>.
        </p>
      ) : (
        taken.map((a) => {
          const attempts = record.attempts[a.id] ?? [];
          const latest = attempts.at(-1);
          return (
            <section class="assessment-summary" key={a.id} aria-labelledby={`p-${a.id}`}>
              <h3 id={`p-${a.id}`}>
                <a href={`/assessments/${a.id}/`}>{a.title}</a>
              </h3>
              {record.drafts[a.id] && <p class="no-print">In progress. <a href={`/assessments/${a.id}/`}>Carry on</a>.</p>}
              {a.kind === 'knowledge' && latest && (
                <>
                  <p>
                    Latest: {(latest as KnowledgeAttempt).correct} of {(latest as KnowledgeAttempt).total} on {formatDate(latest.finishedAt)}.
                  </p>
                  {attempts.length > 1 && (
                    <p>
                      History:{' '}
                      {(attempts as KnowledgeAttempt[]).map((x) => `${x.correct}/${x.total} (${formatDate(x.finishedAt)})`).join(', ')}
                    </p>
                  )}
                </>
              )}
              {a.kind === 'self-rating' && latest && a.domains && (() => {
                const profile = ratingProfile({ domains: a.domains }, (latest as RatingAttempt).ratings);
                const sg = strengthsAndGrowth(profile);
                return (
                  <>
                    <p>Latest rating on {formatDate(latest.finishedAt)}{attempts.length > 1 ? ` (${attempts.length} ratings in all)` : ''}.</p>
                    <table class="compact">
                      <caption class="visually-hidden">{a.title}: average rating by area, 1 to 4</caption>
                      <thead>
                        <tr>
                          <th scope="col">Area</th>
                          <th scope="col">Average (1 to 4)</th>
                        </tr>
                      </thead>
                      <tbody>
                        {profile.map((d) => (
                          <tr key={d.id}>
                            <th scope="row">{d.title}</th>
                            <td>{d.mean === null ? 'not rated' : d.mean.toFixed(1)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                    {!a.reflective && (
                      <p>
                        Strengths: {sg.strengths.length ? sg.strengths.map((d) => d.title).join(', ') : 'none yet'}. Areas to grow (as goals, not a rating of
                        performance): {sg.growth.length ? sg.growth.map((d) => d.title).join(', ') : 'none below 2.5'}.
                      </p>
                    )}
                  </>
                );
              })()}
              {a.kind === 'checklist' && a.groups && (() => {
                const p = checklistProgress({ groups: a.groups }, record.checklists[a.id]?.checked ?? []);
                return (
                  <p>
                    {p.done} of {p.total} in place ({p.percent}%).
                  </p>
                );
              })()}
            </section>
          );
        })
      )}

      <h2>Pages marked as read</h2>
      {read.length === 0 ? (
        <p>None yet. Each guide and role page has a “Mark as read” button at its end.</p>
      ) : (
        <ul>
          {read.map(([path, when]) => (
            <li key={path}>
              <a href={path}>{titleOf.get(path) ?? path}</a> ({formatDate(when)})
            </li>
          ))}
        </ul>
      )}

      <div class="no-print">
        <h2>Keep a copy</h2>
        <p>
          Your progress lives only in this browser. Some browsers delete stored data after a while, so download a copy now
          and then. You can load it here or in another browser.
        </p>
        <p>
          <button type="button" class="button" onClick={() => download(backupFileName(), makeBackup(record))}>
            Download my progress
          </button>
        </p>

        <h2>Load a copy</h2>
        {importError && <ErrorSummary errors={[{ href: '#import-file', text: importError }]} />}
        <div class={importError ? 'has-error' : ''}>
          <label for="import-file" class="block-label">
            Choose a progress file you downloaded from this hub
          </label>
          {importError && (
            <p class="field-error" id="import-file-error">
              <span class="visually-hidden">Error:</span> {importError}
            </p>
          )}
          <input ref={fileInput} id="import-file" type="file" accept=".json,application/json" onChange={onFile} aria-describedby={importError ? 'import-file-error' : undefined} />
        </div>
        {pending && pendingSummary && (
          <form class="import-preview" onSubmit={confirmImport} data-testid="import-preview">
            <h3>What the file holds</h3>
            <p>
              Saved {pending.exportedAt ? formatDate(pending.exportedAt) : 'on an unknown date'}: {pendingSummary.pagesRead} pages read,{' '}
              {pendingSummary.attempts} finished attempts across {pendingSummary.assessmentsTaken} assessments, {pendingSummary.inProgress} in progress,{' '}
              {pendingSummary.checklists} checklists.
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
              <button type="button" class="button secondary" onClick={() => setPending(null)}>
                Cancel
              </button>
            </div>
          </form>
        )}

        {backups.length > 0 && (
          <>
            <h2>Damaged data that was set aside</h2>
            <p>
              The hub could not read some saved data, so it kept it here instead of deleting it. You can download it (for
              example, to ask for help recovering it) or remove it.
            </p>
            <ul>
              {backups.map((b) => (
                <li key={b.key}>
                  Set aside {b.key.slice(DAMAGED_PREFIX.length, DAMAGED_PREFIX.length + 10)}{' '}
                  <button type="button" class="link-button" onClick={() => download(`peer-crisis-hub-damaged-${b.key.slice(-24).replace(/[^0-9TZ-]/g, '')}.txt`, b.text)}>
                    Download
                  </button>{' '}
                  <button type="button" class="link-button" onClick={() => { removeDamagedBackup(b.key); setBackups(damagedBackups()); }}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}

        <h2>Delete all my data</h2>
        {!confirmDelete ? (
          <p>
            <button type="button" class="button warning" onClick={() => setConfirmDelete(true)}>
              Delete all my data
            </button>
          </p>
        ) : (
          <div class="notice warn" role="alertdialog" aria-labelledby="delete-q" aria-describedby="delete-d">
            <p id="delete-q">
              <strong>Delete everything this hub has saved in this browser?</strong>
            </p>
            <p id="delete-d">This removes every result, note and page marked as read. It cannot be undone. Download a copy first if you may want it.</p>
            <div class="buttons">
              <button
                type="button"
                class="button warning"
                ref={(el) => el?.focus()}
                onClick={() => {
                  deleteAllData();
                  setBackups([]);
                  setConfirmDelete(false);
                  setMessage('Done. Everything this hub saved in this browser has been deleted.');
                }}
              >
                Yes, delete everything
              </button>
              <button type="button" class="button secondary" onClick={() => setConfirmDelete(false)}>
                No, keep it
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
