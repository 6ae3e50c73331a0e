/**
 * Exact linear algebra for the small-cell check: integer Gauss–Jordan elimination
 * on BigInt rows. Floating point would call a tiny residue "not zero" (or the other
 * way round) and so wrongly decide whether a suppressed count can be recovered;
 * here every step is exact. Each row is divided by the gcd of its entries after every
 * step, so the numbers stay as small as the table's own coefficients (0, ±1).
 */

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function reduced(row: bigint[]): bigint[] {
  const divisor = row.reduce((acc, entry) => gcd(acc, entry), 0n);
  return divisor > 1n ? row.map((entry) => entry / divisor) : row;
}

/** The matrix in reduced row echelon form (pivots not scaled to 1) with its pivot columns. */
export function rowEchelon(matrix: readonly (readonly number[])[], columns: number): { rows: bigint[][]; pivots: number[] } {
  const rows = matrix.map((row) => {
    if (row.length !== columns) throw new RangeError(`row has ${row.length} entries, expected ${columns}`);
    return row.map((entry) => {
      if (!Number.isSafeInteger(entry)) throw new RangeError(`not an integer coefficient: ${entry}`);
      return BigInt(entry);
    });
  });
  const pivots: number[] = [];
  for (let col = 0; col < columns && pivots.length < rows.length; col += 1) {
    const top = pivots.length;
    const found = rows.findIndex((row, index) => index >= top && row[col] !== 0n);
    if (found === -1) continue;
    [rows[top], rows[found]] = [rows[found] as bigint[], rows[top] as bigint[]];
    const pivotRow = rows[top] as bigint[];
    const pivot = pivotRow[col] as bigint;
    for (let other = 0; other < rows.length; other += 1) {
      const row = rows[other] as bigint[];
      const factor = row[col] as bigint;
      if (other === top || factor === 0n) continue;
      // Fraction-free: row := pivot·row − factor·pivotRow keeps everything integral.
      rows[other] = reduced(row.map((entry, index) => pivot * entry - factor * (pivotRow[index] as bigint)));
    }
    rows[top] = reduced(pivotRow);
    pivots.push(col);
  }
  return { rows: rows.slice(0, pivots.length), pivots };
}

/** The rank of an integer matrix, computed exactly. */
export function rank(matrix: readonly (readonly number[])[], columns: number): number {
  return rowEchelon(matrix, columns).pivots.length;
}

/**
 * For each column (unknown) of the integer system A·u = b, whether the system fixes
 * that unknown: true exactly when its unit vector lies in the row space of A. Then every
 * solution agrees on it, whatever the right-hand side (as long as a solution exists).
 */
export function determinedUnknowns(matrix: readonly (readonly number[])[], columns: number): boolean[] {
  const { rows, pivots } = rowEchelon(matrix, columns);
  const determined = new Array<boolean>(columns).fill(false);
  // In reduced echelon form the rows are a basis whose pivot entries sit alone in their
  // columns, so e_c is a combination of rows only if c's pivot row is itself a multiple of e_c.
  pivots.forEach((col, index) => {
    const row = rows[index] as bigint[];
    determined[col] = row.every((entry, at) => at === col || entry === 0n);
  });
  return determined;
}
