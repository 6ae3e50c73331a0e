import { fail, ok, type Result } from '../errors/result';
import { countReport, type ReportCounts } from './buildCounts';
import { suppressLinkedTables, type LinkGroup, type LinkedTableInput } from './linkedSuppression';
import {
  COUNT_COLUMN,
  REPORT_FIGURE_IDS,
  REPORT_FORMAT,
  REPORT_VERSION,
  type PolicyReport,
  type ReportFigure,
  type ReportNoteId,
  type ReportTable,
  type ReportTableId,
} from './model';
import { checkReportRequest, type ReportData, type ReportOptions, type ReportRequest } from './reportOptions';
import { isSuppressed, suppressTable, verifyNoRecovery, type CountTable, type SuppressedTable } from './suppression';

/**
 * Builds the Bericht für Politik und Verwaltung: counts (./buildCounts.ts), then
 * small-cell suppression of every table, primary and secondary, totals included,
 * jointly where tables share totals (./linkedSuppression.ts).
 *
 * The topic table counts a case with several topic areas in each of their rows. Its
 * row totals are cases per topic area; its column totals and grand total are the sums
 * of its cells, that is mentions, not cases (a footnote says so). That way the totals
 * shown are exactly the ones the exact check protects, and they always add up. The
 * number of cases by status is the case table's column totals. When no case has more
 * than one topic row, mentions are cases and the two tables share their column and
 * grand totals; they are then suppressed together.
 *
 * The cases of the period are also the total of the residence-status and age-band
 * tables, so those totals are linked to the case table's grand total. The age-band
 * table is shown only where it is safe: if suppression would withhold more of its
 * non-zero rows than it shows, it is left out with a note.
 */

const FIGURE_PREFIX = 'figure:';
const CONCERN_PREFIX = 'concern:';

function notesFor(id: ReportTableId, options: ReportOptions): ReportNoteId[] {
  const scoped = options.topics !== 'all';
  const severalTopics = options.topics === 'all' || options.topics.length > 1;
  const other = options.topics === 'all' || options.topics.includes('other');
  switch (id) {
    case 'caseFlow':
      return ['statusAtEnd', ...(scoped ? (['scopedCases'] as const) : [])];
    case 'topicStatus':
      return ['statusAtEnd', ...(severalTopics ? (['multiTopic'] as const) : []), ...(other ? (['customTopics'] as const) : [])];
    case 'residenceStatus':
    case 'ageBand':
      return ['notRecorded', ...(scoped ? (['scopedCases'] as const) : [])];
    case 'followUpLights':
      return ['followUpPopulation', ...(scoped ? (['followUpsScoped'] as const) : [])];
    case 'blockedFollowUps':
      return ['blockedCategoryUnknown', ...(scoped ? (['followUpsScoped'] as const) : [])];
  }
}

/** True when suppression leaves at least as many non-zero rows of the table shown as it withholds. */
function showsMostOf(table: CountTable, suppressed: SuppressedTable): boolean {
  let shown = 0;
  let withheld = 0;
  table.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === 0) return;
      const cell = suppressed.cells[r]?.[c];
      if (cell && isSuppressed(cell)) withheld += 1;
      else shown += 1;
    }),
  );
  return shown > 0 && shown >= withheld;
}

const N = { kind: 'grandTotal' } as const;
const columnTotal = (col: number) => ({ kind: 'colTotal', col }) as const;

/** The totals that several tables share (see the header). */
function linksOf(counts: ReportCounts, showAgeBand: boolean): LinkGroup[] {
  const cases: LinkGroup = [
    { tableId: 'caseFlow', position: N },
    { tableId: 'residenceStatus', position: N },
    { tableId: 'residenceStatus', position: columnTotal(0) },
    ...(showAgeBand ? [{ tableId: 'ageBand', position: N }, { tableId: 'ageBand', position: columnTotal(0) }] : []),
    ...(counts.singleTopicRows ? [{ tableId: 'topicStatus', position: N }] : []),
  ];
  const statuses: LinkGroup[] = counts.singleTopicRows
    ? counts.caseFlow.colLabels.map((_, col) => [
        { tableId: 'caseFlow', position: columnTotal(col) },
        { tableId: 'topicStatus', position: columnTotal(col) },
      ])
    : [];
  return [cases, ...statuses];
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The report for a period and scope from the stored records. Fails with
 * validation/invalid for a bad period, scope or k (k < 3 is refused), and refuses
 * (code unknown) to produce a report any table of which fails the exact check.
 */
export function buildPolicyReport(data: ReportData, request: ReportRequest): Result<PolicyReport> {
  const checked = checkReportRequest(request);
  if (!checked.ok) return checked;
  const options = checked.data;
  const counts = countReport(data, options);

  const ageAlone = suppressTable(counts.ageBand, options.k);
  if (!ageAlone.ok) return ageAlone;
  const showAgeBand = showsMostOf(counts.ageBand, ageAlone.data);

  const tableIds: ReportTableId[] = ['caseFlow', 'topicStatus', 'residenceStatus', ...(showAgeBand ? (['ageBand'] as const) : []), 'followUpLights', 'blockedFollowUps'];
  const single = (key: string, count: number): CountTable => ({ rowLabels: [key], colLabels: [COUNT_COLUMN], cells: [[count]] });
  const inputs: LinkedTableInput[] = [
    ...tableIds.map((id) => ({ id, table: counts[id] })),
    ...REPORT_FIGURE_IDS.map((id) => ({ id: `${FIGURE_PREFIX}${id}`, table: single(id, counts.figures[id]) })),
    ...counts.concerns.map((c) => ({ id: `${CONCERN_PREFIX}${c.id}`, table: single(c.id, c.linkedCases) })),
  ];
  const suppressed = suppressLinkedTables(inputs, linksOf(counts, showAgeBand), options.k);
  if (!suppressed.ok) return suppressed;
  const tableOf = (id: string) => suppressed.data.get(id) as SuppressedTable;

  // The last line of defence: nothing leaves that the exact check has not passed.
  for (const [id, table] of suppressed.data) {
    if (!verifyNoRecovery(table).safe) return fail('unknown', `table '${id}' would reveal small counts; the report was not produced`);
  }
  const tables: ReportTable[] = tableIds.map((id) => ({ id, table: tableOf(id), notes: notesFor(id, options) }));
  const figures: ReportFigure[] = REPORT_FIGURE_IDS.map((id) => ({ id, table: tableOf(`${FIGURE_PREFIX}${id}`) }));
  return ok({
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    options,
    tables,
    omitted: showAgeBand ? [] : [{ id: 'ageBand', reason: 'too-few-cases' }],
    medianDurationDays: counts.durations.length >= options.k ? median(counts.durations) : null,
    figures,
    concerns: counts.concerns.map((c) => ({ id: c.id, statement: c.statement, status: c.status, linkedCases: tableOf(`${CONCERN_PREFIX}${c.id}`) })),
  });
}
