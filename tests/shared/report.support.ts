import { formatHlc } from '../../shared/clock/hlc';
import { emptyAgendaItemContent, type AgendaItem, type AgendaItemContent } from '../../shared/model/agendaItem';
import { emptyCaseContent, type Case, type CaseContent } from '../../shared/model/case';
import type { Concern, ConcernContent } from '../../shared/model/concern';
import type { FollowUp, FollowUpContent } from '../../shared/model/followUp';
import type { HistoryEntry, HistoryEntryContent } from '../../shared/model/historyEntry';
import { emptyMeetingContent, type Meeting, type MeetingContent } from '../../shared/model/meeting';
import { stampNew } from '../../shared/model/stamp';
import type { ReportData } from '../../shared/report/reportOptions';
import { determinedUnknowns } from '../../shared/report/linearAlgebra';
import type { LinkGroup } from '../../shared/report/linkedSuppression';
import { isSuppressed, type CellPosition, type SuppressedTable } from '../../shared/report/suppression';
import { cellVar, colTotalVar, constraintMatrix, grandTotalVar, rowTotalVar, variableCount } from '../../shared/report/suppressionGrid';

/**
 * Stored records for the report tests, valid against the exchange's strict schemas
 * (so the same data can be sealed into an exchange file for the command line).
 */

const DEVICE = 'laptop-test';
let serial = 0;

function nextId(prefix: string): string {
  serial += 1;
  return `${prefix}-${String(serial).padStart(8, '0')}`;
}

function ctx(iso: string) {
  const ms = Date.parse(iso);
  return { stamp: formatHlc({ wallMs: ms, counter: serial % 1_000_000, deviceId: DEVICE }), deviceId: DEVICE, nowIso: new Date(ms).toISOString() };
}

/** A live case; created at noon on its opening day unless `createdAt` says otherwise. */
export function makeCase(patch: Partial<CaseContent> & { openedOn: string }, createdAt?: string): Case {
  const id = nextId('case');
  const content: CaseContent = { ...emptyCaseContent(`RT-${serial}`, patch.openedOn), title: 'Fall', topics: ['housing'], ...patch };
  return stampNew(id, content, ctx(createdAt ?? `${patch.openedOn}T12:00:00.000Z`));
}

/** A live follow-up created at the given moment. */
export function makeFollowUp(patch: Partial<FollowUpContent>, createdAt: string): FollowUp {
  const content: FollowUpContent = {
    title: 'Aufgabe',
    details: '',
    caseId: null,
    agendaItemId: null,
    ownerId: null,
    dueOn: null,
    status: 'open',
    waitingOnThirdParty: false,
    blockedReason: '',
    blockedCategory: null,
    completionNote: '',
    lightOverride: null,
    ...patch,
  };
  return stampNew(nextId('fu'), content, ctx(createdAt));
}

/** A meeting on a day, held unless said otherwise. */
export function makeMeeting(date: string, patch: Partial<MeetingContent> = {}): Meeting {
  return stampNew(nextId('meeting'), { ...emptyMeetingContent(date, '18:00', 120, 'Rathaus'), state: 'held', ...patch }, ctx(`${date}T08:00:00.000Z`));
}

/** An agenda item of a meeting discussing cases. */
export function makeAgendaItem(meetingId: string, caseIds: string[], patch: Partial<AgendaItemContent> = {}): AgendaItem {
  return stampNew(nextId('item'), { ...emptyAgendaItemContent(meetingId, 'Fallbesprechung', 'case', 1), caseIds, ...patch }, ctx('2026-01-01T08:00:00.000Z'));
}

/** A concern; approved when `approved` is true. */
export function makeConcern(statement: string, approved: boolean, caseIds: string[] = [], patch: Partial<ConcernContent> = {}): Concern {
  const content: ConcernContent = {
    title: 'Interner Titel',
    description: 'Interne Beschreibung',
    publicStatement: statement,
    statementApprovedAt: approved ? '2026-01-05T10:00:00.000Z' : null,
    status: 'collected',
    addressees: [],
    raisedOn: null,
    answeredOn: null,
    answer: '',
    caseIds,
    ...patch,
  };
  return stampNew(nextId('concern'), content, ctx('2026-01-01T08:00:00.000Z'));
}

/** A history entry recorded at a moment. */
export function makeHistory(patch: Pick<HistoryEntryContent, 'kind' | 'entityId'> & Partial<HistoryEntryContent>, at: string): HistoryEntry {
  const content: HistoryEntryContent = { caseId: null, memberId: null, from: null, to: null, light: null, reason: '', ...patch, at };
  return stampNew(nextId('hist'), content, ctx(at));
}

/** Report data with nothing but what is given. */
export function reportData(parts: Partial<{ -readonly [K in keyof ReportData]: ReportData[K] }>): ReportData {
  return { cases: [], followUps: [], meetings: [], agendaItems: [], concerns: [], history: [], ...parts };
}

/** Every count a suppressed table shows (withheld ones left out), computed totals not included. */
export function shownCounts(table: SuppressedTable): number[] {
  const cells = [...table.cells.flat(), ...(table.rowTotals ?? []), ...(table.colTotals ?? []), ...(table.grandTotal ? [table.grandTotal] : [])];
  return cells.flatMap((cell) => (isSuppressed(cell) ? [] : [cell.value]));
}

