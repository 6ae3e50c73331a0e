import { buildPolicyReport } from '../../../shared/report/build';
import type { ReportData } from '../../../shared/report/reportOptions';
import type { Records } from '../../../renderer/exchange/tables';

/** The period of the timed report: the twelve months before the demo's `now` (2026-11-15). */
const PERIOD = { from: '2025-11-01', to: '2026-10-31' } as const;

/** One timed policy report (counts plus cell suppression with k = 3) over all topics; ms and how it ended. */
export function reportOnce(records: Records): { ms: number; outcome: string } {
  const data = records as unknown as ReportData;
  const started = performance.now();
  const report = buildPolicyReport(data, { ...PERIOD, topics: 'all', k: 3 });
  const ms = performance.now() - started;
  return { ms, outcome: report.ok ? 'built' : `refused (${report.error.code})` };
}

export { PERIOD as REPORT_PERIOD };
