import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determinedUnknowns, rank } from '../../shared/report/linearAlgebra';
import {
  cellVar,
  colTotalVar,
  constraintMatrix,
  edgeEnds,
  grandTotalVar,
  recoverableVariables,
  rowTotalVar,
  variableCount,
  type GridShape,
} from '../../shared/report/suppressionGrid';

describe('exact linear algebra', () => {
  it('finds the unknowns a system fixes', () => {
    // a + b = …, b = … fixes both; c + d = … fixes neither; e appears in no equation.
    const matrix = [
      [1, 1, 0, 0, 0],
      [0, 1, 0, 0, 0],
      [0, 0, 1, 1, 0],
    ];
    expect(determinedUnknowns(matrix, 5)).toEqual([true, true, false, false, false]);
    expect(rank(matrix, 5)).toBe(3);
  });

  it('stays exact where floating point would not', () => {
    // Rows that are nearly dependent in floating point: 3·(1/3) is not 1 in binary, but here no division happens.
    const matrix = [
      [3, 1, 0],
      [9, 3, 1],
      [6, 2, 1],
    ];
    expect(rank(matrix, 3)).toBe(2);
    expect(determinedUnknowns(matrix, 3)).toEqual([false, false, true]);
  });

  it('has a table matrix of rank rows + cols + 1 (a network: one equation is implied by the others)', () => {
    for (const shape of [{ rows: 2, cols: 2 }, { rows: 3, cols: 5 }, { rows: 6, cols: 6 }]) {
      expect(rank(constraintMatrix(shape), variableCount(shape))).toBe(shape.rows + shape.cols + 1);
    }
  });
});

// Every table value, totals included, computed from the interior cells.
function allValues(shape: GridShape, cells: readonly number[]): number[] {
  const values = new Array<number>(variableCount(shape)).fill(0);
  for (let r = 0; r < shape.rows; r += 1) {
    for (let c = 0; c < shape.cols; c += 1) {
      const v = cells[r * shape.cols + c] as number;
      values[cellVar(shape, r, c)] = v;
      values[rowTotalVar(shape, r)] = (values[rowTotalVar(shape, r)] as number) + v;
      values[colTotalVar(shape, c)] = (values[colTotalVar(shape, c)] as number) + v;
      values[grandTotalVar(shape)] = (values[grandTotalVar(shape)] as number) + v;
    }
  }
  return values;
}

/**
 * What a reader can really pin down: every table whose interior cells are whole numbers in
 * 0..bound and that agrees with all published counts, enumerated one by one. A withheld count
 * is recoverable when it has the same value in all of them.
 */
function bruteForceRecoverable(shape: GridShape, truth: readonly number[], withheld: readonly boolean[], bound: number): number[] {
  const interior = shape.rows * shape.cols;
  const free = Array.from({ length: interior }, (_, v) => v).filter((v) => withheld[v]);
  const seen = truth.map(() => new Set<number>());
  const trial = truth.slice(0, interior);
  const visit = (depth: number) => {
    if (depth === free.length) {
      const values = allValues(shape, trial);
      if (values.every((value, v) => withheld[v] || value === truth[v])) values.forEach((value, v) => seen[v]?.add(value));
      return;
    }
    for (let value = 0; value <= bound; value += 1) {
      trial[free[depth] as number] = value;
      visit(depth + 1);
    }
  };
  visit(0);
  return seen.flatMap((values, v) => (withheld[v] && values.size === 1 ? [v] : []));
}

// Graph view of the same question: a withheld count is recoverable when it is a bridge of the withheld edges.
function bridges(shape: GridShape, withheld: readonly boolean[]): number[] {
  const nodes = shape.rows + shape.cols + 2;
  return withheld.flatMap((isWithheld, edge) => {
    if (!isWithheld) return [];
    const [from, to] = edgeEnds(shape, edge);
    const reached = new Array<boolean>(nodes).fill(false);
    const stack = [from];
    reached[from] = true;
    while (stack.length > 0) {
      const node = stack.pop() as number;
      withheld.forEach((w, other) => {
        if (!w || other === edge) return;
        const [a, b] = edgeEnds(shape, other);
        const next = a === node ? b : b === node ? a : -1;
        if (next >= 0 && !reached[next]) {
          reached[next] = true;
          stack.push(next);
        }
      });
    }
    return reached[to] ? [] : [edge];
  });
}

