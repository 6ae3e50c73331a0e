import { describe, expect, it } from 'vitest';
import { suppressTable } from '../../shared/report/suppression';
import { formatSuppressedCsv, parseCountTableCsv } from '../../shared/report/suppressionCsv';

// Reads, suppresses and writes a CSV table, as the `suppress` command does.
function roundTrip(csv: string, k = 3): string {
  const parsed = parseCountTableCsv(csv);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const result = suppressTable(parsed.data.table, k);
  if (!result.ok) throw new Error(result.error.message);
  return formatSuppressedCsv(result.data, parsed.data.layout);
}

function parseError(csv: string): string {
  const parsed = parseCountTableCsv(csv);
  if (parsed.ok) throw new Error('expected the CSV to be refused');
  expect(parsed.error.code).toBe('validation/invalid');
  return parsed.error.message;
}

describe('CSV for suppression', () => {
  it('reads a semicolon table with totals and writes it back with dots', () => {
    const csv = 'Themenbereich;Offen;Blockiert;Erledigt;Insgesamt\nWohnen;10;2;8;20\nArbeit;5;6;7;18\nSchule;9;4;3;16\nInsgesamt;24;12;18;54\n';
    expect(roundTrip(csv)).toBe('Themenbereich;Offen;Blockiert;Erledigt;Insgesamt\nWohnen;10;.;.;20\nArbeit;5;6;7;18\nSchule;9;.;.;16\nInsgesamt;24;12;18;54\n');
  });

  it('finds totals by name in any case and any position, and keeps that position', () => {
    const csv = 'Bereich,SUMME,A,B\n Total ,13,6,7\nX,2,1,1\nY,11,5,6\n';
    const parsed = parseCountTableCsv(csv);
    expect(parsed.ok && parsed.data.table).toEqual({
      rowLabels: ['X', 'Y'],
      colLabels: ['A', 'B'],
      cells: [[1, 1], [5, 6]],
      rowTotals: [2, 11],
      colTotals: [6, 7],
      grandTotal: 13,
    });
    expect(roundTrip(csv)).toBe('Bereich,SUMME,A,B\n Total ,13,6,7\nX,.,.,.\nY,.,.,.\n');
  });

  it('reads a table without totals and writes none', () => {
    expect(roundTrip('Status,A,B,C\nX,0,1,5\nY,4,0,6\nZ,3,7,0\n')).toBe('Status,A,B,C\nX,0,.,.\nY,.,0,.\nZ,.,.,0\n');
  });

  it('handles quoted fields, CRLF line ends and a byte order mark', () => {
    const csv = '\uFEFF"Bereich";"Sprache, Kurs";"Arzt ""privat"""\r\n"Wohnen; Stadt";3;4\r\nArbeit;"5";6\r\n';
    const parsed = parseCountTableCsv(csv);
    expect(parsed.ok && parsed.data.table.colLabels).toEqual(['Sprache, Kurs', 'Arzt "privat"']);
    expect(parsed.ok && parsed.data.table.rowLabels).toEqual(['Wohnen; Stadt', 'Arbeit']);
    expect(roundTrip(csv)).toBe('\uFEFFBereich;Sprache, Kurs;"Arzt ""privat"""\n"Wohnen; Stadt";3;4\nArbeit;5;6\n');
  });

  it('detects the delimiter from the header, ignoring delimiters inside quotes', () => {
    const parsed = parseCountTableCsv('"a;b;c",x,y\nr,3,4\n');
    expect(parsed.ok && parsed.data.layout.delimiter).toBe(',');
    const semicolon = parseCountTableCsv('"a,b,c";x;y\nr;3;4\n');
    expect(semicolon.ok && semicolon.data.layout.delimiter).toBe(';');
  });

  it.each([
    ['', /input is empty/],
    ['Bereich\nX\n', /no columns of counts/],
    ['Bereich;A\n', /no rows of counts/],
    ['Bereich;A;B\nX;1;2\nY;3\n', /line 3 has 2 fields, but the header has 3/],
    ['Bereich;A;B\nX;1;"2\n', /line 2: a quoted field is never closed/],
    ['Bereich;A;B\nX;1;"2"x\n', /text after the closing quote/],
    ['Bereich;A;B\nX;1;2,5\n', /line 2, column 'B': '2,5' is not a count/],
    ['Bereich;A;B\nX;-1;2\n', /'-1' is not a count/],
    ['Bereich;A;B\nX;.;2\n', /'\.' is not a count/],
    ['Bereich;A;B\nX;;2\n', /'' is not a count/],
    ['Bereich;A;Summe;Total\nX;1;1;1\n', /more than one column of totals/],
    ['Bereich;A;B\nGesamt;1;2\n', /no rows of counts besides the totals/],
  ])('refuses malformed input %j', (csv, message) => {
    expect(parseError(csv)).toMatch(message);
  });

  it('reads totals that do not match, which suppression then refuses by name', () => {
    const parsed = parseCountTableCsv('Bereich;A;B;Insgesamt\nX;5;5;11\nY;5;5;10\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = suppressTable(parsed.data.table);
    expect(!result.ok && result.error.message).toBe("the total of row 'X' is 11, but its cells add up to 10");
  });
});
