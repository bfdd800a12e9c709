// On a phone, the change since last time as a short list ("then → now" per area), where the
// table's last two columns would be off-screen (areas unrated both times are left out). Wider
// screens show the table's columns instead.
import { describeChange, ratingText, type RatingSummary } from '../../lib/results';

export default function RatingChangeList({ change }: Pick<RatingSummary, 'change'>) {
  const rated = change?.filter((c) => c.before !== null || c.after !== null) ?? [];
  if (!rated.length) return null;
  return (
    <div class="change-list">
      <h3>Since last time</h3>
      <ul>
        {rated.map((c) => (
          <li key={c.id}>
            {c.title}: {ratingText(c.before)} → {ratingText(c.after)} ({describeChange(c.delta)})
          </li>
        ))}
      </ul>
    </div>
  );
}
