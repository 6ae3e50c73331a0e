/**
 * Small-cell suppression for tables that are published together and share totals.
 *
 * A report shows the same number in more than one table: the cases of the period are
 * the grand total of the case table, of the residence-status table and of the age-band
 * table. suppressTable protects each table on its own; a total it withholds in one
 * table would be worthless if another table shows it (or lets it be added up), and a
 * withheld count could then be recovered after all. So, after suppressTable has done
 * each table:
 *
 *  1. Every group of linked totals is withheld everywhere as soon as it is withheld
 *     anywhere; the table that must now withhold a total withholds further counts
 *     (the same cheapest-cycle step as suppressTable) until nothing in it is recoverable.
 *  2. All tables are then checked together by exact linear algebra: the equations of
 *     every table plus "these totals are equal". A count that only the combination
 *     reveals gets a cycle of withheld counts inside its own table that avoids the
 *     linked totals (so moving along it changes nothing another table shows); if there
 *     is none, every non-zero count of that table is withheld, which is always safe.
 *  3. Repeat until nothing changes. Every round withholds at least one more count, so
 *     this ends. The result is refused unless every table passes verifyNoRecovery and
 *     the joint check finds nothing.
 */
import { fail, ok, type Result } from '../errors/result';
import { determinedUnknowns } from './linearAlgebra';
import { isSuppressed, suppressTable, verifyNoRecovery, type CellPosition, type CountTable, type SuppressedCell, type SuppressedTable, type TableTotals } from './suppression';
import {
  cellVar,
  colTotalVar,
  constraintMatrix,
  grandTotalVar,
  protectionPath,
  recoverableVariables,
  rowTotalVar,
  variableCount,
  type GridShape,
} from './suppressionGrid';

/** One table of a set published together. */
export interface LinkedTableInput {
  readonly id: string;
  readonly table: CountTable;
}

/** A place in one of the tables. */
export interface LinkedPosition {
  readonly tableId: string;
  readonly position: CellPosition;
}

/** Places that hold the same number, e.g. the grand totals of two tables about the same cases. */
export type LinkGroup = readonly LinkedPosition[];

type CellState = 'published' | 'primary' | 'secondary';

interface TableState {
  readonly input: LinkedTableInput;
  readonly shape: GridShape;
  readonly values: readonly number[];
  readonly state: CellState[];
}

function variableOf(shape: GridShape, position: CellPosition): number {
  switch (position.kind) {
    case 'cell':
      return cellVar(shape, position.row, position.col);
    case 'rowTotal':
      return rowTotalVar(shape, position.row);
    case 'colTotal':
      return colTotalVar(shape, position.col);
    case 'grandTotal':
      return grandTotalVar(shape);
  }
}

function stateOfCell(cell: SuppressedCell | undefined): CellState {
  return cell && isSuppressed(cell) ? cell.suppressed : 'published';
}

function valueOfCell(cell: SuppressedCell | undefined, fallback: number): number {
  return cell && !isSuppressed(cell) ? cell.value : fallback;
}

const sum = (numbers: readonly number[]) => numbers.reduce((acc, n) => acc + n, 0);

function stateFrom(input: LinkedTableInput, result: SuppressedTable): TableState {
  const { table } = input;
  const shape: GridShape = { rows: table.rowLabels.length, cols: table.colLabels.length };
  const values = new Array<number>(variableCount(shape)).fill(0);
  const state = new Array<CellState>(variableCount(shape)).fill('published');
  const rowTotals = result.rowTotals ?? result.computedTotals.rowTotals;
  const colTotals = result.colTotals ?? result.computedTotals.colTotals;
  const grand = result.grandTotal ?? result.computedTotals.grandTotal;
  table.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      values[cellVar(shape, r, c)] = value;
      state[cellVar(shape, r, c)] = stateOfCell(result.cells[r]?.[c]);
    }),
  );
  table.cells.forEach((row, r) => {
    values[rowTotalVar(shape, r)] = valueOfCell(rowTotals?.[r], sum(row));
    state[rowTotalVar(shape, r)] = stateOfCell(rowTotals?.[r]);
  });
  table.colLabels.forEach((_, c) => {
    values[colTotalVar(shape, c)] = sum(table.cells.map((row) => row[c] ?? 0));
    state[colTotalVar(shape, c)] = stateOfCell(colTotals?.[c]);
  });
  values[grandTotalVar(shape)] = sum(table.cells.flat());
  state[grandTotalVar(shape)] = stateOfCell(grand);
  return { input, shape, values, state };
}

