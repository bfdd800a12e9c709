// An accessible bar chart of a self-rating profile: an SVG with a text alternative, always
// shown beside a table with the same numbers. With an earlier rating, each area also gets a thin
// hollow bar under the filled one for last time (told apart by shape and by the legend, not colour).
import type { DomainScore, RatingSummary } from '../../lib/results';
import { formatNumber } from '../../lib/i18n';
import { useText } from '../shared/text';

interface Props {
  profile: DomainScore[];
  scale: readonly string[];
  titleId: string;
  /** The change since the earlier rating, when there is one: its `before` values are drawn as "last time". */
  change?: RatingSummary['change'];
}

export default function RatingChart({ profile, scale, titleId, change }: Props) {
  const { t, lang } = useText();
  const before = new Map((change ?? []).map((c) => [c.id, c.before]));
  const withPrevious = before.size > 0;
  const barH = 22;
  const prevH = withPrevious ? 12 : 0;
  const rowH = barH + (withPrevious ? prevH + 4 : 0) + 12;
  const legendH = withPrevious ? 26 : 0;
  const width = 360; // about the width of a phone, so the 15px labels stay readable
  const height = legendH + profile.length * (rowH + 18) + 24;
  // Labels sit above each bar, so the bars use the whole width and the chart fits 320 px.
  const x = (v: number) => ((v - 1) / 3) * (width - 8);
  const said = (v: number | null) => (v === null ? t('results.notRated') : t('rating.outOf', { n: v }));
  const summary = profile
    .map((d) => (withPrevious ? t('rating.chartItemBefore', { area: d.title, rating: said(d.mean), before: said(before.get(d.id) ?? null) }) : t('rating.chartItem', { area: d.title, rating: said(d.mean) })))
    .join('; ');
  const shown = (v: number) => formatNumber(v, lang, 1);
  return (
    <figure class="rating-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId} preserveAspectRatio="xMinYMin meet">
        <title id={titleId}>{t('rating.chartTitle', { low: scale[0], high: scale[3], summary })}</title>
        {[1, 2, 3, 4].map((v) => (
          <line x1={x(v)} x2={x(v)} y1={0} y2={height - 20} class="grid" key={v} />
        ))}
        {withPrevious && (
          <g class="legend">
            <rect x={0} y={4} width={14} height={14} class="bar" rx={2} />
            <text x={20} y={16} class="axis">{t('rating.thisTime')}</text>
            <rect x={110} y={6} width={14} height={10} class="bar-prev" rx={2} />
            <text x={130} y={16} class="axis">{t('rating.lastTime')}</text>
          </g>
        )}
        {profile.map((d, i) => {
          const y = legendH + i * (rowH + 18) + 16;
          const prev = before.get(d.id) ?? null;
          return (
            <g key={d.id}>
              <text x={0} y={y - 3} class="label">
                {d.title.length > 44 ? `${d.title.slice(0, 42)}…` : d.title}
              </text>
              <rect x={0} y={y} width={d.mean === null ? 0 : Math.max(4, x(d.mean))} height={barH} class="bar" rx={3} />
              <text x={d.mean === null ? 4 : Math.max(4, x(d.mean)) + 6} y={y + barH / 2 + 6} class="value">
                {d.mean === null ? t('results.notRated') : shown(d.mean)}
              </text>
              {withPrevious && (
                <>
                  <rect x={1} y={y + barH + 4} width={prev === null ? 0 : Math.max(4, x(prev) - 2)} height={prevH} class="bar-prev" rx={2} />
                  <text x={prev === null ? 4 : Math.max(4, x(prev)) + 6} y={y + barH + 4 + prevH - 1} class="value-prev">
                    {prev === null ? t('results.notRated') : shown(prev)}
                  </text>
                </>
              )}
            </g>
          );
        })}
        {[1, 2, 3, 4].map((v) => (
          <text x={x(v)} y={height - 4} class="axis" text-anchor={v === 1 ? 'start' : v === 4 ? 'end' : 'middle'} key={v}>
            {v}
          </text>
        ))}
      </svg>
    </figure>
  );
}
