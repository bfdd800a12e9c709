// A self-rating on My progress: the latest average per area and its change since the rating
// before, strengths and growth areas, and the reader's own note (printed only when they choose).
import { formatDate } from '../../lib/dates';
import { useStore } from '@nanostores/preact';
import { describeChange, ratingText, type AssessmentOutline } from '../../lib/results';
import { ratingResults } from '../../state/results';
import { $notesInRecord } from './message';

export default function RatingOutcome({ outline: a }: { outline: Extract<AssessmentOutline, { kind: 'self-rating' }> }) {
  const { latest, previous, profile, change, strengths, growth, history } = useStore(ratingResults(a.id, a));
  const notesInRecord = useStore($notesInRecord);
  if (!latest) return null;
  const names = (list: { title: string }[]) => list.map((d) => d.title).join(', ');
  const note = latest.note?.trim();
  return (
    <>
      <p>
        Latest rating on {formatDate(latest.finishedAt)}
        {history.length > 1 ? ` (${history.length} in all)` : ''}: averages from 1 to 4{change && previous ? `, change since ${formatDate(previous.finishedAt, undefined, 'short')}` : ''}.
      </p>
      <table class="compact">
        <caption class="visually-hidden">{a.title}: average rating by area, 1 to 4</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Average</th>
            {change && <th scope="col">Change</th>}
          </tr>
        </thead>
        <tbody>
          {profile.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.title}</th>
              <td>{ratingText(d.mean)}</td>
              {change && <td class="change">{describeChange(change.find((c) => c.id === d.id)?.delta ?? null)}</td>}
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
      {note && (
        <p class={notesInRecord ? 'own-note' : 'own-note no-print'}>
          <strong>Your note:</strong> {note}
        </p>
      )}
    </>
  );
}
