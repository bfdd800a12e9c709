// A self-rating: one area (domain) at a time, each skill rated on a labelled 4-point scale;
// then a profile (chart and table), strengths and growth areas, and the change since last time.
import { useStore } from '@nanostores/preact';
import type { SelfRatingAssessment } from '../../schemas/assessment-self-rating';
import { $record, discardDraft, ratingDraft, saveDraft } from '../../state/record';
import { ratingResults } from '../../state/results';
import { href, localized } from '../../lib/routes';
import DraftNote from '../shared/DraftNote';
import StorageNotice from '../shared/StorageNotice';
import useFocusOn from '../shared/useFocusOn';
import RatingForm from './RatingForm';
import RatingResult from './RatingResult';
import RatingStart from './RatingStart';
import { useText, withText, type TextProps } from '../shared/text';
import '../assessment.css';

export type RatingDefinition = Pick<SelfRatingAssessment, 'title' | 'scale' | 'domains' | 'reflection' | 'reflective'>;

interface Props extends TextProps {
  id: string;
  assessment: RatingDefinition;
}

function Rating({ id, assessment }: Omit<Props, keyof TextProps>) {
  const { t, lang } = useText();
  useStore($record); // the draft in progress
  const draft = ratingDraft(id, assessment.domains);
  const summary = useStore(ratingResults(id, assessment));
  const box = useFocusOn(draft ? `d${draft.domainIndex}` : `done${summary.history.length}`);
  const start = () => saveDraft(id, { kind: 'self-rating', startedAt: new Date().toISOString(), ratings: {}, domainIndex: 0 });

  return (
    <div class="assessment" data-testid="self-rating" ref={box}>
      <StorageNotice />
      {draft ? (
        <>
          <RatingForm id={id} draft={draft} assessment={assessment} />
          <DraftNote what={t('assessment.draftRatings')} onDiscard={() => discardDraft(id)} />
        </>
      ) : (
        <>
          {summary.latest && <RatingResult id={id} summary={summary} assessment={assessment} link={(path) => href(localized(path, lang))} />}
          <RatingStart assessment={assessment} history={summary.history} again={Boolean(summary.latest)} onStart={start} />
        </>
      )}
    </div>
  );
}

export default withText(Rating);