// Tiny tables with a random set of withheld counts. Withheld counts are at least 1, as in a real
// suppression (zeros are never withheld); published interior cells may be 0.
const tinyCases = fc
  .record({ rows: fc.integer({ min: 2, max: 3 }), cols: fc.integer({ min: 2, max: 3 }) })
  .filter(({ rows, cols }) => rows * cols <= 6)
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      cells: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: shape.rows * shape.cols, maxLength: shape.rows * shape.cols }),
      mask: fc.array(fc.boolean(), { minLength: variableCount(shape), maxLength: variableCount(shape) }),
    }),
  )
  .map(({ shape, cells, mask }) => ({ shape, cells: cells.map((v, i) => (mask[i] && v === 0 ? 1 : v)), mask }))
  .filter(({ shape, cells, mask }) => allValues(shape, cells).every((value, v) => !mask[v] || value >= 1));

describe('the exact check against brute force', () => {
  it('calls a withheld count recoverable exactly when every whole-number completion agrees on it', () => {
    let recoverableSeen = 0;
    let protectedSeen = 0;
    fc.assert(
      fc.property(tinyCases, ({ shape, cells, mask }) => {
        const truth = allValues(shape, cells);
        // One above the largest count: a protected count can move by 1 around its cycle and stay in range.
        const bound = Math.max(...cells) + 1;
        const exact = recoverableVariables(shape, mask);
        expect(exact).toEqual(bruteForceRecoverable(shape, truth, mask, bound));
        recoverableSeen += exact.length;
        protectedSeen += mask.filter(Boolean).length - exact.length;
      }),
      { numRuns: 150 },
    );
    expect(recoverableSeen).toBeGreaterThan(50);
    expect(protectedSeen).toBeGreaterThan(50);
  });

  it('agrees with the brute force on hand-picked 2×2 cases', () => {
    const shape = { rows: 2, cols: 2 };
    const truth = allValues(shape, [1, 4, 6, 2]);
    const mark = (...vars: number[]) => truth.map((_, v) => vars.includes(v));
    const cases = [
      mark(cellVar(shape, 0, 0)),
      mark(cellVar(shape, 0, 0), cellVar(shape, 1, 1)),
      mark(cellVar(shape, 0, 0), cellVar(shape, 0, 1), cellVar(shape, 1, 0), cellVar(shape, 1, 1)),
      mark(cellVar(shape, 0, 0), rowTotalVar(shape, 0), colTotalVar(shape, 0), grandTotalVar(shape)),
      mark(cellVar(shape, 0, 0), rowTotalVar(shape, 0), colTotalVar(shape, 0)),
    ];
    const answers = cases.map((mask) => recoverableVariables(shape, mask));
    cases.forEach((mask, i) => expect(answers[i]).toEqual(bruteForceRecoverable(shape, truth, mask, 7)));
    expect(answers.map((a) => a.length)).toEqual([1, 2, 0, 0, 3]);
  });

  it('matches the network picture: recoverable means a bridge among the withheld counts', () => {
    const shapes = fc.record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 6 }) });
    const masks = shapes.chain((shape) =>
      fc.record({ shape: fc.constant(shape), mask: fc.array(fc.boolean(), { minLength: variableCount(shape), maxLength: variableCount(shape) }) }),
    );
    fc.assert(
      fc.property(masks, ({ shape, mask }) => {
        expect(recoverableVariables(shape, mask)).toEqual(bridges(shape, mask));
      }),
      { numRuns: 300 },
    );
  });
});
