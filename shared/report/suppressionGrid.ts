/**
 * The arithmetic behind small-cell suppression, on a table seen as a list of
 * variables: the interior cells row by row, then the row totals, the column totals
 * and the grand total. A reader knows the published variables and these equations:
 *
 *   row i:    Σ_j cell(i,j) − rowTotal(i) = 0
 *   column j: Σ_i cell(i,j) − colTotal(j) = 0
 *   totals:   Σ_i rowTotal(i) − grandTotal = 0,  Σ_j colTotal(j) − grandTotal = 0
 *
 * The same equations are the flow conservation of a small network: row nodes, column
 * nodes, a source S and a sink T, with cell(i,j) the edge row i — column j,
 * rowTotal(i) the edge S — row i, colTotal(j) the edge column j — T and the grand
 * total the edge T — S. A suppressed variable can be recovered exactly when no cycle
 * of suppressed edges passes through it; the secondary suppression uses this picture
 * to choose cells, while the decision itself is always the exact linear algebra below.
 */
import { determinedUnknowns } from './linearAlgebra';

/** The size of a table without its totals. */
export interface GridShape {
  readonly rows: number;
  readonly cols: number;
}

/** Index of the interior cell (row, col). */
export function cellVar(shape: GridShape, row: number, col: number): number {
  return row * shape.cols + col;
}

/** Index of the total of a row. */
export function rowTotalVar(shape: GridShape, row: number): number {
  return shape.rows * shape.cols + row;
}

/** Index of the total of a column. */
export function colTotalVar(shape: GridShape, col: number): number {
  return shape.rows * shape.cols + shape.rows + col;
}

/** Index of the grand total. */
export function grandTotalVar(shape: GridShape): number {
  return shape.rows * shape.cols + shape.rows + shape.cols;
}

/** How many variables (cells and totals) the table has. */
export function variableCount(shape: GridShape): number {
  return grandTotalVar(shape) + 1;
}

/** True for a total (row, column or grand), false for an interior cell. */
export function isTotalVar(shape: GridShape, variable: number): boolean {
  return variable >= shape.rows * shape.cols;
}

/** The equations between the variables, one row of coefficients each. */
export function constraintMatrix(shape: GridShape): number[][] {
  const size = variableCount(shape);
  const equation = (terms: readonly (readonly [number, number])[]) => {
    const row = new Array<number>(size).fill(0);
    for (const [variable, coefficient] of terms) row[variable] = coefficient;
    return row;
  };
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return [
    ...range(shape.rows).map((r) =>
      equation([...range(shape.cols).map((c) => [cellVar(shape, r, c), 1] as const), [rowTotalVar(shape, r), -1]]),
    ),
    ...range(shape.cols).map((c) =>
      equation([...range(shape.rows).map((r) => [cellVar(shape, r, c), 1] as const), [colTotalVar(shape, c), -1]]),
    ),
    equation([...range(shape.rows).map((r) => [rowTotalVar(shape, r), 1] as const), [grandTotalVar(shape), -1]]),
    equation([...range(shape.cols).map((c) => [colTotalVar(shape, c), 1] as const), [grandTotalVar(shape), -1]]),
  ];
}

/**
 * The withheld variables whose value follows from the published ones and the equations,
 * in index order. Decided exactly: the published variables move to the right-hand side,
 * and a withheld one is recoverable when its unit vector lies in the row space of the
 * equations restricted to the withheld variables.
 */
export function recoverableVariables(shape: GridShape, withheld: readonly boolean[]): number[] {
  const unknowns = withheld.flatMap((isWithheld, variable) => (isWithheld ? [variable] : []));
  if (unknowns.length === 0) return [];
  const restricted = constraintMatrix(shape)
    .map((row) => unknowns.map((variable) => row[variable] as number))
    .filter((row) => row.some((entry) => entry !== 0));
  const determined = determinedUnknowns(restricted, unknowns.length);
  return unknowns.filter((_, index) => determined[index]);
}

/** The two network nodes a variable connects (rows, then columns, then S and T). */
export function edgeEnds(shape: GridShape, variable: number): readonly [number, number] {
  const source = shape.rows + shape.cols;
  const sink = source + 1;
  const interior = shape.rows * shape.cols;
  if (variable < interior) return [Math.floor(variable / shape.cols), shape.rows + (variable % shape.cols)];
  if (variable < interior + shape.rows) return [source, variable - interior];
  if (variable < interior + shape.rows + shape.cols) return [shape.rows + (variable - interior - shape.rows), sink];
  return [sink, source];
}

// Cost of a path, compared in this order: totals used, sum of values given up, cells given up.
type Cost = readonly [number, number, number];

function cheaper(a: Cost, b: Cost): boolean {
  return a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
}

/**
 * The published variables to withhold so that a cycle of withheld variables runs through
 * `exposed` (which then can no longer be recovered): the cheapest path between its two
 * ends, where withheld variables are free, zeros are never used, interior cells cost their
 * value and totals are used only when no path through interior cells exists. Ties go to
 * the lower node and variable index, so the choice is deterministic.
 */
export function protectionPath(shape: GridShape, values: readonly number[], withheld: readonly boolean[], exposed: number): number[] {
  const nodeCount = shape.rows + shape.cols + 2;
  const [start, goal] = edgeEnds(shape, exposed);
  const adjacency: number[][] = Array.from({ length: nodeCount }, () => []);
  values.forEach((value, variable) => {
    if (variable === exposed || (!withheld[variable] && value === 0)) return;
    const [a, b] = edgeEnds(shape, variable);
    adjacency[a]?.push(variable);
    adjacency[b]?.push(variable);
  });

  const cost = (variable: number): Cost =>
    withheld[variable] ? [0, 0, 0] : [isTotalVar(shape, variable) ? 1 : 0, values[variable] as number, 1];
  const dist = new Array<Cost | undefined>(nodeCount).fill(undefined);
  const via = new Array<number | undefined>(nodeCount).fill(undefined);
  const done = new Array<boolean>(nodeCount).fill(false);
  dist[start] = [0, 0, 0];
  for (;;) {
    let node = -1;
    for (let candidate = 0; candidate < nodeCount; candidate += 1) {
      const d = dist[candidate];
      const best = dist[node];
      if (!done[candidate] && d && (node === -1 || (best && cheaper(d, best)))) node = candidate;
    }
    if (node === -1 || node === goal) break;
    done[node] = true;
    const here = dist[node] as Cost;
    for (const variable of adjacency[node] ?? []) {
      const [a, b] = edgeEnds(shape, variable);
      const next = a === node ? b : a;
      const step = cost(variable);
      const through: Cost = [here[0] + step[0], here[1] + step[1], here[2] + step[2]];
      const known = dist[next];
      if (!done[next] && (!known || cheaper(through, known))) {
        dist[next] = through;
        via[next] = variable;
      }
    }
  }
  if (!dist[goal]) return [];
  const path: number[] = [];
  for (let node = goal; node !== start; ) {
    const variable = via[node] as number;
    if (!withheld[variable]) path.push(variable);
    const [a, b] = edgeEnds(shape, variable);
    node = a === node ? b : a;
  }
  return path.sort((x, y) => x - y);
}
