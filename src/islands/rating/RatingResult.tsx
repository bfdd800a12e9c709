// The latest self-rating: the profile as a chart and a table, strengths and growth areas (or,
// for a reflective check-in, a pointer to support), and the reader's own note.
import { formatDate } from '../../lib/dates';
import type { RatingSummary } from '../../lib/results';
import { fixedPages, guideHref, href } from '../../lib/routes';
import RatingChart from './RatingChart';
import RatingTable from './RatingTable';
import RatingChangeList from './RatingChangeList';
import StrengthsGrowth from './StrengthsGrowth';
import type { RatingDefinition } from './SelfRating';

interface Props {
  id: string;
  summary: RatingSummary;
  assessment: RatingDefinition;
}

export default function RatingResult({ id, summary, assessment }: Props) {
  const { latest, profile } = summary;
  if (!latest) return null;
  const { scale, reflective } = assessment;
  return (
    <section class="results" aria-labelledby="result-heading">
      <h2 id="result-heading" tabIndex={-1} data-autofocus>
        Your {reflective ? 'check-in' : 'profile'} from {formatDate(latest.finishedAt)}
      </h2>
      <p>
        Each bar is the average of your ratings in that area, from 1 ({scale[0]}) to 4 ({scale[3]}).
        {reflective ? ' This is a picture of your habits this time, not a score.' : ''}
      </p>
      <div class="profile">
        <RatingChart profile={profile} scale={scale} titleId={`${id}-chart-title`} change={summary.change} />
        <RatingTable profile={profile} change={summary.change} />
      </div>
      <RatingChangeList change={summary.change} />
      {reflective ? (
        <p>
          If a practice feels out of reach right now, the <a href={href(guideHref('team-resiliency-and-self-care'))}>self-care guide</a> has ideas, and your supervisor can
          help. If you are struggling, you can call or text 988 too: it is for helpers as well.
        </p>
      ) : (
        <StrengthsGrowth strengths={summary.strengths} growth={summary.growth} />
      )}
      {latest.note && (
        <>
          <h3>Your note</h3>
          <p class="note-text">{latest.note}</p>
        </>
      )}
      <p>
        A printable summary to bring to supervision is on <a href={href(fixedPages.progress)}>My progress</a>.
      </p>
    </section>
  );
}
