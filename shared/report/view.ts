import type { TopicArea } from '../model/case';
import { fill, REPORT_LABELS, type ReportLabels, type ReportLanguage, type ReportSectionId } from './labels';
import { NOT_RECORDED, type PolicyReport, type ReportTable, type ReportTableId } from './model';
import { isSuppressed, type SuppressedCell, type SuppressedTable } from './suppression';

/**
 * The report written in one language, as sections of tables with their labels: what
 * the screen, the print view, Markdown, CSV and JSON all show. A count is a number, or
 * null where it is withheld (shown as "."). Only cells of suppressed tables become
 * counts here; nothing is counted anew.
 */

/** A published count, or null for a withheld one. */
export type ViewCell = number | null;

export interface ViewRow {
  readonly key: string;
  readonly label: string;
  /** Text columns between the label and the counts (the stage of a concern). */
  readonly texts: readonly string[];
  readonly cells: readonly ViewCell[];
  /** The row's total, when the table shows row totals. */
  readonly total?: ViewCell;
}

/** One bar of a table's chart; a withheld value gets no bar. */
export interface ChartBar {
  readonly key: string;
  readonly label: string;
  readonly value: ViewCell;
}

export interface ViewTable {
  readonly id: ReportTableId | 'summary' | 'concerns' | 'meetings';
  readonly title: string;
  readonly rowHeader: string;
  readonly textHeaders: readonly string[];
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  /** Header of the column of row totals, or null when the table has none. */
  readonly totalHeader: string | null;
  readonly rows: readonly ViewRow[];
  readonly totalRow: ViewRow | null;
  readonly notes: readonly string[];
  readonly chart: readonly ChartBar[];
  readonly hasWithheld: boolean;
}

export interface ViewSection {
  readonly id: ReportSectionId | 'summary';
  readonly title: string;
  readonly tables: readonly ViewTable[];
  /** Sentences below the tables (the median duration, why a table is missing). */
  readonly remarks: readonly string[];
}

export interface ReportView {
  readonly language: ReportLanguage;
  readonly title: string;
  readonly organisation: string;
  /** Period, scope and k, one line each. */
  readonly facts: readonly string[];
  readonly anonymous: string;
  readonly sections: readonly ViewSection[];
  /** Notes for the whole report: what "." means. */
  readonly notes: readonly string[];
  readonly notesTitle: string;
}

const cellOf = (cell: SuppressedCell | undefined): ViewCell => (cell === undefined || isSuppressed(cell) ? null : cell.value);

/** Formats a calendar day `YYYY-MM-DD` in a locale, read and written as UTC so no time zone moves it. */
export function formatReportDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

function rowLabel(words: ReportLabels, id: ReportTableId, key: string): string {
  if (key === NOT_RECORDED) return words.notRecorded;
  switch (id) {
    case 'caseFlow':
      return words.caseFlowRows[key as keyof ReportLabels['caseFlowRows']];
    case 'topicStatus':
      return words.topics[key as TopicArea];
    case 'residenceStatus':
      return words.residenceStatuses[key as keyof ReportLabels['residenceStatuses']];
    case 'ageBand':
      return words.ageBands[key as keyof ReportLabels['ageBands']];
    case 'followUpLights':
      return words.lights[key as keyof ReportLabels['lights']];
    case 'blockedFollowUps':
      return words.blockCategories[key as keyof ReportLabels['blockCategories']];
  }
}

function hasWithheld(table: SuppressedTable): boolean {
  const shown = [...table.cells.flat(), ...(table.rowTotals ?? []), ...(table.colTotals ?? []), ...(table.grandTotal ? [table.grandTotal] : [])];
  return shown.some(isSuppressed);
}

function chartOf(entry: ReportTable, rows: readonly ViewRow[], columns: ViewTable['columns'], totalRow: ViewRow | null): ChartBar[] {
  if (entry.id === 'caseFlow') return columns.map((column, c) => ({ key: column.key, label: column.label, value: totalRow?.cells[c] ?? null }));
  if (entry.id === 'topicStatus') return rows.map((row) => ({ key: row.key, label: row.label, value: row.total ?? null }));
  return rows.map((row) => ({ key: row.key, label: row.label, value: row.cells[0] ?? null }));
}

function viewTable(entry: ReportTable, options: PolicyReport['options'], words: ReportLabels): ViewTable {
  const { table, id } = entry;
  const tableWords = words.tables[id];
  const columns = table.colLabels.map((key) => ({
    key,
    label: id === 'caseFlow' || id === 'topicStatus' ? words.caseStatuses[key as keyof ReportLabels['caseStatuses']] : (tableWords.count ?? key),
  }));
  const rows: ViewRow[] = table.rowLabels.map((key, r) => ({
    key,
    label: rowLabel(words, id, key),
    texts: [],
    cells: (table.cells[r] ?? []).map(cellOf),
    ...(table.rowTotals ? { total: cellOf(table.rowTotals[r]) } : {}),
  }));
  const totalRow: ViewRow | null = table.colTotals
    ? { key: 'total', label: words.total, texts: [], cells: table.colTotals.map(cellOf), ...(table.rowTotals ? { total: cellOf(table.grandTotal) } : {}) }
    : null;
  const values = { caseFlow: words.tables.caseFlow.title, yellowDays: options.yellowDays, k: options.k };
  return {
    id,
    title: tableWords.title,
    rowHeader: tableWords.rowHeader,
    textHeaders: [],
    columns,
    totalHeader: table.rowTotals ? words.total : null,
    rows,
    totalRow,
    notes: entry.notes.map((note) => fill(words.notes[note], values)),
    chart: chartOf(entry, rows, columns, totalRow),
    hasWithheld: hasWithheld(table),
  };
}

