// Every assessment the reader has started or taken: its latest result and history, worked out
// by src/lib/results.ts from outlines made once at build time.
import { useStore } from '@nanostores/preact';
import { formatDate } from '../../lib/dates';
import { checklistSummary, hasActivity, knowledgeSummary, type AssessmentOutline } from '../../lib/results';
import type { KnowledgeAttempt, RatingAttempt } from '../../lib/record';
import { assessmentHref, fixedPages, href } from '../../lib/routes';
import { $record } from '../../state/record';
import RatingOutcome from './RatingOutcome';
import '../assessment.css';
import './progress.css';

export default function AssessmentResults({ assessments }: { assessments: AssessmentOutline[] }) {
  const record = useStore($record);
  const taken = assessments.filter((a) => hasActivity(a.id, record));
  return (
    <>
      <h2>Self-assessments</h2>
      {taken.length === 0 ? (
        <p>
          You have not taken a self-assessment in this browser yet. <a href={href(fixedPages.assessments)}>Choose one</a>.
        </p>
      ) : (
        taken.map((a) => {
          const attempts = record.attempts[a.id] ?? [];
          const link = href(assessmentHref(a.id));
          return (
            <section class="assessment-summary" key={a.id} aria-labelledby={`p-${a.id}`}>
              <h3 id={`p-${a.id}`}>
                <a href={link}>{a.title}</a>
              </h3>
              {record.drafts[a.id] && (
                <p class="no-print">
                  In progress. <a href={link}>Carry on</a>.
                </p>
              )}
              {a.kind === 'knowledge' && <KnowledgeOutcome summary={knowledgeSummary(a.key, attempts as KnowledgeAttempt[])} />}
              {a.kind === 'self-rating' && attempts.length > 0 && <RatingOutcome outline={a} attempts={attempts as RatingAttempt[]} />}
              {a.kind === 'checklist' && (() => {
                const p = checklistSummary(a.groups, record.checklists[a.id]);
                return (
                  <p>
                    {p.done} of {p.total} in place ({p.percent}%).
                  </p>
                );
              })()}
            </section>
          );
        })
      )}
    </>
  );
}

function KnowledgeOutcome({ summary }: { summary: ReturnType<typeof knowledgeSummary> }) {
  const { latest, history } = summary;
  if (!latest) return null;
  return (
    <>
      <p>
        Latest: {latest.correct} of {latest.total} on {formatDate(latest.finishedAt)}.
      </p>
      {history.length > 1 && (
        <p>
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
