// A knowledge check: one question at a time, check an answer to see why, then a score with
// every missed question reviewed. The attempt in progress is saved, so leaving and coming
// back resumes where the reader was.
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { KnowledgeAssessment } from '../schemas/assessment-knowledge';
import { correctOptionId, questionOrder, scoreKnowledge } from '../lib/scoring';
import type { KnowledgeAttempt, KnowledgeDraft } from '../lib/record';
import { $record, saveDraft, finishAttempt, discardDraft } from '../state/record';
import { DraftNote, ErrorSummary, ProgressBar, StorageNotice, formatDate, newId, useFocusOn } from './shared';

interface Props {
  id: string;
  assessment: Pick<KnowledgeAssessment, 'title' | 'questions'>;
  sourceLabels: Record<string, string>;
}

export default function KnowledgeCheck({ id, assessment, sourceLabels }: Props) {
  const record = useStore($record);
  const draft = record.drafts[id]?.kind === 'knowledge' ? (record.drafts[id] as KnowledgeDraft) : undefined;
  const attempts = (record.attempts[id] ?? []) as KnowledgeAttempt[];
  const [shuffle, setShuffle] = useState(false);
  const [choice, setChoice] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ href: string; text: string }[]>([]);
  const [showResultOf, setShowResultOf] = useState<string | null>(null);
  const byId = new Map(assessment.questions.map((q) => [q.id, q]));
  const step = draft ? `${draft.index}-${draft.checked.length}` : showResultOf ?? 'start';
  const box = useFocusOn(step);

  const start = () => {
    const ids = assessment.questions.map((q) => q.id);
    setChoice(null);
    setErrors([]);
    setShowResultOf(null);
    saveDraft(id, {
      kind: 'knowledge',
      startedAt: new Date().toISOString(),
      order: questionOrder(ids, shuffle ? Math.floor(Math.random() * 2 ** 31) + 1 : undefined),
      answers: {},
      checked: [],
      index: 0,
    });
  };

  if (draft) {
    // A draft from before an editor changed the check: drop questions that are gone, ask new ones last.
    const kept = draft.order.filter((q) => byId.has(q));
    const order = [...kept, ...assessment.questions.map((q) => q.id).filter((q) => !kept.includes(q))];
    const index = Math.min(draft.index, order.length - 1);
    const q = byId.get(order[index])!;
    const isChecked = draft.checked.includes(q.id);
    const answer = isChecked ? draft.answers[q.id] : choice ?? draft.answers[q.id] ?? null;
    const correctId = correctOptionId(q);
    const last = index === order.length - 1;
    const name = `q-${q.id}`;

    const check = (e: Event) => {
      e.preventDefault();
      if (!answer) {
        setErrors([{ href: `#${name}-${q.options[0].id}`, text: 'Select an answer, then check it' }]);
        return;
      }
      setErrors([]);
      saveDraft(id, { ...draft, answers: { ...draft.answers, [q.id]: answer }, checked: [...draft.checked, q.id] });
    };
    const next = () => {
      setChoice(null);
      if (!last) {
        saveDraft(id, { ...draft, index: index + 1 });
        return;
      }
      const score = scoreKnowledge(assessment, draft.answers);
      const attempt: KnowledgeAttempt = {
        kind: 'knowledge',
        id: newId(),
        finishedAt: new Date().toISOString(),
        answers: draft.answers,
        correct: score.correct,
        total: score.total,
      };
      setShowResultOf(attempt.id);
      finishAttempt(id, attempt);
    };
    const chosen = q.options.find((o) => o.id === answer);
    const right = q.options.find((o) => o.id === correctId)!;

    return (
      <div class="assessment" data-testid="knowledge" ref={box}>
        <StorageNotice />
        <ProgressBar value={index + (isChecked ? 1 : 0)} max={order.length} label={`Question ${index + 1} of ${order.length}`} />
        <ErrorSummary errors={errors} />
        <form onSubmit={check} noValidate>
          <h2 tabIndex={-1} data-autofocus={isChecked ? undefined : true} class="question-heading">
            Question {index + 1} of {order.length}
          </h2>
          {q.scenario && <p class="scenario">{q.scenario}</p>}
          <fieldset aria-describedby={errors.length ? `${name}-error` : undefined}>
            <legend>{q.prompt}</legend>
            {errors.length > 0 && (
              <p id={`${name}-error`} class="field-error">
                <span class="visually-hidden">Error:</span> Select an answer, then check it
              </p>
            )}
            {q.options.map((o) => {
              const mark = isChecked ? (o.id === correctId ? 'right' : o.id === answer ? 'wrong' : '') : '';
              return (
                <div class={`option ${mark}`} key={o.id}>
                  <input
                    type="radio"
                    id={`${name}-${o.id}`}
                    name={name}
                    value={o.id}
                    checked={answer === o.id}
                    disabled={isChecked}
                    onChange={() => setChoice(o.id)}
                  />
                  <label for={`${name}-${o.id}`}>
                    {o.text}
                    {mark === 'right' && <span class="tag ok"> Correct answer</span>}
                    {mark === 'wrong' && <span class="tag bad"> Your answer</span>}
                  </label>
                </div>
              );
            })}
          </fieldset>
          {!isChecked && (
            <button type="submit" class="button">
              Check answer
            </button>
          )}
        </form>
        {isChecked && chosen && (
          <div class={`feedback ${chosen.correct ? 'ok' : 'bad'}`} data-testid="feedback">
            <h3 tabIndex={-1} data-autofocus class="feedback-heading">
              {chosen.correct ? '✓ Correct' : '✗ Not quite'}
            </h3>
            <p>{chosen.explanation}</p>
            {!chosen.correct && (
              <p>
                <strong>The answer: {right.text}.</strong> {right.explanation}
              </p>
            )}
            <p class="meta">
              Source: {q.sources.map((s) => sourceLabels[s] ?? s).join('; ')}. <a href={q.guide}>Read more about this</a>.
            </p>
            <button type="button" class="button" onClick={next}>
              {last ? 'See your results' : 'Next question'}
            </button>
          </div>
        )}
        <DraftNote what="answers" onDiscard={() => discardDraft(id)} />
      </div>
    );
  }

  const latest = attempts.at(-1);
  const showing = showResultOf ? attempts.find((a) => a.id === showResultOf) ?? latest : undefined;
  const missed = showing ? assessment.questions.filter((q) => showing.answers[q.id] !== correctOptionId(q)) : [];

  return (
    <div class="assessment" data-testid="knowledge" ref={box}>
      <StorageNotice />
      {showing ? (
        <section class="results" aria-labelledby="result-heading">
          <h2 id="result-heading" tabIndex={-1} data-autofocus>
            Your result: {showing.correct} of {showing.total}
          </h2>
          <p>
            {showing.correct === showing.total
              ? 'You answered every question the way the sources support.'
              : `You answered ${showing.correct} of ${showing.total} questions the way the sources support. Here is what to look at again.`}
          </p>
          {missed.length > 0 && (
            <>
              <h3>Questions to look at again</h3>
              <ol class="review">
                {missed.map((q) => {
                  const yours = q.options.find((o) => o.id === showing.answers[q.id]);
                  const right = q.options.find((o) => o.correct)!;
                  return (
                    <li key={q.id}>
                      {q.scenario && <p>{q.scenario}</p>}
                      <p>
                        <strong>{q.prompt}</strong>
                      </p>
                      <p>Your answer: {yours ? yours.text : 'not answered'}</p>
                      <p>
                        The answer: {right.text}. {right.explanation}
                      </p>
                      <p>
                        <a href={q.guide}>Read the guide on this</a>
                      </p>
                    </li>
                  );
                })}
              </ol>
            </>
          )}
        </section>
      ) : (
        latest && (
          <p data-testid="last-result">
            Last time ({formatDate(latest.finishedAt)}) you answered {latest.correct} of {latest.total} questions the way
            the sources support.
          </p>
        )
      )}
      <div class="start">
        <h2 class={showing ? 'h3' : ''}>{attempts.length ? 'Take it again' : 'Start'}</h2>
        <p>
          {assessment.questions.length} questions, one at a time. After each answer you see why it is right or wrong, with
          its source.
        </p>
        <div class="checkbox">
          <input type="checkbox" id={`${id}-shuffle`} checked={shuffle} onChange={(e) => setShuffle(e.currentTarget.checked)} />
          <label for={`${id}-shuffle`}>Shuffle the questions</label>
        </div>
        <button type="button" class="button" onClick={start}>
          {attempts.length ? 'Start again' : 'Start the check'}
        </button>
      </div>
      {attempts.length > 1 && (
        <details class="history">
          <summary>Your past results ({attempts.length})</summary>
          <ul>
            {[...attempts].reverse().map((a) => (
              <li key={a.id}>
                {formatDate(a.finishedAt)}: {a.correct} of {a.total}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
