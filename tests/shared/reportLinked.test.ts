import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressLinkedTables, type LinkGroup } from '../../shared/report/linkedSuppression';
import { isSuppressed, verifyNoRecovery, type CellPosition, type CountTable, type SuppressedTable } from '../../shared/report/suppression';
import { jointlyDetermined, shownCounts } from './report.support';

const sum = (numbers: readonly number[]) => numbers.reduce((a, b) => a + b, 0);

function withTotals(cells: number[][]): CountTable {
  return {
    rowLabels: cells.map((_, r) => `r${r}`),
    colLabels: (cells[0] ?? []).map((_, c) => `c${c}`),
    cells,
    rowTotals: cells.map(sum),
    colTotals: (cells[0] ?? []).map((_, c) => sum(cells.map((row) => row[c] ?? 0))),
    grandTotal: sum(cells.flat()),
  };
}

const N: CellPosition = { kind: 'grandTotal' };

describe('suppressLinkedTables', () => {
  it('withholds a grand total in a second table when the first must withhold it', () => {
    // Alone, the first table protects its withheld 2 through the grand total 7; the second shows 7.
    const first = withTotals([
      [2, 0],
      [0, 5],
    ]);
    const second: CountTable = { rowLabels: ['a', 'b'], colLabels: ['n'], cells: [[7], [0]], colTotals: [7], grandTotal: 7 };
    const links: LinkGroup[] = [
      [
        { tableId: 'first', position: N },
        { tableId: 'second', position: N },
        { tableId: 'second', position: { kind: 'colTotal', col: 0 } },
      ],
    ];
    const result = suppressLinkedTables([{ id: 'first', table: first }, { id: 'second', table: second }], links, 3);
    if (!result.ok) throw new Error(result.error.message);
    const tables = result.data;
    expect(isSuppressed(tables.get('first')?.grandTotal ?? { value: 0 })).toBe(true);
    expect(shownCounts(tables.get('second') as SuppressedTable)).toEqual([0]);
    expect(jointlyDetermined(tables, links)).toEqual([]);
  });

  it('fails like suppressTable for k below 3 and refuses two tables of one name', () => {
    const table = withTotals([[3]]);
    expect(suppressLinkedTables([{ id: 'a', table }], [], 2).ok).toBe(false);
    expect(suppressLinkedTables([{ id: 'a', table }, { id: 'a', table }], [], 3).ok).toBe(false);
  });

  it('protects two marginals of one three-way table together (property)', () => {
    // Random counts by (row, shared column, layer); table A sums the layers, table B the rows.
    const dims = fc.record({ rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 3 }), layers: fc.integer({ min: 1, max: 3 }) });
    const cube = dims.chain((d) =>
      fc.record({
        d: fc.constant(d),
        k: fc.integer({ min: 3, max: 5 }),
        counts: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 9 })), { minLength: d.rows * d.cols * d.layers, maxLength: d.rows * d.cols * d.layers }),
      }),
    );
    fc.assert(
      fc.property(cube, ({ d, k, counts }) => {
        const at = (r: number, c: number, l: number) => counts[(r * d.cols + c) * d.layers + l] as number;
        const range = (n: number) => Array.from({ length: n }, (_, i) => i);
        const a = withTotals(range(d.rows).map((r) => range(d.cols).map((c) => sum(range(d.layers).map((l) => at(r, c, l))))));
        const b = withTotals(range(d.layers).map((l) => range(d.cols).map((c) => sum(range(d.rows).map((r) => at(r, c, l))))));
        const links: LinkGroup[] = [
          [
            { tableId: 'a', position: N },
            { tableId: 'b', position: N },
          ],
          ...range(d.cols).map((c) => [
            { tableId: 'a', position: { kind: 'colTotal', col: c } },
            { tableId: 'b', position: { kind: 'colTotal', col: c } },
          ] as LinkGroup),
        ];
        const result = suppressLinkedTables([{ id: 'a', table: a }, { id: 'b', table: b }], links, k);
        if (!result.ok) throw new Error(result.error.message);
        for (const table of result.data.values()) {
          expect(verifyNoRecovery(table).safe).toBe(true);
          expect(shownCounts(table).filter((n) => n >= 1 && n < k)).toEqual([]);
        }
        expect(jointlyDetermined(result.data, links)).toEqual([]);
      }),
      { numRuns: 150, seed: 20260601 },
    );
  });
});
