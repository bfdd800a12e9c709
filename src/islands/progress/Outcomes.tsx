// A knowledge check and a checklist on My progress: the latest score, its change and its history,
// or how much of the checklist is in place.
import { useStore } from '@nanostores/preact';
import { formatDate } from '../../lib/dates';
import { scoreChange, type AssessmentOutline } from '../../lib/results';
import { checklistResults, knowledgeResults } from '../../state/results';
import { useText } from '../shared/text';

export function KnowledgeOutcome({ outline }: { outline: Extract<AssessmentOutline, { kind: 'knowledge' }> }) {
  const { t, lang } = useText();
  const { latest, history } = useStore(knowledgeResults(outline.id, outline.key));
  if (!latest) return null;
  const change = scoreChange(history, t);
  const date = (d: string) => formatDate(d, undefined, 'long', lang);
  return (
    <>
      <p>
        {t('progress.latest', { score: t('knowledge.score', { correct: latest.correct, total: latest.total }), date: date(latest.finishedAt) })}
        {change ? `, ${change}` : ''}.
      </p>
      {history.length > 1 && (
        <p class="no-print">
          {t('progress.history', {
            items: [...history]
              .reverse()
              .map((x) => t('progress.historyItem', { correct: x.correct, total: x.total, date: date(x.finishedAt) }))
              .join(', '),
          })}
        </p>
      )}
    </>
  );
}

export function ChecklistOutcome({ outline }: { outline: Extract<AssessmentOutline, { kind: 'checklist' }> }) {
  const { t, lang } = useText();
  const p = useStore(checklistResults(outline.id, outline.groups));
  return (
    <p>
      {t('checklist.inPlace', { done: p.done, total: p.total, percent: p.percent })}
      {p.updatedAt ? `, ${t('progress.checklistLastChanged', { date: formatDate(p.updatedAt, undefined, 'long', lang) })}` : ''}.
    </p>
  );
}
