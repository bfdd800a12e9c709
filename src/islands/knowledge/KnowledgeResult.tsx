// The result of a knowledge check: the score and every missed question, worked out from the
// attempt's answers against the check as it is now (src/lib/results.ts), so the two agree.
import type { KnowledgeAssessment } from '../../schemas/assessment-knowledge';
import type { KnowledgeResult as Result } from '../../lib/results';
import type { KnowledgeAttempt } from '../../lib/record';
import { href } from '../../lib/routes';
import { asSentence } from '../../lib/sentence';

interface Props {
  result: KnowledgeAttempt & Result;
  questions: KnowledgeAssessment['questions'];
}

export default function KnowledgeResult({ result, questions }: Props) {
  const missed = questions.filter((q) => result.missed.includes(q.id));
  return (
    <section class="results" aria-labelledby="result-heading">
      <h2 id="result-heading" tabIndex={-1} data-autofocus>
        Your result: {result.correct} of {result.total}
      </h2>
      <p>
        {result.correct === result.total
          ? 'You answered every question the way the sources support.'
          : `You answered ${result.correct} of ${result.total} questions the way the sources support. Here is what to look at again.`}
      </p>
      {missed.length > 0 && (
        <>
          <h3>Questions to look at again</h3>
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
                  <p>Your answer: {yours ? yours.text : 'not answered'}</p>
                  <p>
                    The answer: {asSentence(right.text)} {right.explanation}
                  </p>
                  <p>
                    <a href={href(q.guide)}>Read the guide on this</a>
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
