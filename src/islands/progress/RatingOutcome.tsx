// A self-rating on My progress: the latest average per area, and strengths and growth areas.
import { formatDate } from '../../lib/dates';
import { useStore } from '@nanostores/preact';
import { ratingText, type AssessmentOutline } from '../../lib/results';
import { ratingResults } from '../../state/results';

export default function RatingOutcome({ outline: a }: { outline: Extract<AssessmentOutline, { kind: 'self-rating' }> }) {
  const { latest, profile, strengths, growth, history } = useStore(ratingResults(a.id, a));
  if (!latest) return null;
  const names = (list: { title: string }[]) => list.map((d) => d.title).join(', ');
  return (
    <>
      <p>
        Latest rating on {formatDate(latest.finishedAt)}
        {history.length > 1 ? ` (${history.length} ratings in all)` : ''}.
      </p>
      <table class="compact">
        <caption class="visually-hidden">{a.title}: average rating by area, 1 to 4</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Average (1 to 4)</th>
          </tr>
        </thead>
        <tbody>
          {profile.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.title}</th>
              <td>{ratingText(d.mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!a.reflective && (
        <p>
          Strengths: {strengths.length ? names(strengths) : 'none yet'}. Areas to grow (as goals, not a rating of performance):{' '}
          {growth.length ? names(growth) : 'none below 2.5'}.
        </p>
      )}
    </>
  );
}
