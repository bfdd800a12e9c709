// Starting (or starting again) a self-rating, and the reader's past ratings.
import PastResults from '../shared/PastResults';
import type { RatingSummary } from '../../lib/results';
import type { RatingDefinition } from './SelfRating';
import { formatNumber } from '../../lib/i18n';
import { useText } from '../shared/text';

interface Props {
  assessment: RatingDefinition;
  history: RatingSummary['history'];
  /** The reader has rated before (a result is shown above). */
  again: boolean;
  onStart: () => void;
}

export default function RatingStart({ assessment, history, again, onStart }: Props) {
  const { t, lang } = useText();
  const { domains, scale, reflective } = assessment;
  return (
    <>
      <div class="start">
        <h2 class={again ? 'h3' : ''}>{again ? t('rating.rateAgain') : t('rating.start')}</h2>
        <p>{t(reflective ? 'rating.startTextReflective' : 'rating.startText', { areas: domains.length, skills: domains.reduce((n, d) => n + d.skills.length, 0), scale: scale.join(', ') })}</p>
        <button type="button" class="button" onClick={onStart}>
          {again ? t('rating.startNew') : t('rating.startRating')}
        </button>
      </div>
      <PastResults label={t('rating.pastRatings')} items={history.map((a) => ({ ...a, text: t('rating.pastItem', { average: formatNumber(a.average, lang, 1), areas: a.areas }) }))} />
    </>
  );
}
