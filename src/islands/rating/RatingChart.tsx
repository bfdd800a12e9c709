// An accessible bar chart of a self-rating profile: an SVG with a text alternative, always
// shown beside a table with the same numbers.
import type { DomainScore } from '../../lib/results';

export default function RatingChart({ profile, scale, titleId }: { profile: DomainScore[]; scale: readonly string[]; titleId: string }) {
  const rowH = 34;
  const width = 360; // about the width of a phone, so the 15px labels stay readable
  const height = profile.length * (rowH + 18) + 24;
  // Labels sit above each bar, so the bars use the whole width and the chart fits 320 px.
  const x = (v: number) => ((v - 1) / 3) * (width - 8);
  const summary = profile.map((d) => `${d.title}: ${d.mean === null ? 'not rated' : `${d.mean} of 4`}`).join('; ');
  return (
    <figure class="rating-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId} preserveAspectRatio="xMinYMin meet">
        <title id={titleId}>Your ratings by area, from 1 ({scale[0]}) to 4 ({scale[3]}). {summary}</title>
        {[1, 2, 3, 4].map((v) => (
          <line x1={x(v)} x2={x(v)} y1={0} y2={height - 20} class="grid" key={v} />
        ))}
        {profile.map((d, i) => {
          const y = i * (rowH + 18) + 16;
          return (
            <g key={d.id}>
              <text x={0} y={y - 3} class="label">
                {d.title.length > 44 ? `${d.title.slice(0, 42)}…` : d.title}
              </text>
              <rect x={0} y={y} width={d.mean === null ? 0 : Math.max(4, x(d.mean))} height={rowH - 12} class="bar" rx={3} />
              <text x={d.mean === null ? 4 : Math.max(4, x(d.mean)) + 6} y={y + rowH / 2 + 1} class="value">
                {d.mean === null ? 'not rated' : d.mean.toFixed(1)}
              </text>
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
