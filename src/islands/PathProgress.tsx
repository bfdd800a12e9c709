// Marks each step of a path as done and shows a progress bar. Rendered on the client only;
// the path page lists every step without it.
import { useStore } from '@nanostores/preact';
import { $record } from '../state/record';
import { isStepDone, pathProgress } from '../lib/paths';
import { ProgressBar } from './shared';

interface Props {
  steps: { page: string; minutes: number }[];
}

export default function PathProgress({ steps }: Props) {
  const record = useStore($record);
  const p = pathProgress(record, steps);
  // Tick the server-rendered steps (each <li data-step="/path/">), so the list stays one list.
  if (typeof document !== 'undefined') {
    queueMicrotask(() => {
      document.querySelectorAll<HTMLElement>('[data-step]').forEach((li) => {
        const done = isStepDone(record, li.dataset.step!);
        li.classList.toggle('done', done);
        const mark = li.querySelector('[data-step-status]');
        if (mark) mark.textContent = done ? 'Done' : '';
      });
    });
  }
  return (
    <div class="path-progress" data-testid="path-progress">
      <ProgressBar value={p.done} max={p.total} label={`${p.done} of ${p.total} steps done`} />
      <p>
        {p.done === p.total
          ? 'You have finished every step of this path.'
          : p.next
            ? `About ${p.minutesLeft} minutes left.`
            : ''}{' '}
        {p.next && p.done > 0 && <a href={p.next.page}>Continue with the next step</a>}
      </p>
    </div>
  );
}
