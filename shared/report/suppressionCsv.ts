/**
 * CSV in and out for small-cell suppression (`runder-tisch suppress`). The first row is
 * the header, the first column holds the labels. A row or column labelled Insgesamt,
 * Summe, Gesamt or Total (any case) holds totals. Fields may be quoted ("a;b", ""),
 * the delimiter is ; , or tab (whichever the header uses most), and a UTF-8 byte order
 * mark is accepted and kept. A withheld count is written as "." (the convention of
 * German official statistics); everything else comes out where it came in.
 */
import { fail, ok, type Result } from '../errors/result';
import { isSuppressed, type CountTable, type SuppressedCell, type SuppressedTable } from './suppression';

/** Labels that mark a row or column of totals, compared trimmed and in lower case. */
export const TOTAL_LABELS: readonly string[] = ['insgesamt', 'summe', 'gesamt', 'total'];

/** The mark for a withheld count. */
export const SUPPRESSED_MARK = '.';

const BOM = '\uFEFF';
const DELIMITERS = [';', ',', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

/** How the input looked, so the output can look the same. */
export interface CsvLayout {
  readonly delimiter: Delimiter;
  readonly bom: boolean;
  /** The header row, label column included. */
  readonly header: readonly string[];
  /** The label of every body row in order, the totals row included. */
  readonly bodyLabels: readonly string[];
  /** Index among the body rows of the row of totals. */
  readonly totalRow?: number;
  /** Index among the count columns (label column not counted) of the column of totals. */
  readonly totalCol?: number;
}

/** A parsed CSV table: the counts, and the layout to write the result back in. */
export interface ParsedCountCsv {
  readonly table: CountTable;
  readonly layout: CsvLayout;
}

interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as Delimiter)) counts.set(char as Delimiter, (counts.get(char as Delimiter) ?? 0) + 1);
  }
  return DELIMITERS.reduce((best, d) => ((counts.get(d) ?? 0) > (counts.get(best) ?? 0) ? d : best), DELIMITERS[0]);
}

function splitRecords(text: string, delimiter: Delimiter): Result<CsvRecord[]> {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let at = 0;
  const endRecord = () => {
    fields.push(field);
    // Blank lines (a trailing newline, an empty line between blocks) carry no row.
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (at < text.length) {
    const char = text[at] as string;
    if (char === '"' && field === '') {
      const start = line;
      at += 1;
      for (;;) {
        if (at >= text.length) return fail('validation/invalid', `line ${start}: a quoted field is never closed`);
        const inner = text[at] as string;
        if (inner === '"' && text[at + 1] === '"') {
          field += '"';
          at += 2;
        } else if (inner === '"') {
          at += 1;
          break;
        } else {
          if (inner === '\n') line += 1;
          field += inner;
          at += 1;
        }
      }
      const next = text[at];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        return fail('validation/invalid', `line ${line}: text after the closing quote of a field`);
      }
      continue;
    }
    if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      endRecord();
      if (char === '\r' && text[at + 1] === '\n') at += 1;
      line += 1;
      recordLine = line;
    } else {
      field += char;
    }
    at += 1;
  }
  endRecord();
  return ok(records);
}

function isTotalLabel(label: string): boolean {
  return TOTAL_LABELS.includes(label.trim().toLowerCase());
}

function onlyIndex(indices: readonly number[], what: string): Result<number | undefined> {
  if (indices.length > 1) return fail('validation/invalid', `more than one ${what} of totals (Insgesamt, Summe, Gesamt or Total)`);
  return ok(indices[0]);
}