const withheldOf = (table: TableState) => table.state.map((s) => s !== 'published');

/** Withholds further counts of one table until none of its withheld counts is recoverable from it. */
function protectAlone(table: TableState): void {
  for (let round = 0; round <= table.values.length; round += 1) {
    const withheld = withheldOf(table);
    const exposed = recoverableVariables(table.shape, withheld)[0];
    if (exposed === undefined) return;
    const path = protectionPath(table.shape, table.values, withheld, exposed);
    withholdAll(table, path.length > 0 ? path : nonZero(table));
  }
}

function nonZero(table: TableState): number[] {
  return table.values.flatMap((value, v) => (value > 0 ? [v] : []));
}

function withholdAll(table: TableState, variables: readonly number[]): boolean {
  let changed = false;
  for (const v of variables) {
    if (table.state[v] !== 'published') continue;
    table.state[v] = 'secondary';
    changed = true;
  }
  return changed;
}

interface Located {
  readonly table: TableState;
  readonly variable: number;
}

function locate(tables: ReadonlyMap<string, TableState>, links: readonly LinkGroup[]): Located[][] {
  return links.map((group) =>
    group.map((member) => {
      const table = tables.get(member.tableId);
      if (!table) throw new RangeError(`a link names the table '${member.tableId}', which is not in the set`);
      return { table, variable: variableOf(table.shape, member.position) };
    }),
  );
}

/** Withheld counts that follow from everything published in all tables together, linked totals being equal. */
function jointlyRecoverable(tables: readonly TableState[], groups: readonly Located[][]): Located[] {
  const offsets = new Map<TableState, number>();
  let size = 0;
  for (const table of tables) {
    offsets.set(table, size);
    size += table.values.length;
  }
  const at = (located: Located) => (offsets.get(located.table) as number) + located.variable;
  const equations: number[][] = [];
  for (const table of tables) {
    const offset = offsets.get(table) as number;
    for (const row of constraintMatrix(table.shape)) {
      const wide = new Array<number>(size).fill(0);
      row.forEach((coefficient, v) => (wide[offset + v] = coefficient));
      equations.push(wide);
    }
  }
  for (const group of groups) {
    const [first, ...rest] = group;
    for (const other of first ? rest : []) {
      const wide = new Array<number>(size).fill(0);
      wide[at(first as Located)] = 1;
      wide[at(other)] = (wide[at(other)] as number) - 1;
      equations.push(wide);
    }
  }
  const unknowns: Located[] = tables.flatMap((table) => table.state.flatMap((s, variable) => (s === 'published' ? [] : [{ table, variable }])));
  if (unknowns.length === 0) return [];
  const restricted = equations.map((row) => unknowns.map((u) => row[at(u)] as number)).filter((row) => row.some((e) => e !== 0));
  const determined = determinedUnknowns(restricted, unknowns.length);
  return unknowns.filter((_, index) => determined[index]);
}

/** Withholds every member of a group as soon as one is withheld; returns the tables that changed. */
function spreadWithholding(groups: readonly Located[][]): Set<TableState> {
  const changed = new Set<TableState>();
  for (const group of groups) {
    if (!group.some((m) => m.table.state[m.variable] !== 'published')) continue;
    for (const member of group) if (withholdAll(member.table, [member.variable])) changed.add(member.table);
  }
  return changed;
}

