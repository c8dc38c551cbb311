import { i18n } from '#i18n';
import type { MonthCount } from '../lib/store/timeline';

const BAR = 26;
const GAP = 6;
const HEIGHT = 120;
const AXIS = 34;

/**
 * Mentions by month as bars, plain SVG from Preact elements: a few dozen rectangles and labels need
 * no chart library, and SVG text is read by screen readers and prints sharply.
 */
export function MonthChart({ months }: { months: MonthCount[] }) {
  const top = Math.max(1, ...months.map((m) => m.mentions));
  const width = Math.max(200, months.length * (BAR + GAP) + GAP);
  return (
    <figure class="month-chart">
      <svg
        width={width}
        height={HEIGHT + AXIS}
        viewBox={`0 0 ${width} ${HEIGHT + AXIS}`}
        role="img"
        aria-label={i18n.t('archive.chart')}
      >
        <line x1={0} y1={HEIGHT} x2={width} y2={HEIGHT} class="axis" />
        {months.map((m, i) => {
          const h = Math.round((m.mentions / top) * (HEIGHT - 16));
          const x = GAP + i * (BAR + GAP);
          const [year, month] = m.month.split('-');
          return (
            <g key={m.month} data-month={m.month} data-mentions={m.mentions}>
              <title>{i18n.t('archive.chartBar', [m.month, String(m.mentions), String(m.articles)])}</title>
              <rect x={x} y={HEIGHT - h} width={BAR} height={h} class="bar" />
              {m.mentions > 0 && (
                <text x={x + BAR / 2} y={HEIGHT - h - 3} class="value">
                  {m.mentions}
                </text>
              )}
              <text x={x + BAR / 2} y={HEIGHT + 14} class="month">
                {month}
              </text>
              {(i === 0 || month === '01') && (
                <text x={x + BAR / 2} y={HEIGHT + 28} class="year">
                  {year}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption class="muted">{i18n.t('archive.chart')}</figcaption>
    </figure>
  );
}