/** Fields of one CSV record list (";" delimited, quotes as written by the report). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i] as string;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i += 1;
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || fields.length > 0) records.push([...fields, field]);
  return records;
}

/** A count as written in a table cell ("." withheld → null; 1.234 or 1,234 → 1234); undefined for text. */
export function readCount(text: string): number | null | undefined {
  const cell = text.trim();
  if (cell === '.') return null;
  if (/^\d{1,3}([.,\u202f\u00a0]\d{3})*$/.test(cell) || /^\d+$/.test(cell)) return Number(cell.replace(/[.,\u202f\u00a0]/g, ''));
  return undefined;
}

/** Every count in the tables of a Markdown report: cells after the label column, header rows skipped. */
export function markdownCounts(markdown: string): (number | null)[] {
  const counts: (number | null)[] = [];
  let inTable = false;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    const cells = line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim());
    if (!inTable) {
      inTable = true; // the header row
      continue;
    }
    if (cells.every((cell) => /^-+:?$/.test(cell))) continue;
    for (const cell of cells.slice(1)) {
      const count = readCount(cell);
      if (count !== undefined) counts.push(count);
    }
  }
  return counts;
}

/** Every count in a CSV table: fields after the label column, the header row skipped. */
export function csvCounts(text: string): (number | null)[] {
  return parseCsv(text)
    .slice(1)
    .flatMap((record) => record.slice(1).flatMap((field) => {
      const count = readCount(field);
      return count === undefined ? [] : [count];
    }));
}

interface JsonRow {
  cells: (number | string)[];
  total?: number | string;
}
interface JsonReport {
  sections: { tables: { rows: JsonRow[]; totalRow: JsonRow | null }[] }[];
}

/** Every count in the JSON report's tables ("." → null). */
export function jsonCounts(json: string): (number | null)[] {
  const report = JSON.parse(json) as JsonReport;
  const rows = report.sections.flatMap((s) => s.tables.flatMap((t) => [...t.rows, ...(t.totalRow ? [t.totalRow] : [])]));
  return rows.flatMap((row) => [...row.cells, ...(row.total === undefined ? [] : [row.total])]).map((cell) => (cell === '.' ? null : (cell as number)));
}

/** Withheld counts (as "table:variable") that follow from all tables together, linked places being equal: an independent oracle
 * for shared totals, built here from the equations rather than taken from the code under test. */
export function jointlyDetermined(tables: ReadonlyMap<string, SuppressedTable>, links: readonly LinkGroup[]): string[] {
  const entries = [...tables];
  const offsets = new Map<string, number>();
  let size = 0;
  for (const [id, table] of entries) {
    offsets.set(id, size);
    size += variableCount({ rows: table.rowLabels.length, cols: table.colLabels.length });
  }
  const indexOf = (id: string, position: CellPosition) => {
    const table = tables.get(id) as SuppressedTable;
    const shape = { rows: table.rowLabels.length, cols: table.colLabels.length };
    const local =
      position.kind === 'cell'
        ? cellVar(shape, position.row, position.col)
        : position.kind === 'rowTotal'
          ? rowTotalVar(shape, position.row)
          : position.kind === 'colTotal'
            ? colTotalVar(shape, position.col)
            : grandTotalVar(shape);
    return (offsets.get(id) as number) + local;
  };
  const rows: number[][] = [];
  const withheld: string[] = [];
  for (const [id, table] of entries) {
    const shape = { rows: table.rowLabels.length, cols: table.colLabels.length };
    for (const equation of constraintMatrix(shape)) {
      const wide = new Array<number>(size).fill(0);
      equation.forEach((c, v) => (wide[(offsets.get(id) as number) + v] = c));
      rows.push(wide);
    }
    const slots: CellPosition[] = [
      ...table.cells.flatMap((row, r) => row.map((_, c) => ({ kind: 'cell', row: r, col: c }) as const)),
      ...table.rowLabels.map((_, r) => ({ kind: 'rowTotal', row: r }) as const),
      ...table.colLabels.map((_, c) => ({ kind: 'colTotal', col: c }) as const),
      { kind: 'grandTotal' },
    ];
    const cellAt = (p: CellPosition) =>
      p.kind === 'cell'
        ? table.cells[p.row]?.[p.col]
        : p.kind === 'rowTotal'
          ? (table.rowTotals ?? table.computedTotals.rowTotals)?.[p.row]
          : p.kind === 'colTotal'
            ? (table.colTotals ?? table.computedTotals.colTotals)?.[p.col]
            : (table.grandTotal ?? table.computedTotals.grandTotal);
    for (const p of slots) {
      const cell = cellAt(p);
      if (cell && isSuppressed(cell)) withheld.push(`${id}:${indexOf(id, p)}`);
    }
  }
  for (const group of links) {
    const [first, ...rest] = group;
    for (const other of first ? rest : []) {
      const wide = new Array<number>(size).fill(0);
      wide[indexOf(first?.tableId ?? '', first?.position ?? { kind: 'grandTotal' })] = 1;
      const at = indexOf(other.tableId, other.position);
      wide[at] = (wide[at] as number) - 1;
      rows.push(wide);
    }
  }
  const unknowns = withheld.map((w) => Number(w.split(':').pop()));
  const restricted = rows.map((row) => unknowns.map((u) => row[u] as number)).filter((row) => row.some((e) => e !== 0));
  const determined = determinedUnknowns(restricted, unknowns.length);
  return withheld.filter((_, i) => determined[i]);
}

