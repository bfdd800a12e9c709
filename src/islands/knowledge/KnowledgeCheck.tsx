// A knowledge check: one question at a time, check an answer to see why, then a score with
// every missed question reviewed. The attempt in progress is saved, so leaving and coming
// back resumes where the reader was (a draft from before an editor changed the check is
// brought in step with it by src/state).
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { KnowledgeAssessment } from '../../schemas/assessment-knowledge';
import { answerKey, newKnowledgeDraft } from '../../lib/results';
import { $record, discardDraft, knowledgeDraft, saveDraft } from '../../state/record';
import { knowledgeResults } from '../../state/results';
import DraftNote from '../shared/DraftNote';
import StorageNotice from '../shared/StorageNotice';
import useFocusOn from '../shared/useFocusOn';
import QuestionStep from './QuestionStep';
import KnowledgeResult from './KnowledgeResult';
import KnowledgeStart from './KnowledgeStart';
import { formatDate } from '../../lib/dates';
import { useText, withText, type TextProps } from '../shared/text';
import '../assessment.css';

interface Props extends TextProps {
  id: string;
  assessment: Pick<KnowledgeAssessment, 'title' | 'questions'>;
  sourceLabels: Record<string, string>;
}

function Knowledge({ id, assessment, sourceLabels }: Omit<Props, keyof TextProps>) {
  const { t, lang } = useText();
  useStore($record); // the draft in progress
  const { questions } = assessment;
  const draft = knowledgeDraft(id, questions.map((q) => q.id));
  const summary = useStore(knowledgeResults(id, answerKey(questions)));
  /** The attempt just finished, whose result is shown until the reader starts again. */
  const [finished, setFinished] = useState<string | null>(null);
  const [shuffle, setShuffle] = useState(false);
  const step = draft ? `${draft.index}-${draft.checked.length}` : finished ?? 'start';
  const box = useFocusOn(step);

  const start = () => {
    setFinished(null);
    saveDraft(id, newKnowledgeDraft(questions.map((q) => q.id), new Date(), shuffle ? Math.floor(Math.random() * 2 ** 31) + 1 : undefined));
  };
  const showing = finished ? summary.history.find((a) => a.id === finished) ?? summary.latest : null;

  return (
    <div class="assessment" data-testid="knowledge" ref={box}>
      <StorageNotice />
      {draft ? (
        <>
          <QuestionStep id={id} draft={draft} questions={questions} sourceLabels={sourceLabels} onFinish={setFinished} />
          <DraftNote what={t('assessment.draftAnswers')} onDiscard={() => discardDraft(id)} />
        </>
      ) : (
        <>
          {showing ? (
            <KnowledgeResult result={showing} questions={questions} />
          ) : (
            summary.latest && (
              <p data-testid="last-result">
                {t('knowledge.lastTime', { date: formatDate(summary.latest.finishedAt, undefined, 'long', lang), correct: summary.latest.correct, total: summary.latest.total })}
              </p>
            )
          )}
          <KnowledgeStart id={id} count={questions.length} history={summary.history} afterResult={Boolean(showing)} shuffle={shuffle} onShuffle={setShuffle} onStart={start} />
        </>
      )}
    </div>
  );
}

export default withText(Knowledge);