/** Reads a CSV table of counts; fails with a message naming the line for anything it cannot read. */
export function parseCountTableCsv(input: string): Result<ParsedCountCsv> {
  const bom = input.startsWith(BOM);
  const text = bom ? input.slice(BOM.length) : input;
  const delimiter = detectDelimiter(text);
  const split = splitRecords(text, delimiter);
  if (!split.ok) return split;
  const [headerRecord, ...body] = split.data;
  if (!headerRecord) return fail('validation/invalid', 'the input is empty: expected a header row and rows of counts');
  const header = headerRecord.fields;
  if (header.length < 2) return fail('validation/invalid', 'the header has no columns of counts (delimiter ; , or tab)');
  const wrong = body.find((record) => record.fields.length !== header.length);
  if (wrong) return fail('validation/invalid', `line ${wrong.line} has ${wrong.fields.length} fields, but the header has ${header.length}`);

  const colLabelsAll = header.slice(1);
  const bodyLabels = body.map((record) => record.fields[0] as string);
  const totalRowResult = onlyIndex(bodyLabels.flatMap((label, i) => (isTotalLabel(label) ? [i] : [])), 'row');
  if (!totalRowResult.ok) return totalRowResult;
  const totalColResult = onlyIndex(colLabelsAll.flatMap((label, i) => (isTotalLabel(label) ? [i] : [])), 'column');
  if (!totalColResult.ok) return totalColResult;
  const totalRow = totalRowResult.data;
  const totalCol = totalColResult.data;

  const counts: number[][] = [];
  for (const record of body) {
    const row: number[] = [];
    for (let col = 0; col < colLabelsAll.length; col += 1) {
      const raw = (record.fields[col + 1] as string).trim();
      const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
      if (!Number.isSafeInteger(value)) {
        return fail('validation/invalid', `line ${record.line}, column '${colLabelsAll[col]}': '${raw}' is not a count (a whole number of at least 0)`);
      }
      row.push(value);
    }
    counts.push(row);
  }
  const dataRows = counts.flatMap((_, i) => (i === totalRow ? [] : [i]));
  const dataCols = colLabelsAll.flatMap((_, i) => (i === totalCol ? [] : [i]));
  if (dataRows.length === 0) return fail('validation/invalid', 'the table has no rows of counts besides the totals');
  if (dataCols.length === 0) return fail('validation/invalid', 'the table has no columns of counts besides the totals');
  const at = (r: number, c: number) => counts[r]?.[c] as number;

  const table: CountTable = {
    rowLabels: dataRows.map((r) => bodyLabels[r] as string),
    colLabels: dataCols.map((c) => colLabelsAll[c] as string),
    cells: dataRows.map((r) => dataCols.map((c) => at(r, c))),
    ...(totalCol === undefined ? {} : { rowTotals: dataRows.map((r) => at(r, totalCol)) }),
    ...(totalRow === undefined ? {} : { colTotals: dataCols.map((c) => at(totalRow, c)) }),
    ...(totalRow === undefined || totalCol === undefined ? {} : { grandTotal: at(totalRow, totalCol) }),
  };
  const layout: CsvLayout = {
    delimiter,
    bom,
    header,
    bodyLabels,
    ...(totalRow === undefined ? {} : { totalRow }),
    ...(totalCol === undefined ? {} : { totalCol }),
  };
  return ok({ table, layout });
}

function quote(field: string, delimiter: Delimiter): string {
  return field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function show(cell: SuppressedCell | undefined): string {
  if (!cell) throw new RangeError('the suppressed table does not match the layout of its CSV');
  return isSuppressed(cell) ? SUPPRESSED_MARK : String(cell.value);
}

/** Writes a suppressed table in the layout it was read in, with "." for withheld counts. */
export function formatSuppressedCsv(result: SuppressedTable, layout: CsvLayout): string {
  const dataIndex = (index: number, total: number | undefined) => (total !== undefined && index > total ? index - 1 : index);
  const lines = [layout.header.map((field) => quote(field, layout.delimiter)).join(layout.delimiter)];
  layout.bodyLabels.forEach((label, b) => {
    const r = dataIndex(b, layout.totalRow);
    const fields = [quote(label, layout.delimiter)];
    for (let v = 0; v < layout.header.length - 1; v += 1) {
      const c = dataIndex(v, layout.totalCol);
      if (b === layout.totalRow && v === layout.totalCol) fields.push(show(result.grandTotal));
      else if (b === layout.totalRow) fields.push(show(result.colTotals?.[c]));
      else if (v === layout.totalCol) fields.push(show(result.rowTotals?.[r]));
      else fields.push(show(result.cells[r]?.[c]));
    }
    lines.push(fields.join(layout.delimiter));
  });
  return `${layout.bom ? BOM : ''}${lines.join('\n')}\n`;
}
