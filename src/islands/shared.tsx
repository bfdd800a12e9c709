// Small pieces every assessment island uses.
import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { $storage, $notice, dismissNotice } from '../state/record';

export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <div class="progress">
      <p class="progress-label" aria-hidden="true">{label}</p>
      <progress value={value} max={max} aria-label={label}>
        {label}
      </progress>
    </div>
  );
}

export function ErrorSummary({ errors }: { errors: { href: string; text: string }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.href}>
            <a href={e.href}>{e.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Says when results cannot be kept, or when a damaged record was set aside. */
export function StorageNotice() {
  const storage = useStore($storage);
  const notice = useStore($notice);
  return (
    <div aria-live="polite">
      {storage.mode === 'memory' && (
        <div class="notice warn" data-testid="storage-notice">
          <p>
            <strong>Your results will not be kept after you close this tab.</strong>{' '}
            {storage.reason === 'future'
              ? 'Your saved progress was made by a newer version of this hub, so this page will not change it. Reload the page to get the newest version.'
              : storage.reason === 'full'
                ? 'This browser has no room left to save them.'
                : 'This browser is not letting the hub save anything (storage may be blocked, or you may be in a private window).'}{' '}
            You can still finish, and download a copy from <a href="/progress/">My progress</a> before you leave.
          </p>
        </div>
      )}
      {notice?.kind === 'recovered' && (
        <div class="notice warn" data-testid="recovered-notice">
          <p>
            <strong>Your saved progress could not be read, so the hub started a fresh record.</strong>{' '}
            {notice.backupKey
              ? 'The old data has been kept in this browser. You can download it from My progress.'
              : 'There was no room to keep a copy of the old data.'}
          </p>
          <p>
            <a href="/progress/">Go to My progress</a>{' '}
            <button type="button" class="link-button" onClick={dismissNotice}>
              Hide this message
            </button>
          </p>
        </div>
      )}
    </div>
  );
}

/** Under an attempt in progress: it is saved, and can be thrown away. */
export function DraftNote({ what, onDiscard }: { what: string; onDiscard: () => void }) {
  return (
    <p class="quiet">
      Your {what} are saved as you go. You can leave and come back to carry on.{' '}
      <button type="button" class="link-button" onClick={onDiscard}>
        Stop and discard this attempt
      </button>
    </p>
  );
}

export { formatDate } from '../lib/dates';

export function Section({ children, label }: { children: ComponentChildren; label: string }) {
  return (
    <section class="assessment-step" aria-label={label}>
      {children}
    </section>
  );
}

/**
 * When `step` changes (not on first render), move focus to the element marked
 * data-autofocus inside the island, e.g. the next question's heading or the feedback.
 */
export function useFocusOn(step: unknown) {
  const box = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    box.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [step]);
  return box;
}

export const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