function figureTable(id: 'summary' | 'meetings', title: string, words: ReportLabels, rows: readonly { key: string; label: string; cell: SuppressedCell | undefined }[], notes: string[]): ViewTable {
  const header = id === 'summary' ? words.summaryHeader : { label: words.tables.meetings.rowHeader, value: words.tables.meetings.count ?? '' };
  return {
    id,
    title,
    rowHeader: header.label,
    textHeaders: [],
    columns: [{ key: 'count', label: header.value }],
    totalHeader: null,
    rows: rows.map((row) => ({ key: row.key, label: row.label, texts: [], cells: [cellOf(row.cell)] })),
    totalRow: null,
    notes,
    chart: [],
    hasWithheld: rows.some((row) => row.cell === undefined || isSuppressed(row.cell)),
  };
}

/** The concerns as one table: statement, stage, linked cases (each count protected on its own). */
function concernTable(report: PolicyReport, words: ReportLabels): ViewTable {
  const tableWords = words.tables.concerns;
  return {
    id: 'concerns',
    title: tableWords.title,
    rowHeader: tableWords.rowHeader,
    textHeaders: [tableWords.status],
    columns: [{ key: 'count', label: tableWords.count ?? '' }],
    totalHeader: null,
    rows: report.concerns.map((c) => ({ key: c.id, label: c.statement, texts: [words.concernStatuses[c.status]], cells: [cellOf(c.linkedCases.cells[0]?.[0])] })),
    totalRow: null,
    notes: [words.notes.concernsApproved, words.notes.concernLinks],
    chart: [],
    hasWithheld: report.concerns.some((c) => hasWithheld(c.linkedCases)),
  };
}

/** The report in one language, ready to be shown or written out. */
export function reportView(report: PolicyReport, language: ReportLanguage): ReportView {
  const words = REPORT_LABELS[language];
  const { options } = report;
  const tableOf = (id: ReportTableId) => report.tables.find((t) => t.id === id);
  const tablesOf = (ids: readonly ReportTableId[]) => ids.flatMap((id) => {
    const entry = tableOf(id);
    return entry ? [viewTable(entry, options, words)] : [];
  });
  const flow = tableOf('caseFlow')?.table;
  const figure = (id: string) => report.figures.find((f) => f.id === id)?.table.cells[0]?.[0];
  const summary = figureTable('summary', words.summaryTitle, words, [
    { key: 'cases', label: words.summary.cases, cell: flow?.grandTotal },
    { key: 'newCases', label: words.summary.newCases, cell: flow?.rowTotals?.[1] },
    { key: 'closedCases', label: words.summary.closedCases, cell: flow?.colTotals?.[flow.colLabels.indexOf('closed')] },
    { key: 'meetingsHeld', label: words.summary.meetingsHeld, cell: figure('meetingsHeld') },
  ], []);
  const meetingRows = report.figures.map((f) => ({ key: f.id, label: words.figures[f.id], cell: f.table.cells[0]?.[0] }));
  const meetingNotes = [words.notes.meetings, ...(options.topics === 'all' ? [] : [words.notes.meetingsUnscoped])];
  const median = report.medianDurationDays === null
    ? fill(words.medianWithheld, { k: options.k })
    : fill(words.median, { days: new Intl.NumberFormat(words.locale, { maximumFractionDigits: 1 }).format(report.medianDurationDays) });
  const concerns = report.concerns.length > 0 ? [concernTable(report, words)] : [];
  const day = (d: string) => formatReportDay(d, words.locale);
  return {
    language,
    title: words.title,
    organisation: words.organisation,
    facts: [
      fill(words.period, { from: day(options.from), to: day(options.to) }),
      options.topics === 'all' ? words.scopeAll : fill(words.scopeSome, { topics: options.topics.map((t) => words.topics[t]).join(', ') }),
      fill(words.minimum, { k: options.k }),
    ],
    anonymous: words.anonymous,
    sections: [
      { id: 'summary', title: words.summaryTitle, tables: [summary], remarks: [] },
      {
        id: 'cases',
        title: words.sections.cases,
        tables: tablesOf(['caseFlow', 'topicStatus', 'residenceStatus', 'ageBand']),
        remarks: [median, ...(report.omitted.some((o) => o.id === 'ageBand') ? [words.ageBandOmitted] : [])],
      },
      { id: 'followUps', title: words.sections.followUps, tables: tablesOf(['followUpLights', 'blockedFollowUps']), remarks: [] },
      { id: 'concerns', title: words.sections.concerns, tables: concerns, remarks: concerns.length === 0 ? [words.noConcerns] : [] },
      { id: 'meetings', title: words.sections.meetings, tables: [figureTable('meetings', words.tables.meetings.title, words, meetingRows, meetingNotes)], remarks: [] },
    ],
    notes: [fill(words.notes.suppressed, { k: options.k })],
    notesTitle: words.notesTitle,
  };
}
