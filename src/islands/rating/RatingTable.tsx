// The profile's numbers as a table, with last time's and the change when there is a previous rating.
import { describeChange, ratingText, type RatingSummary } from '../../lib/results';
import { useText } from '../shared/text';

export default function RatingTable({ profile, change }: Pick<RatingSummary, 'profile' | 'change'>) {
  const { t, lang } = useText();
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={t('rating.tableRegion')}>
      <table>
        <caption>{t('rating.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rating.area')}</th>
            <th scope="col">{t('rating.average')}</th>
            {change && <th scope="col" class="then">{t('rating.lastTime')}</th>}
            {change && <th scope="col" class="then">{t('rating.change')}</th>}
          </tr>
        </thead>
        <tbody>
          {profile.map((d, n) => (
            <tr key={d.id}>
              <th scope="row">{d.title}</th>
              <td>{ratingText(d.mean, t, lang)}</td>
              {change && <td class="then">{ratingText(change[n]?.before, t, lang)}</td>}
              {change && <td class="then">{describeChange(change[n]?.delta ?? null, t, lang)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
