/**
 * Small-cell suppression for tables of counts that leave the round table
 * (reports for politics and administration, the `suppress` command).
 *
 * Primary: every count from 1 to k−1 is withheld, totals included. k defaults to 3
 * and is never below 3. Zeros are published: they say nothing about a person.
 *
 * Secondary: a withheld count must not be recoverable from the published counts and
 * the row, column and grand totals. Whether it is recoverable is decided by exact
 * linear algebra (./suppressionGrid.ts, ./linearAlgebra.ts), never by a rule of thumb
 * such as "two withheld cells per row and column", which leaks when the withheld
 * cells form groups joined by a single cell.
 *
 * The heuristic, repeated until the exact check finds nothing:
 *  1. Take the first recoverable withheld count (cells row by row, then row totals,
 *     column totals, grand total).
 *  2. Withhold the published counts along the cheapest chain that closes a cycle of
 *     withheld counts through it: a count on such a cycle can move by +1/−1 around the
 *     cycle without changing any total, so it is no longer determined. In a 2-D table
 *     that chain starts with a cell in the same row and ends with one in the same
 *     column. Cheapest means: as few totals as possible (totals only when interior
 *     cells cannot protect it), then the smallest sum of counts given up (least
 *     information lost), then the fewest cells; ties go to the lower row and column.
 *     Zeros are never withheld as secondary cells.
 *  3. Check again. Withholding more never makes a protected count recoverable, every
 *     round withholds at least one more count, and a chain through the totals always
 *     exists, so the loop ends after at most one round per count.
 *
 * A table without totals is checked as if its totals were published next to it (a
 * reader may know them from elsewhere): they are computed, suppressed by the same
 * rules, and returned in `computedTotals`. Those that end up withheld must not be
 * published anywhere else.
 */
import { fail, ok, type Result } from '../errors/result';
import {
  cellVar,
  colTotalVar,
  grandTotalVar,
  protectionPath,
  recoverableVariables,
  rowTotalVar,
  variableCount,
  type GridShape,
} from './suppressionGrid';

/** The smallest k allowed: counts 1 and 2 are always withheld. */
export const MIN_K = 3;
/** The k used unless the user asks for a larger one. */
export const DEFAULT_K = 3;

/** A two-way table of counts; totals are optional and checked when given. */
export interface CountTable {
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  readonly cells: readonly (readonly number[])[];
  readonly rowTotals?: readonly number[];
  readonly colTotals?: readonly number[];
  readonly grandTotal?: number;
}

/** A published count, or a withheld one with the reason it is withheld. */
export type SuppressedCell = { readonly value: number } | { readonly suppressed: 'primary' | 'secondary' };

/** Totals in the shape of the table, each part optional. */
export interface TableTotals {
  readonly rowTotals?: readonly SuppressedCell[];
  readonly colTotals?: readonly SuppressedCell[];
  readonly grandTotal?: SuppressedCell;
}

/** A table after suppression: the input's shape, with the totals the input carried. */
export interface SuppressedTable extends TableTotals {
  readonly k: number;
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  readonly cells: readonly (readonly SuppressedCell[])[];
  /** The totals the input did not carry, computed and protected as if published; never shown. */
  readonly computedTotals: TableTotals;
}

/** Where a count sits in a table. */
export type CellPosition =
  | { readonly kind: 'cell'; readonly row: number; readonly col: number }
  | { readonly kind: 'rowTotal'; readonly row: number }
  | { readonly kind: 'colTotal'; readonly col: number }
  | { readonly kind: 'grandTotal' };

/** What verifyNoRecovery found: safe when no small count is shown and nothing withheld can be recovered. */
export interface RecoveryCheck {
  readonly safe: boolean;
  readonly smallPublished: readonly CellPosition[];
  readonly recoverable: readonly CellPosition[];
}

/** True when the value is a whole number of at least MIN_K. */
export function isValidK(k: number): boolean {
  return Number.isSafeInteger(k) && k >= MIN_K;
}

/** True when the cell is withheld. */
export function isSuppressed(cell: SuppressedCell): cell is { readonly suppressed: 'primary' | 'secondary' } {
  return 'suppressed' in cell;
}

function positionOf(shape: GridShape, variable: number): CellPosition {
  const interior = shape.rows * shape.cols;
  if (variable < interior) return { kind: 'cell', row: Math.floor(variable / shape.cols), col: variable % shape.cols };
  if (variable < interior + shape.rows) return { kind: 'rowTotal', row: variable - interior };
  if (variable < interior + shape.rows + shape.cols) return { kind: 'colTotal', col: variable - interior - shape.rows };
  return { kind: 'grandTotal' };
}

const sum = (numbers: readonly number[]) => numbers.reduce((acc, n) => acc + n, 0);

function validationError(table: CountTable): string | undefined {
  const rows = table.rowLabels.length;
  const cols = table.colLabels.length;
  if (rows === 0 || cols === 0) return 'the table needs at least one row and one column of counts';
  if (table.cells.length !== rows || table.cells.some((row) => row.length !== cols)) {
    return `the table has ${rows} row labels and ${cols} column labels, but its cells do not form ${rows} rows of ${cols}`;
  }
  if (table.rowTotals && table.rowTotals.length !== rows) return `there are ${table.rowTotals.length} row totals for ${rows} rows`;
  if (table.colTotals && table.colTotals.length !== cols) return `there are ${table.colTotals.length} column totals for ${cols} columns`;
  const counts = [...table.cells.flat(), ...(table.rowTotals ?? []), ...(table.colTotals ?? []), ...(table.grandTotal === undefined ? [] : [table.grandTotal])];
  const bad = counts.find((n) => !Number.isSafeInteger(n) || n < 0);
  if (bad !== undefined) return `counts must be whole numbers of at least 0, got ${bad}`;
  for (let r = 0; r < rows; r += 1) {
    const given = table.rowTotals?.[r];
    const added = sum(table.cells[r] ?? []);
    if (given !== undefined && given !== added) return `the total of row '${table.rowLabels[r]}' is ${given}, but its cells add up to ${added}`;
  }
  for (let c = 0; c < cols; c += 1) {
    const given = table.colTotals?.[c];
    const added = sum(table.cells.map((row) => row[c] ?? 0));
    if (given !== undefined && given !== added) return `the total of column '${table.colLabels[c]}' is ${given}, but its cells add up to ${added}`;
  }
  const grand = sum(table.cells.flat());
  if (table.grandTotal !== undefined && table.grandTotal !== grand) return `the grand total is ${table.grandTotal}, but the cells add up to ${grand}`;
  return undefined;
}

