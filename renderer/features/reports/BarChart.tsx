import type { ChartBar } from '../../../shared/report/view';
import { formatNumber } from '../../i18n/format';

const WIDTH = 640;
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 70;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;
const MAX_LABEL_CHARS = 34;

function shortLabel(label: string): string {
  return label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1)}…` : label;
}

/**
 * A horizontal bar chart of a table's figures, for the eye only: it is hidden from
 * assistive technology because the table next to it carries the same numbers. A
 * withheld figure gets no bar, only its ".".
 */
export function BarChart({ bars }: { bars: readonly ChartBar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const barArea = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW_HEIGHT + 4;
  return (
    <svg className="rp-chart" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false" preserveAspectRatio="xMinYMin meet">
      {bars.map((bar, index) => {
        const y = index * ROW_HEIGHT + 2;
        const width = bar.value === null ? 0 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * barArea);
        return (
          <g key={bar.key} className={bar.value === null ? 'rp-bar-withheld' : 'rp-bar'}>
            <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT - 3} textAnchor="end" className="rp-chart-label">
              {shortLabel(bar.label)}
            </text>
            {width > 0 && <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} rx={2} className="rp-chart-bar" />}
            <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT - 3} className="rp-chart-value">
              {bar.value === null ? '.' : formatNumber(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
