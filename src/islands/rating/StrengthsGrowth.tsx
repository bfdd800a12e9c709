// Strengths and areas to grow, each with the guide on it.
import type { RatingSummary } from '../../lib/results';
import { formatNumber } from '../../lib/i18n';
import { useText } from '../shared/text';

export default function StrengthsGrowth({ strengths, growth }: Pick<RatingSummary, 'strengths' | 'growth'>) {
  const { t, lang } = useText();
  const shown = (v: number) => formatNumber(v, lang, 1);
  return (
    <div class="strengths-growth">
      <div>
        <h3>{t('rating.strengths')}</h3>
        {strengths.length ? (
          <ul>
            {strengths.map((d) => (
              <li key={d.id}>
                {d.title} ({shown(d.mean)}). <a href={d.guide}>{t('rating.readTheGuide')}</a> {t('rating.strengthItem')}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('rating.noStrengths')}</p>
        )}
      </div>
      <div>
        <h3>{t('rating.growth')}</h3>
        {growth.length ? (
          <ul>
            {growth.map((d) => (
              <li key={d.id}>
                {d.title} ({shown(d.mean)}). <a href={d.guide}>{t('rating.readGuideOnThis')}</a>.
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('rating.noGrowth')}</p>
        )}
      </div>
    </div>
  );
}
