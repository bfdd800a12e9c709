// Every assessment the reader has started or taken: its latest result and history, worked out
// by src/state/results.ts from outlines made once at build time.
import { useStore } from '@nanostores/preact';
import { hasActivity, type AssessmentOutline } from '../../lib/results';
import { assessmentHref, fixedPages, href } from '../../lib/routes';
import { $record } from '../../state/record';
import { ChecklistOutcome, KnowledgeOutcome } from './Outcomes';
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
        <div class="assessment-list">
        {taken.map((a) => {
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
              {a.kind === 'knowledge' && <KnowledgeOutcome outline={a} />}
              {a.kind === 'self-rating' && <RatingOutcome outline={a} />}
              {a.kind === 'checklist' && <ChecklistOutcome outline={a} />}
            </section>
          );
        })}
        </div>
      )}
    </>
  );
}
