import { readFile } from 'node:fs/promises';
import { AppFailure } from '../../../shared/errors/result';
import { DEFAULT_K, MIN_K, isSuppressed, isValidK, suppressTable, type SuppressedCell, type SuppressedTable } from '../../../shared/report/suppression';
import { formatSuppressedCsv, parseCountTableCsv } from '../../../shared/report/suppressionCsv';
import { EXIT_OK, UsageError, parseCommandLine } from '../errors';
import { TOOL_NAME, type CliIo } from '../io';
import type { CliCommand } from './types';

const HELP = `Usage: ${TOOL_NAME} suppress [--k <k>] [--in <file>]

Withholds small counts in a table before it is published. Reads a CSV table from
<file> or standard input and writes the same table to standard output, with "."
(the convention of German official statistics) in every withheld cell.

  - Every count from 1 to k-1 is withheld, totals included. Zeros are published.
  - Further counts are withheld until no withheld count can be worked out from
    the published counts and the row, column and grand totals (checked exactly).

The first row is the header and the first column holds the labels. A row or
column named Insgesamt, Summe, Gesamt or Total holds totals; they must match the
counts. A table without totals is protected as if its totals were published;
totals that had to be withheld are named on standard error and must not be
published elsewhere. Delimiter ; , or tab; quoted fields; UTF-8 with or without BOM.

Options:
  --k <k>        Smallest count that may be shown (default ${DEFAULT_K}, at least ${MIN_K})
  --in <file>    Read the table from this file instead of standard input
  -h, --help     Show this help

Exit codes: 0 done, 1 the table could not be read, 2 wrong command line (e.g. k < ${MIN_K}).
`;

function parseK(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_K;
  const k = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!isValidK(k)) throw new UsageError(`--k must be a whole number of at least ${MIN_K} (counts 1 and 2 are always withheld), got '${raw}'.`);
  return k;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

async function readInput(file: string | undefined, io: CliIo): Promise<string> {
  if (file === undefined) return readAll(io.stdin);
  try {
    return await readFile(file, 'utf8');
  } catch (thrown) {
    const reason = thrown instanceof Error && 'code' in thrown ? String(thrown.code) : String(thrown);
    throw new AppFailure('file/read-failed', `cannot read '${file}' (${reason}).`);
  }
}

// Totals the input did not carry but that had to be withheld: publishing them elsewhere would undo the protection.
function withheldComputedTotals(result: SuppressedTable): string[] {
  const { rowTotals, colTotals, grandTotal } = result.computedTotals;
  const hidden = (cell: SuppressedCell | undefined) => cell !== undefined && isSuppressed(cell);
  return [
    ...result.rowLabels.flatMap((label, r) => (hidden(rowTotals?.[r]) ? [`the total of row '${label}'`] : [])),
    ...result.colLabels.flatMap((label, c) => (hidden(colTotals?.[c]) ? [`the total of column '${label}'`] : [])),
    ...(hidden(grandTotal) ? ['the grand total'] : []),
  ];
}

/** `runder-tisch suppress`: small-cell suppression of a CSV table. */
export const suppressCommand: CliCommand = {
  name: 'suppress',
  summary: 'Withhold small counts in a CSV table before it is published',
  help: HELP,
  async run(args, io) {
    const { values } = parseCommandLine({ args: [...args], options: { k: { type: 'string' }, in: { type: 'string' } } });
    const k = parseK(values.k);
    const parsed = parseCountTableCsv(await readInput(values.in, io));
    if (!parsed.ok) throw new AppFailure(parsed.error.code, `cannot read the table: ${parsed.error.message}.`);
    const suppressed = suppressTable(parsed.data.table, k);
    if (!suppressed.ok) throw new AppFailure(suppressed.error.code, `cannot suppress the table: ${suppressed.error.message}.`);
    io.stdout.write(formatSuppressedCsv(suppressed.data, parsed.data.layout));
    const hidden = withheldComputedTotals(suppressed.data);
    if (hidden.length > 0) {
      io.stderr.write(`${TOOL_NAME}: note: the table carries no totals; it is safe only if these are not published either: ${hidden.join(', ')}.\n`);
    }
    return EXIT_OK;
  },
};
