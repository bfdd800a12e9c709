// Every assessment the reader has started or taken: its latest result and history, worked out
// by src/state/results.ts from outlines made once at build time.
import { useStore } from '@nanostores/preact';
import { hasActivity, type AssessmentOutline } from '../../lib/results';
import { $record } from '../../state/record';
import { ChecklistOutcome, KnowledgeOutcome } from './Outcomes';
import RatingOutcome from './RatingOutcome';
import { useText, withText, type TextProps } from '../shared/text';
import '../assessment.css';
import './progress.css';

interface Props extends TextProps {
  /** Every assessment, with its address in the page's language. */
  assessments: (AssessmentOutline & { href: string })[];
  /** The assessments page, in the page's language. */
  choose: string;
}

function Results({ assessments, choose }: Omit<Props, keyof TextProps>) {
  const { t } = useText();
  const record = useStore($record);
  const taken = assessments.filter((a) => hasActivity(a.id, record));
  return (
    <>
      <h2>{t('progress.assessmentsHeading')}</h2>
      {taken.length === 0 ? (
        <p>
          {t('progress.noneTaken')} <a href={choose}>{t('progress.chooseOne')}</a>.
        </p>
      ) : (
        <div class="assessment-list">
        {taken.map((a) => {
          const link = a.href;
          return (
            <section class="assessment-summary" key={a.id} aria-labelledby={`p-${a.id}`}>
              <h3 id={`p-${a.id}`}>
                <a href={link}>{a.title}</a>
              </h3>
              {record.drafts[a.id] && (
                <p class="no-print">
                  {t('progress.inProgress')} <a href={link}>{t('progress.carryOn')}</a>.
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

export default withText(Results);