/**
 * Withholds every count from 1 to k−1 and then further counts until nothing withheld
 * can be recovered (see the header). Fails with validation/invalid for k < 3, negative or
 * fractional counts, or totals that do not match the cells.
 */
export function suppressTable(table: CountTable, k: number = DEFAULT_K): Result<SuppressedTable> {
  if (!isValidK(k)) return fail('validation/invalid', `k must be a whole number of at least ${MIN_K}, got ${k}`);
  const problem = validationError(table);
  if (problem) return fail('validation/invalid', problem);

  const shape: GridShape = { rows: table.rowLabels.length, cols: table.colLabels.length };
  const values = new Array<number>(variableCount(shape)).fill(0);
  table.cells.forEach((row, r) => row.forEach((value, c) => (values[cellVar(shape, r, c)] = value)));
  table.cells.forEach((row, r) => (values[rowTotalVar(shape, r)] = sum(row)));
  table.colLabels.forEach((_, c) => (values[colTotalVar(shape, c)] = sum(table.cells.map((row) => row[c] ?? 0))));
  values[grandTotalVar(shape)] = sum(table.cells.flat());

  const state = values.map((value): 'published' | 'primary' | 'secondary' => (value >= 1 && value < k ? 'primary' : 'published'));
  // Bounded by the number of counts: every round withholds at least one more.
  let safe = false;
  for (let round = 0; round <= values.length; round += 1) {
    const withheld = state.map((s) => s !== 'published');
    const exposed = recoverableVariables(shape, withheld)[0];
    if (exposed === undefined) {
      safe = true;
      break;
    }
    const path = protectionPath(shape, values, withheld, exposed);
    // Unreachable by the argument in the header; withholding every non-zero count is always safe.
    const chosen = path.length > 0 ? path : values.flatMap((value, v) => (value > 0 && !withheld[v] ? [v] : []));
    for (const variable of chosen) state[variable] = 'secondary';
  }
  // Never hand out a table the check has not passed, however unlikely.
  if (!safe) return fail('unknown', 'small-cell suppression did not converge; the table was not released');

  const cell = (variable: number): SuppressedCell => {
    const s = state[variable];
    return s === 'primary' || s === 'secondary' ? { suppressed: s } : { value: values[variable] as number };
  };
  const rowTotals = table.rowLabels.map((_, r) => cell(rowTotalVar(shape, r)));
  const colTotals = table.colLabels.map((_, c) => cell(colTotalVar(shape, c)));
  const grandTotal = cell(grandTotalVar(shape));
  const grandGiven = table.grandTotal !== undefined;
  return ok({
    k,
    rowLabels: [...table.rowLabels],
    colLabels: [...table.colLabels],
    cells: table.cells.map((row, r) => row.map((_, c) => cell(cellVar(shape, r, c)))),
    ...(table.rowTotals ? { rowTotals } : {}),
    ...(table.colTotals ? { colTotals } : {}),
    ...(grandGiven ? { grandTotal } : {}),
    computedTotals: {
      ...(table.rowTotals ? {} : { rowTotals }),
      ...(table.colTotals ? {} : { colTotals }),
      ...(grandGiven ? {} : { grandTotal }),
    },
  });
}

/**
 * Checks a suppressed table exactly: no count from 1 to k−1 is shown (totals included,
 * computed ones too) and no withheld count follows from the shown counts and the totals.
 * A total missing from both the table and computedTotals counts as known to the reader.
 */
export function verifyNoRecovery(result: SuppressedTable): RecoveryCheck {
  const shape: GridShape = { rows: result.rowLabels.length, cols: result.colLabels.length };
  const slots: (SuppressedCell | undefined)[] = new Array<SuppressedCell | undefined>(variableCount(shape)).fill(undefined);
  result.cells.forEach((row, r) => row.forEach((c, col) => (slots[cellVar(shape, r, col)] = c)));
  const rowTotals = result.rowTotals ?? result.computedTotals.rowTotals;
  const colTotals = result.colTotals ?? result.computedTotals.colTotals;
  rowTotals?.forEach((c, r) => (slots[rowTotalVar(shape, r)] = c));
  colTotals?.forEach((c, col) => (slots[colTotalVar(shape, col)] = c));
  slots[grandTotalVar(shape)] = result.grandTotal ?? result.computedTotals.grandTotal;

  const smallPublished = slots.flatMap((c, v) => (c && !isSuppressed(c) && c.value >= 1 && c.value < result.k ? [positionOf(shape, v)] : []));
  const withheld = slots.map((c) => c !== undefined && isSuppressed(c));
  const recoverable = recoverableVariables(shape, withheld).map((v) => positionOf(shape, v));
  return { safe: smallPublished.length === 0 && recoverable.length === 0, smallPublished, recoverable };
}
