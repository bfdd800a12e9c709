// A checklist: tick what is in place; see the percentage done and what is left, with links.
import { useStore } from '@nanostores/preact';
import type { ChecklistAssessment } from '../../schemas/assessment-checklist';
import { formatDate } from '../../lib/dates';
import { setChecklist } from '../../state/record';
import { checklistResults } from '../../state/results';
import ProgressBar from '../shared/ProgressBar';
import StorageNotice from '../shared/StorageNotice';
import { useText, withText, type TextProps } from '../shared/text';
import '../assessment.css';

interface Props extends TextProps {
  id: string;
  assessment: Pick<ChecklistAssessment, 'title' | 'groups'>;
  /** The titles of the guides the items point to, by the item's `guide`. */
  guideTitles: Record<string, string>;
  /** Each item's guide as a link in the page's language, by the item's `guide`. */
  guideLinks: Record<string, string>;
}

function ChecklistForm({ id, assessment, guideTitles, guideLinks }: Omit<Props, keyof TextProps>) {
  const { t, lang } = useText();
  const progress = useStore(checklistResults(id, assessment.groups));
  const { checked } = progress;
  const toggle = (itemId: string, on: boolean) =>
    setChecklist(id, on ? [...new Set([...checked, itemId])] : checked.filter((c) => c !== itemId));

  return (
    <div class="assessment" data-testid="checklist">
      <StorageNotice />
      <ProgressBar value={progress.done} max={progress.total} label={t('checklist.inPlace', { done: progress.done, total: progress.total, percent: progress.percent })} />
      <p aria-live="polite" class="status" data-testid="checklist-status">
        {t('checklist.inPlace', { done: progress.done, total: progress.total, percent: progress.percent })}.
        {progress.updatedAt && ` ${t('checklist.lastChanged', { date: formatDate(progress.updatedAt, undefined, 'long', lang) })}`}
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
        <h2 id={`${id}-left`}>{t('checklist.whatIsLeft')}</h2>
        {progress.remaining.length === 0 ? (
          <p>{t('checklist.allInPlace')}</p>
        ) : (
          <ul>
            {progress.remaining.map((it) => (
              <li key={it.id}>
                {it.text} <a href={guideLinks[it.guide]}>{t('checklist.read', { title: guideTitles[it.guide] ?? t('checklist.theGuide') })}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export default withText(ChecklistForm);
