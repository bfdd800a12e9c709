// A knowledge check and a checklist on My progress: the latest score, its change and its history,
// or how much of the checklist is in place.
import { useStore } from '@nanostores/preact';
import { formatDate } from '../../lib/dates';
import { scoreChange, type AssessmentOutline } from '../../lib/results';
import { checklistResults, knowledgeResults } from '../../state/results';

export function KnowledgeOutcome({ outline }: { outline: Extract<AssessmentOutline, { kind: 'knowledge' }> }) {
  const { latest, history } = useStore(knowledgeResults(outline.id, outline.key));
  if (!latest) return null;
  const change = scoreChange(history);
  return (
    <>
      <p>
        Latest: {latest.correct} of {latest.total} on {formatDate(latest.finishedAt)}
        {change ? `, ${change}` : ''}.
      </p>
      {history.length > 1 && (
        <p class="no-print">
          History:{' '}
          {[...history]
            .reverse()
            .map((x) => `${x.correct}/${x.total} (${formatDate(x.finishedAt)})`)
            .join(', ')}
        </p>
      )}
    </>
  );
}

export function ChecklistOutcome({ outline }: { outline: Extract<AssessmentOutline, { kind: 'checklist' }> }) {
  const p = useStore(checklistResults(outline.id, outline.groups));
  return (
    <p>
      {p.done} of {p.total} in place ({p.percent}%){p.updatedAt ? `, last changed on ${formatDate(p.updatedAt)}` : ''}.
    </p>
  );
}
