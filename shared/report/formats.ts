import { REPORT_FORMAT, REPORT_VERSION, type PolicyReport } from './model';
import { REPORT_LABELS } from './labels';
import { SUPPRESSED_MARK } from './suppressionCsv';
import type { ReportView, ViewCell, ViewRow, ViewTable } from './view';

/**
 * The report written out: Markdown (one document), CSV (one file per table, plus a
 * README with the notes) and JSON. All three are made from the same ReportView, so they
 * show the same counts; a withheld count is "." everywhere.
 */

/** A file of the CSV bundle. */
export interface ReportFile {
  readonly name: string;
  readonly text: string;
}

function countText(cell: ViewCell | undefined, locale: string | null): string {
  if (cell === null || cell === undefined) return SUPPRESSED_MARK;
  return locale === null ? String(cell) : new Intl.NumberFormat(locale).format(cell);
}

function rowFields(row: ViewRow, table: ViewTable, locale: string | null): string[] {
  return [
    row.label,
    ...row.texts,
    ...row.cells.map((cell) => countText(cell, locale)),
    ...(table.totalHeader === null ? [] : [countText(row.total, locale)]),
  ];
}

function headerFields(table: ViewTable): string[] {
  return [table.rowHeader, ...table.textHeaders, ...table.columns.map((c) => c.label), ...(table.totalHeader === null ? [] : [table.totalHeader])];
}

// A label is one line in a Markdown table cell; a pipe would end the cell.
function markdownCell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replaceAll('\\', '\\\\').replaceAll('|', '\\|');
}

function markdownTable(table: ViewTable, locale: string): string[] {
  const header = headerFields(table).map(markdownCell);
  const align = header.map((_, i) => (i < 1 + table.textHeaders.length ? '---' : '---:'));
  const body = table.rows.map((row) => rowFields(row, table, locale).map(markdownCell));
  const total = table.totalRow ? [rowFields(table.totalRow, table, locale).map((field, i) => (i === 0 ? `**${markdownCell(field)}**` : markdownCell(field)))] : [];
  return [header, align, ...body, ...total].map((fields) => `| ${fields.join(' | ')} |`);
}

/** The whole report as one Markdown document. */
export function reportMarkdown(view: ReportView): string {
  const locale = REPORT_LABELS[view.language].locale;
  const lines: string[] = [`# ${view.title}`, '', view.organisation, '', ...view.facts.map((fact) => `- ${fact}`), '', view.anonymous, ''];
  for (const section of view.sections) {
    lines.push(`## ${section.title}`, '');
    for (const table of section.tables) {
      if (section.tables.length > 1 || table.title !== section.title) lines.push(`### ${table.title}`, '');
      lines.push(...markdownTable(table, locale), '');
      if (table.notes.length > 0 || table.hasWithheld) {
        lines.push(...table.notes.map((note) => `- ${note}`), ...(table.hasWithheld ? [`- ${view.notes[0] ?? ''}`] : []), '');
      }
    }
    for (const remark of section.remarks) lines.push(remark, '');
  }
  lines.push(`## ${view.notesTitle}`, '', ...view.notes.map((note) => `- ${note}`), '');
  return lines.join('\n');
}

const CSV_DELIMITER = ';';
const BOM = '\uFEFF';

function csvField(field: string): string {
  return /[;"\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** One table as CSV: header row, one row per label, the totals row last; "." where withheld. */
export function tableCsv(table: ViewTable): string {
  const records = [headerFields(table), ...table.rows.map((row) => rowFields(row, table, null)), ...(table.totalRow ? [rowFields(table.totalRow, table, null)] : [])];
  // A byte order mark and ";" so that spreadsheet programs set to German open it as intended.
  return `${BOM}${records.map((fields) => fields.map(csvField).join(CSV_DELIMITER)).join('\r\n')}\r\n`;
}

const FILE_NAMES: Readonly<Record<ViewTable['id'], string>> = {
  summary: 'summary',
  caseFlow: 'case-flow',
  topicStatus: 'topic-status',
  residenceStatus: 'residence-status',
  ageBand: 'age-band',
  followUpLights: 'follow-up-lights',
  blockedFollowUps: 'blocked-follow-ups',
  concerns: 'concerns',
  meetings: 'meetings',
};

/** The CSV bundle: one file per table, numbered in report order, and README.txt with the title, facts and notes. */
export function reportCsvFiles(view: ReportView): ReportFile[] {
  const tables = view.sections.flatMap((section) => section.tables);
  const files = tables.map((table, index) => ({ name: `${String(index + 1).padStart(2, '0')}-${FILE_NAMES[table.id]}.csv`, table }));
  const readme = [
    view.title,
    view.organisation,
    '',
    ...view.facts,
    '',
    view.anonymous,
    '',
    ...files.flatMap(({ name, table }) => [`${name}: ${table.title}`, ...table.notes.map((note) => `  - ${note}`)]),
    '',
    ...view.sections.flatMap((section) => section.remarks),
    '',
    ...view.notes,
    '',
  ].join('\r\n');
  return [{ name: 'README.txt', text: `${BOM}${readme}` }, ...files.map(({ name, table }) => ({ name, text: tableCsv(table) }))];
}

type JsonCell = number | typeof SUPPRESSED_MARK;
const jsonCell = (cell: ViewCell | undefined): JsonCell => (cell === null || cell === undefined ? SUPPRESSED_MARK : cell);

function jsonRow(row: ViewRow, table: ViewTable) {
  return {
    key: row.key,
    label: row.label,
    ...(row.texts.length > 0 ? { texts: row.texts } : {}),
    cells: row.cells.map(jsonCell),
    ...(table.totalHeader === null ? {} : { total: jsonCell(row.total) }),
  };
}

/** The report as JSON for other programs: keys next to labels, "." where a count is withheld. */
export function reportJson(view: ReportView, report: PolicyReport): string {
  const document = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    language: view.language,
    title: view.title,
    organisation: view.organisation,
    period: { from: report.options.from, to: report.options.to },
    topics: report.options.topics,
    k: report.options.k,
    yellowDays: report.options.yellowDays,
    suppressedMark: SUPPRESSED_MARK,
    medianDurationDays: report.medianDurationDays ?? SUPPRESSED_MARK,
    sections: view.sections.map((section) => ({
      id: section.id,
      title: section.title,
      tables: section.tables.map((table) => ({
        id: table.id,
        title: table.title,
        rowHeader: table.rowHeader,
        ...(table.textHeaders.length > 0 ? { textHeaders: table.textHeaders } : {}),
        columns: table.columns,
        totalHeader: table.totalHeader,
        rows: table.rows.map((row) => jsonRow(row, table)),
        totalRow: table.totalRow ? jsonRow(table.totalRow, table) : null,
        notes: table.notes,
      })),
      remarks: section.remarks,
    })),
    notes: view.notes,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
