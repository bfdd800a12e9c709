// The profile's numbers as a table, with last time's and the change when there is a previous rating.
import { describeChange, ratingText, type RatingSummary } from '../../lib/results';

export default function RatingTable({ profile, change }: Pick<RatingSummary, 'profile' | 'change'>) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Your ratings as a table">
      <table>
        <caption>Your ratings by area (1 to 4)</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Average</th>
            {change && <th scope="col" class="then">Last time</th>}
            {change && <th scope="col" class="then">Change</th>}
          </tr>
        </thead>
        <tbody>
          {profile.map((d, n) => (
            <tr key={d.id}>
              <th scope="row">{d.title}</th>
              <td>{ratingText(d.mean)}</td>
              {change && <td class="then">{ratingText(change[n]?.before)}</td>}
              {change && <td class="then">{describeChange(change[n]?.delta ?? null)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
