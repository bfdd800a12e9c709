// Starting (or starting again) a self-rating, and the reader's past ratings.
import PastResults from '../shared/PastResults';
import type { RatingSummary } from '../../lib/results';
import type { RatingDefinition } from './SelfRating';

interface Props {
  assessment: RatingDefinition;
  history: RatingSummary['history'];
  /** The reader has rated before (a result is shown above). */
  again: boolean;
  onStart: () => void;
}

export default function RatingStart({ assessment, history, again, onStart }: Props) {
  const { domains, scale, reflective } = assessment;
  return (
    <>
      <div class="start">
        <h2 class={again ? 'h3' : ''}>{again ? 'Rate yourself again' : 'Start'}</h2>
        <p>
          {domains.length} areas, one at a time, {domains.reduce((n, d) => n + d.skills.length, 0)} {reflective ? 'practices' : 'skills'} in all. For each, choose the words
          that fit you today: {scale.join(', ')}.
        </p>
        <button type="button" class="button" onClick={onStart}>
          {again ? 'Start a new rating' : 'Start rating'}
        </button>
      </div>
      <PastResults label="Your past ratings" items={history.map((a) => ({ ...a, text: `average ${a.average.toFixed(1)} across ${a.areas} areas` }))} />
    </>
  );
}
