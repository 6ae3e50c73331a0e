import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSuppressed,
  suppressTable,
  verifyNoRecovery,
  type CountTable,
  type SuppressedCell,
  type SuppressedTable,
} from '../../shared/report/suppression';

function labels(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
}

function table(cells: number[][], withTotals = true): CountTable {
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = (cells[0] ?? []).map((_, c) => cells.reduce((a, row) => a + (row[c] ?? 0), 0));
  return {
    rowLabels: labels('R', cells.length),
    colLabels: labels('C', cells[0]?.length ?? 0),
    cells,
    ...(withTotals ? { rowTotals, colTotals, grandTotal: rowTotals.reduce((a, b) => a + b, 0) } : {}),
  };
}

function suppressed(input: CountTable, k?: number): SuppressedTable {
  const result = suppressTable(input, k);
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

// What a reader sees: one string per row, "." for a withheld count, totals after "|".
function shown(cell: SuppressedCell | undefined): string {
  if (!cell) return '?';
  return isSuppressed(cell) ? '.' : String(cell.value);
}

function picture(result: SuppressedTable): string[] {
  const rows = result.cells.map((row, r) => [...row.map(shown), ...(result.rowTotals ? ['|', shown(result.rowTotals[r])] : [])].join(' '));
  const totals = result.colTotals ? [[...result.colTotals.map(shown), ...(result.grandTotal ? ['|', shown(result.grandTotal)] : [])].join(' ')] : [];
  return [...rows, ...totals];
}

function kinds(result: SuppressedTable): string[] {
  return result.cells.map((row) => row.map((c) => (isSuppressed(c) ? c.suppressed[0] : '-')).join(''));
}

describe('suppressTable: worked examples', () => {
  it('protects a single small cell with the cheapest rectangle of cells in its row and column', () => {
    const result = suppressed(table([[10, 2, 8], [5, 6, 7], [9, 4, 3]]));
    // The 2 needs partners: 8 (same row), 4 (same column) and the 3 at their crossing cost 15,
    // less than any other rectangle (e.g. 10 + 9 + 4 = 23).
    expect(picture(result)).toEqual(['10 . . | 20', '5 6 7 | 18', '9 . . | 16', '24 12 18 | 54']);
    expect(kinds(result)).toEqual(['-ps', '---', '-ss']);
    expect(verifyNoRecovery(result).safe).toBe(true);
  });

  it('publishes a table without small counts unchanged', () => {
    const result = suppressed(table([[10, 4], [3, 12]]));
    expect(picture(result)).toEqual(['10 4 | 14', '3 12 | 15', '13 16 | 29']);
  });

  it('withholds every count below k: k = 5 takes the 3 and the 4, and their partners', () => {
    const result = suppressed(table([[10, 4], [3, 12]]), 5);
    expect(picture(result)).toEqual(['. . | 14', '. . | 15', '13 16 | 29']);
    expect(kinds(result)).toEqual(['sp', 'ps']);
  });

  it('publishes zeros and never withholds them as partners, even when they would be the cheapest', () => {
    const result = suppressed(table([[0, 1, 5], [4, 0, 6], [3, 7, 0]], false));
    // The only cycle through the 1 that avoids the zeros runs through all six non-zero cells.
    expect(picture(result)).toEqual(['0 . .', '. 0 .', '. . 0']);
    expect(result.rowTotals).toBeUndefined();
    expect(result.computedTotals.rowTotals?.map(shown)).toEqual(['6', '10', '10']);
    expect(verifyNoRecovery(result).safe).toBe(true);
  });

  it('withholds small totals, and a further total when the grand total would give them away', () => {
    const result = suppressed(table([[1, 1], [5, 6]]));
    // Row R1 totals 2 (primary). With 13 and 11 published, 13 − 11 = 2 would recover it, and no
    // interior cell can help, so the other row total is withheld as a last resort.
    expect(picture(result)).toEqual(['. . | .', '. . | .', '6 7 | 13']);
    expect(result.rowTotals?.map((c) => (isSuppressed(c) ? c.suppressed : c.value))).toEqual(['primary', 'secondary']);
    expect(verifyNoRecovery(result).safe).toBe(true);
  });

  it('withholds small column and grand totals too', () => {
    const result = suppressed(table([[1, 0], [0, 1]]));
    expect(picture(result)).toEqual(['. 0 | .', '0 . | .', '. . | .']);
    expect(verifyNoRecovery(result).safe).toBe(true);
  });

  it('is deterministic', () => {
    const input = table([[3, 1, 9, 4], [2, 8, 0, 6], [7, 5, 1, 2]]);
    expect(suppressed(input)).toEqual(suppressed(input));
  });
});

describe('suppressTable: refusals', () => {
  it.each([2, 1, 0, -3, 2.5, Number.NaN])('refuses k = %s', (k) => {
    const result = suppressTable(table([[5, 5], [5, 5]]), k);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('validation/invalid');
      expect(result.error.message).toMatch(/k must be a whole number of at least 3/);
    }
  });

  it.each([
    [{ ...table([[5, -1], [5, 5]], false) }, /whole numbers of at least 0, got -1/],
    [{ ...table([[5, 1.5], [5, 5]], false) }, /got 1.5/],
    [{ ...table([[5, 5], [5, 5]]), rowTotals: [10, 11] }, /total of row 'R2' is 11, but its cells add up to 10/],
    [{ ...table([[5, 5], [5, 5]]), colTotals: [9, 10] }, /total of column 'C1' is 9/],
    [{ ...table([[5, 5], [5, 5]]), grandTotal: 21 }, /grand total is 21, but the cells add up to 20/],
    [{ ...table([[5, 5], [5]], false) }, /do not form 2 rows of 2/],
  ])('refuses a table it cannot trust (%#)', (input, message) => {
    const result = suppressTable(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });
});

// Withholds exactly the marked cells (totals all published), for checking the checker.
function withheld(input: CountTable, mask: readonly string[]): SuppressedTable {
  const published = (value: number): SuppressedCell => ({ value });
  return {
    k: 3,
    rowLabels: input.rowLabels,
    colLabels: input.colLabels,
    cells: input.cells.map((row, r) => row.map((value, c) => (mask[r]?.[c] === 'x' ? { suppressed: 'primary' } : published(value)))),
    rowTotals: (input.rowTotals ?? []).map(published),
    colTotals: (input.colTotals ?? []).map(published),
    grandTotal: published(input.grandTotal ?? 0),
    computedTotals: {},
  };
}

// The rule of thumb the issue warns about.
function twoPerRowAndColumn(result: SuppressedTable): boolean {
  const counts = (lines: readonly (readonly SuppressedCell[])[]) => lines.map((line) => line.filter(isSuppressed).length);
  const columns = result.colLabels.map((_, c) => result.cells.map((row) => row[c] as SuppressedCell));
  return [...counts(result.cells), ...counts(columns)].every((n) => n === 0 || n >= 2);
}

describe('the exact check against the rule of thumb', () => {
  // Two blocks of withheld cells joined by one cell (R2, C3): every row and column has at least
  // two withheld cells, yet R2's total minus the block sum (from C1 and C2's totals) gives it away.
  const groups = table([
    [1, 1, 10, 10],
    [1, 1, 1, 10],
    [10, 10, 2, 2],
    [10, 10, 2, 2],
  ]);
  const mask = ['xx..', 'xxx.', '..xx', '..xx'];

  it('finds the cell that joins two groups, which the rule of thumb lets through', () => {
    const leaky = withheld(groups, mask);
    expect(twoPerRowAndColumn(leaky)).toBe(true);
    expect(verifyNoRecovery(leaky)).toEqual({ safe: false, smallPublished: [], recoverable: [{ kind: 'cell', row: 1, col: 2 }] });
  });

  it('withholds one more cell for it, so nothing can be recovered', () => {
    const result = suppressed(groups);
    const secondary = result.cells.flat().filter((c) => isSuppressed(c) && c.suppressed === 'secondary');
    expect(secondary).toHaveLength(1);
    expect(kinds(result)).toEqual(['pps-', 'ppp-', '--pp', '--pp']);
    expect(verifyNoRecovery(result).safe).toBe(true);
  });

  it('flags a lone withheld cell and a published small count', () => {
    const lone = withheld(table([[1, 5], [5, 5]]), ['x.', '..']);
    expect(verifyNoRecovery(lone).recoverable).toEqual([{ kind: 'cell', row: 0, col: 0 }]);
    const shownSmall = withheld(table([[2, 5], [5, 5]]), ['..', '..']);
    expect(verifyNoRecovery(shownSmall).smallPublished).toEqual([{ kind: 'cell', row: 0, col: 0 }]);
  });
});

describe('suppressTable: properties', () => {
  // Counts 0–30, with small ones frequent enough that most tables need suppression.
  const count = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 30 }), weight: 2 }, { arbitrary: fc.integer({ min: 0, max: 4 }), weight: 1 });
  const tables = fc
    .record({ rows: fc.integer({ min: 2, max: 6 }), cols: fc.integer({ min: 2, max: 6 }) })
    .chain(({ rows, cols }) =>
      fc.record({
        cells: fc.array(fc.array(count, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
        totals: fc.constantFrom('none', 'rows', 'cols', 'all'),
        k: fc.integer({ min: 3, max: 5 }),
      }),
    );

  it('shows no count from 1 to k−1 and leaves nothing recoverable; zeros and large counts stay as they were', () => {
    let neededSecondary = 0;
    fc.assert(
      fc.property(tables, ({ cells, totals, k }) => {
        const full = table(cells);
        const input: CountTable = {
          rowLabels: full.rowLabels,
          colLabels: full.colLabels,
          cells,
          ...(totals === 'rows' || totals === 'all' ? { rowTotals: full.rowTotals } : {}),
          ...(totals === 'cols' || totals === 'all' ? { colTotals: full.colTotals } : {}),
          ...(totals === 'all' ? { grandTotal: full.grandTotal } : {}),
        };
        const result = suppressed(input, k);
        expect(verifyNoRecovery(result)).toEqual({ safe: true, smallPublished: [], recoverable: [] });
        cells.forEach((row, r) =>
          row.forEach((value, c) => {
            const cell = result.cells[r]?.[c] as SuppressedCell;
            if (value === 0) expect(cell).toEqual({ value: 0 });
            else if (value < k) expect(cell).toEqual({ suppressed: 'primary' });
            else if (!isSuppressed(cell)) expect(cell.value).toBe(value);
          }),
        );
        expect(result.rowTotals === undefined).toBe(input.rowTotals === undefined);
        expect(result.colTotals === undefined).toBe(input.colTotals === undefined);
        expect(result.grandTotal === undefined).toBe(input.grandTotal === undefined);
        if (JSON.stringify(result).includes('secondary')) neededSecondary += 1;
      }),
      { numRuns: 300 },
    );
    // The property means little unless many tables needed more than primary suppression.
    expect(neededSecondary).toBeGreaterThan(100);
  });
});
