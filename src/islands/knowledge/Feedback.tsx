// After an answer is checked: right or not, why, the source, and the way on.
import type { KnowledgeAssessment } from '../../schemas/assessment-knowledge';
import { asSentence } from '../../lib/sentence';
import { useText } from '../shared/text';

interface Props {
  question: KnowledgeAssessment['questions'][number];
  answer: string;
  sourceLabels: Record<string, string>;
  last: boolean;
  onNext: () => void;
}

export default function Feedback({ question: q, answer, sourceLabels, last, onNext }: Props) {
  const { t } = useText();
  const chosen = q.options.find((o) => o.id === answer);
  const right = q.options.find((o) => o.correct)!;
  if (!chosen) return null;
  return (
    <div class={`feedback ${chosen.correct ? 'ok' : 'bad'}`} data-testid="feedback">
      <h3 tabIndex={-1} data-autofocus class="feedback-heading">
        {chosen.correct ? t('knowledge.correct') : t('knowledge.notQuite')}
      </h3>
      <p>{chosen.explanation}</p>
      {!chosen.correct && (
        <p>
          <strong>{t('knowledge.theAnswer', { answer: asSentence(right.text) })}</strong> {right.explanation}
        </p>
      )}
      <p class="meta">
        {t('knowledge.source', { sources: q.sources.map((s) => sourceLabels[s] ?? s).join('; ') })} <a href={q.guide}>{t('knowledge.readMore')}</a>.
      </p>
      <button type="button" class="button" onClick={onNext}>
        {last ? t('knowledge.seeResults') : t('knowledge.nextQuestion')}
      </button>
    </div>
  );
}
