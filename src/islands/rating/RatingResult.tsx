// The latest self-rating: the profile as a chart and a table, strengths and growth areas (or,
// for a reflective check-in, a pointer to support), and the reader's own note.
import { formatDate } from '../../lib/dates';
import type { RatingSummary } from '../../lib/results';
import { fixedPages, guideHref } from '../../lib/routes';
import { useText } from '../shared/text';
import RatingChart from './RatingChart';
import RatingTable from './RatingTable';
import RatingChangeList from './RatingChangeList';
import StrengthsGrowth from './StrengthsGrowth';
import type { RatingDefinition } from './SelfRating';

interface Props {
  id: string;
  /** A link to a page in this page's language (or English, where it is not written in it). */
  link: (path: string) => string;
  summary: RatingSummary;
  assessment: RatingDefinition;
}

export default function RatingResult({ id, summary, assessment, link }: Props) {
  const { t, lang } = useText();
  const { latest, profile } = summary;
  if (!latest) return null;
  const { scale, reflective } = assessment;
  return (
    <section class="results" aria-labelledby="result-heading">
      <h2 id="result-heading" tabIndex={-1} data-autofocus>
        {t(reflective ? 'rating.resultHeadingReflective' : 'rating.resultHeading', { date: formatDate(latest.finishedAt, undefined, 'long', lang) })}
      </h2>
      <p>
        {t('rating.eachBar', { low: scale[0], high: scale[3] })}
        {reflective ? ` ${t('rating.notAScore')}` : ''}
      </p>
      <div class="profile">
        <RatingChart profile={profile} scale={scale} titleId={`${id}-chart-title`} change={summary.change} />
        <RatingTable profile={profile} change={summary.change} />
      </div>
      <RatingChangeList change={summary.change} />
      {reflective ? (
        <p>
          {t('rating.struggleBefore')} <a href={link(guideHref('team-resiliency-and-self-care'))}>{t('rating.selfCareGuide')}</a> {t('rating.struggleAfter')}
        </p>
      ) : (
        <StrengthsGrowth strengths={summary.strengths} growth={summary.growth} />
      )}
      {latest.note && (
        <>
          <h3>{t('rating.yourNote')}</h3>
          <p class="note-text">{latest.note}</p>
        </>
      )}
      <p>
        {t('rating.printableBefore')} <a href={link(fixedPages.progress)}>{t('assessment.progressLink')}</a>.
      </p>
    </section>
  );
}