/** A cycle of withheld counts through `variable` inside its table that avoids every linked total, or []. */
function pathAvoidingLinks(table: TableState, variable: number, groups: readonly Located[][]): number[] {
  const linked = new Set(groups.flatMap((group) => group.filter((m) => m.table === table).map((m) => m.variable)));
  // A linked total shown as a published zero is never used by protectionPath.
  const values = table.values.map((value, v) => (linked.has(v) ? 0 : value));
  const withheld = withheldOf(table).map((w, v) => w && !linked.has(v));
  return protectionPath(table.shape, values, withheld, variable);
}

function toSuppressed(table: TableState, k: number): SuppressedTable {
  const { shape, values, state, input } = table;
  const cell = (v: number): SuppressedCell => {
    const s = state[v];
    return s === 'primary' || s === 'secondary' ? { suppressed: s } : { value: values[v] as number };
  };
  const rowTotals = input.table.rowLabels.map((_, r) => cell(rowTotalVar(shape, r)));
  const colTotals = input.table.colLabels.map((_, c) => cell(colTotalVar(shape, c)));
  const grandTotal = cell(grandTotalVar(shape));
  const given = input.table;
  const computed: TableTotals = {
    ...(given.rowTotals ? {} : { rowTotals }),
    ...(given.colTotals ? {} : { colTotals }),
    ...(given.grandTotal === undefined ? { grandTotal } : {}),
  };
  return {
    k,
    rowLabels: [...given.rowLabels],
    colLabels: [...given.colLabels],
    cells: given.cells.map((row, r) => row.map((_, c) => cell(cellVar(shape, r, c)))),
    ...(given.rowTotals ? { rowTotals } : {}),
    ...(given.colTotals ? { colTotals } : {}),
    ...(given.grandTotal === undefined ? {} : { grandTotal }),
    computedTotals: computed,
  };
}

/**
 * Suppresses tables that are published together (see the header): each through
 * suppressTable, then jointly so that no linked total undoes another table's protection.
 * Fails like suppressTable, and refuses (code unknown) to return tables that fail the check.
 */
export function suppressLinkedTables(inputs: readonly LinkedTableInput[], links: readonly LinkGroup[], k: number): Result<ReadonlyMap<string, SuppressedTable>> {
  const tables = new Map<string, TableState>();
  for (const input of inputs) {
    if (tables.has(input.id)) return fail('validation/invalid', `two tables are called '${input.id}'`);
    const alone = suppressTable(input.table, k);
    if (!alone.ok) return fail(alone.error.code, `table '${input.id}': ${alone.error.message}`);
    tables.set(input.id, stateFrom(input, alone.data));
  }
  const groups = locate(tables, links);
  const all = [...tables.values()];
  const bound = all.reduce((acc, t) => acc + t.values.length, 0) + 2;
  let settled = false;
  for (let round = 0; round <= bound && !settled; round += 1) {
    // Spreading and protecting only ever withhold more, so this inner loop ends too.
    for (let changed = spreadWithholding(groups), step = 0; changed.size > 0 && step <= bound; changed = spreadWithholding(groups), step += 1) {
      for (const table of changed) protectAlone(table);
    }
    const exposed = jointlyRecoverable(all, groups)[0];
    if (exposed === undefined) {
      settled = true;
      break;
    }
    const path = pathAvoidingLinks(exposed.table, exposed.variable, groups);
    if (!withholdAll(exposed.table, path)) withholdAll(exposed.table, nonZero(exposed.table));
    protectAlone(exposed.table);
  }
  const results = new Map(all.map((t) => [t.input.id, toSuppressed(t, k)] as const));
  // Never hand out tables the exact checks have not passed, however unlikely.
  const unsafe = [...results].find(([, table]) => !verifyNoRecovery(table).safe);
  if (!settled || unsafe || jointlyRecoverable(all, groups).length > 0) {
    return fail('unknown', `small-cell suppression of the linked tables did not converge${unsafe ? ` (table '${unsafe[0]}')` : ''}; nothing was released`);
  }
  return ok(results);
}
