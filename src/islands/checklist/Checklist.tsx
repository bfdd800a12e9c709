// A checklist: tick what is in place; see the percentage done and what is left, with links.
import { useStore } from '@nanostores/preact';
import type { ChecklistAssessment } from '../../schemas/assessment-checklist';
import { formatDate } from '../../lib/dates';
import { href } from '../../lib/routes';
import { setChecklist } from '../../state/record';
import { checklistResults } from '../../state/results';
import ProgressBar from '../shared/ProgressBar';
import StorageNotice from '../shared/StorageNotice';
import '../assessment.css';

interface Props {
  id: string;
  assessment: Pick<ChecklistAssessment, 'title' | 'groups'>;
  guideTitles: Record<string, string>;
}

export default function Checklist({ id, assessment, guideTitles }: Props) {
  const progress = useStore(checklistResults(id, assessment.groups));
  const { checked } = progress;
  const toggle = (itemId: string, on: boolean) =>
    setChecklist(id, on ? [...new Set([...checked, itemId])] : checked.filter((c) => c !== itemId));

  return (
    <div class="assessment" data-testid="checklist">
      <StorageNotice />
      <ProgressBar value={progress.done} max={progress.total} label={`${progress.done} of ${progress.total} in place (${progress.percent}%)`} />
      <p aria-live="polite" class="status" data-testid="checklist-status">
        {progress.done} of {progress.total} in place ({progress.percent}%).
        {progress.updatedAt && ` Last changed ${formatDate(progress.updatedAt)}. Saved in this browser.`}
      </p>
      {assessment.groups.map((g) => (
        <fieldset key={g.id}>
          <legend>{g.title}</legend>
          {g.items.map((it) => (
            <div class="checkbox" key={it.id}>
              <input
                type="checkbox"
                id={`c-${it.id}`}
                checked={checked.includes(it.id)}
                onChange={(e) => toggle(it.id, e.currentTarget.checked)}
              />
              <label for={`c-${it.id}`}>{it.text}</label>
            </div>
          ))}
        </fieldset>
      ))}
      <section aria-labelledby={`${id}-left`}>
        <h2 id={`${id}-left`}>What is left</h2>
        {progress.remaining.length === 0 ? (
          <p>Everything on this list is in place.</p>
        ) : (
          <ul>
            {progress.remaining.map((it) => (
              <li key={it.id}>
                {it.text} <a href={href(it.guide)}>Read: {guideTitles[it.guide] ?? 'the guide on this'}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
