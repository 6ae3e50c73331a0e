import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/index';

async function cli(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (chunks: string[]) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
  // Bytes, as a pipe delivers them; the BOM and umlauts must survive the decoding.
  const io = { stdout: sink(out), stderr: sink(err), stdin: Readable.from([Buffer.from(stdin, 'utf8')]) };
  const code = await main(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

const TABLE = 'Themenbereich;Offen;Blockiert;Erledigt;Insgesamt\nWohnen;10;2;8;20\nArbeit;5;6;7;18\nSchule;9;4;3;16\nInsgesamt;24;12;18;54\n';
const SUPPRESSED = 'Themenbereich;Offen;Blockiert;Erledigt;Insgesamt\nWohnen;10;.;.;20\nArbeit;5;6;7;18\nSchule;9;.;.;16\nInsgesamt;24;12;18;54\n';

describe('runder-tisch suppress', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rt-suppress-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a table on stdin and writes it with dots in the withheld cells', async () => {
    expect(await cli(['suppress'], TABLE)).toEqual({ code: 0, out: SUPPRESSED, err: '' });
  });

  it('reads the table from --in and honours --k', async () => {
    const file = join(dir, 'tabelle.csv');
    await writeFile(file, '\uFEFFStatus,Ärzte,Ämter\nOffen,10,4\nErledigt,3,12\n', 'utf8');
    expect(await cli(['suppress', '--in', file])).toEqual({ code: 0, out: '\uFEFFStatus,Ärzte,Ämter\nOffen,10,4\nErledigt,3,12\n', err: '' });
    expect((await cli(['suppress', '--k', '5', '--in', file])).out).toBe('\uFEFFStatus,Ärzte,Ämter\nOffen,.,.\nErledigt,.,.\n');
  });

  it('names the totals a table without totals relies on', async () => {
    const { code, out, err } = await cli(['suppress'], 'T,A,B\nX,1,1\nY,5,6\n');
    expect(code).toBe(0);
    expect(out).toBe('T,A,B\nX,.,.\nY,.,.\n');
    expect(err).toBe("runder-tisch: note: the table carries no totals; it is safe only if these are not published either: the total of row 'X', the total of row 'Y'.\n");
  });

  it.each([['2'], ['0'], ['2.5'], ['drei']])('refuses --k %s with a message and exit code 2', async (k) => {
    const { code, out, err } = await cli(['suppress', '--k', k], TABLE);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`runder-tisch: --k must be a whole number of at least 3 (counts 1 and 2 are always withheld), got '${k}'.\nRun 'runder-tisch --help' for usage.\n`);
  });

  it('refuses counts that are not whole numbers with a message and exit code 1', async () => {
    const { code, out, err } = await cli(['suppress'], 'Bereich;A;B\nX;1;2,5\n');
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toBe("runder-tisch: cannot read the table: line 2, column 'B': '2,5' is not a count (a whole number of at least 0).\n");
  });

  it('refuses malformed CSV and totals that do not add up, with exit code 1', async () => {
    const ragged = await cli(['suppress'], 'Bereich;A;B\nX;1;2\nY;3\n');
    expect(ragged).toEqual({ code: 1, out: '', err: 'runder-tisch: cannot read the table: line 3 has 2 fields, but the header has 3.\n' });
    const wrongTotal = await cli(['suppress'], 'Bereich;A;B;Summe\nX;5;5;11\n');
    expect(wrongTotal.code).toBe(1);
    expect(wrongTotal.err).toBe("runder-tisch: cannot suppress the table: the total of row 'X' is 11, but its cells add up to 10.\n");
  });

  it('reports a missing input file with exit code 1', async () => {
    const { code, err } = await cli(['suppress', '--in', join(dir, 'fehlt.csv')]);
    expect(code).toBe(1);
    expect(err).toMatch(/^runder-tisch: cannot read '.*fehlt\.csv' \(ENOENT\)\.\n$/);
  });

  it('is listed in the help and has its own', async () => {
    expect((await cli(['--help'])).out).toMatch(/^ {2}suppress +Withhold small counts in a CSV table/m);
    const help = await cli(['suppress', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: runder-tisch suppress [--k <k>] [--in <file>]');
  });
});
