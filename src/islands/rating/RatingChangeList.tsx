// On a phone, the change since last time as a short list ("then → now" per area), where the
// table's last two columns would be off-screen (areas unrated both times are left out). Wider
// screens show the table's columns instead.
import { describeChange, ratingText, type RatingSummary } from '../../lib/results';
import { useText } from '../shared/text';

export default function RatingChangeList({ change }: Pick<RatingSummary, 'change'>) {
  const { t, lang } = useText();
  const rated = change?.filter((c) => c.before !== null || c.after !== null) ?? [];
  if (!rated.length) return null;
  return (
    <div class="change-list">
      <h3>{t('rating.sinceLastTime')}</h3>
      <ul>
        {rated.map((c) => (
          <li key={c.id}>
            {c.title}: {ratingText(c.before, t, lang)} → {ratingText(c.after, t, lang)} ({describeChange(c.delta, t, lang)})
          </li>
        ))}
      </ul>
    </div>
  );
}
