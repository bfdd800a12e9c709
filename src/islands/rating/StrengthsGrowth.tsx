// Strengths and areas to grow, each with the guide on it.
import type { RatingSummary } from '../../lib/results';
import { href } from '../../lib/routes';

export default function StrengthsGrowth({ strengths, growth }: Pick<RatingSummary, 'strengths' | 'growth'>) {
  return (
    <div class="strengths-growth">
      <div>
        <h3>Your strengths</h3>
        {strengths.length ? (
          <ul>
            {strengths.map((d) => (
              <li key={d.id}>
                {d.title} ({d.mean.toFixed(1)}). <a href={href(d.guide)}>Read the guide</a> to help others with it.
              </li>
            ))}
          </ul>
        ) : (
          <p>No area averages 3 or more yet. That is normal early on.</p>
        )}
      </div>
      <div>
        <h3>Areas to grow</h3>
        {growth.length ? (
          <ul>
            {growth.map((d) => (
              <li key={d.id}>
                {d.title} ({d.mean.toFixed(1)}). <a href={href(d.guide)}>Read the guide on this</a>.
              </li>
            ))}
          </ul>
        ) : (
          <p>No area averages below 2.5. Pick any area you want to deepen.</p>
        )}
      </div>
    </div>
  );
}
