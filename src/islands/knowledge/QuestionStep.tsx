// One question of a knowledge check: choose an answer, check it, read why, go on.
import { useState } from 'preact/hooks';
import type { KnowledgeAssessment } from '../../schemas/assessment-knowledge';
import type { KnowledgeDraft } from '../../lib/record';
import { finishKnowledgeCheck, saveDraft } from '../../state/record';
import ErrorSummary, { type FieldError } from '../shared/ErrorSummary';
import ProgressBar from '../shared/ProgressBar';
import Feedback from './Feedback';
import { useText } from '../shared/text';

type Questions = KnowledgeAssessment['questions'];

interface Props {
  id: string;
  /** The draft, already in step with the check (src/state reconciles it). */
  draft: KnowledgeDraft;
  questions: Questions;
  sourceLabels: Record<string, string>;
  /** Called with the new attempt's id when the last question is done. */
  onFinish: (attemptId: string | null) => void;
}

export default function QuestionStep({ id, draft, questions, sourceLabels, onFinish }: Props) {
  const { t } = useText();
  const [choice, setChoice] = useState<{ question: string; option: string } | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { order, index } = draft;
  const q = questions.find((x) => x.id === order[index])!;
  const isChecked = draft.checked.includes(q.id);
  const picked = choice?.question === q.id ? choice.option : null;
  const answer = isChecked ? draft.answers[q.id] : picked ?? draft.answers[q.id] ?? null;
  const last = index === order.length - 1;
  const name = `q-${q.id}`;
  const correctId = q.options.find((o) => o.correct)!.id;

  const check = (e: Event) => {
    e.preventDefault();
    if (!answer) {
      setErrors([{ href: `#${name}-${q.options[0].id}`, text: t('knowledge.selectAnswer') }]);
      return;
    }
    setErrors([]);
    saveDraft(id, { ...draft, answers: { ...draft.answers, [q.id]: answer }, checked: [...draft.checked, q.id] });
  };
  const next = () => {
    setChoice(null);
    if (!last) saveDraft(id, { ...draft, index: index + 1 });
    else onFinish(finishKnowledgeCheck(id, questions));
  };

  return (
    <>
      <ProgressBar value={index + (isChecked ? 1 : 0)} max={order.length} label={t('knowledge.question', { n: index + 1, total: order.length })} />
      <ErrorSummary errors={errors} />
      <form onSubmit={check} noValidate>
        <h2 tabIndex={-1} data-autofocus={isChecked ? undefined : true} class="question-heading">
          {t('knowledge.question', { n: index + 1, total: order.length })}
        </h2>
        {q.scenario && <p class="scenario">{q.scenario}</p>}
        <fieldset aria-describedby={errors.length ? `${name}-error` : undefined}>
          <legend>{q.prompt}</legend>
          {errors.length > 0 && (
            <p id={`${name}-error`} class="field-error">
              <span class="visually-hidden">{t('assessment.error')}</span> {t('knowledge.selectAnswer')}
            </p>
          )}
          {q.options.map((o) => {
            const mark = isChecked ? (o.id === correctId ? 'right' : o.id === answer ? 'wrong' : '') : '';
            return (
              <div class={`option ${mark}`} key={o.id}>
                <input type="radio" id={`${name}-${o.id}`} name={name} value={o.id} checked={answer === o.id} disabled={isChecked} onChange={() => setChoice({ question: q.id, option: o.id })} />
                <label for={`${name}-${o.id}`}>
                  {o.text}
                  {mark === 'right' && <span class="tag ok">{t('knowledge.correctAnswer')}</span>}
                  {mark === 'wrong' && <span class="tag bad">{t('knowledge.yourPick')}</span>}
                </label>
              </div>
            );
          })}
        </fieldset>
        {!isChecked && (
          <button type="submit" class="button">
            {t('knowledge.checkAnswer')}
          </button>
        )}
      </form>
      {isChecked && answer && <Feedback question={q} answer={answer} sourceLabels={sourceLabels} last={last} onNext={next} />}
    </>
  );
}
