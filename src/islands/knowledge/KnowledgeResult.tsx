// The result of a knowledge check: the score and every missed question, worked out from the
// attempt's answers against the check as it is now (src/lib/results.ts), so the two agree.
import type { KnowledgeAssessment } from '../../schemas/assessment-knowledge';
import type { KnowledgeResult as Result } from '../../lib/results';
import type { KnowledgeAttempt } from '../../lib/record';
import { asSentence } from '../../lib/sentence';
import { useText } from '../shared/text';

interface Props {
  result: KnowledgeAttempt & Result;
  questions: KnowledgeAssessment['questions'];
}

export default function KnowledgeResult({ result, questions }: Props) {
  const { t } = useText();
  const missed = questions.filter((q) => result.missed.includes(q.id));
  return (
    <section class="results" aria-labelledby="result-heading">
      <h2 id="result-heading" tabIndex={-1} data-autofocus>
        {t('knowledge.resultHeading', { correct: result.correct, total: result.total })}
      </h2>
      <p>
        {result.correct === result.total
          ? t('knowledge.allRight')
          : t('knowledge.someRight', { correct: result.correct, total: result.total })}
      </p>
      {missed.length > 0 && (
        <>
          <h3>{t('knowledge.lookAgain')}</h3>
          <ol class="review">
            {missed.map((q) => {
              const yours = q.options.find((o) => o.id === result.answers[q.id]);
              const right = q.options.find((o) => o.correct)!;
              return (
                <li key={q.id}>
                  {q.scenario && <p>{q.scenario}</p>}
                  <p>
                    <strong>{q.prompt}</strong>
                  </p>
                  <p>{t('knowledge.yourAnswer', { answer: yours ? yours.text : t('knowledge.notAnswered') })}</p>
                  <p>
                    {t('knowledge.theAnswer', { answer: asSentence(right.text) })} {right.explanation}
                  </p>
                  <p>
                    <a href={q.guide}>{t('knowledge.readGuide')}</a>
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
