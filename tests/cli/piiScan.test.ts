import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/index';

const folder = mkdtempSync(join(tmpdir(), 'pii-scan-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function sink(chunks: string[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
}

async function piiScan(args: string[], stdin: NodeJS.ReadableStream = Readable.from([])) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['pii-scan', ...args], { stdout: sink(out), stderr: sink(err), stdin });
  return { code, out: out.join(''), err: err.join('') };
}

function lines(...objects: unknown[]): string {
  return objects.map((o) => (typeof o === 'string' ? o : JSON.stringify(o))).join('\n') + '\n';
}

function parsedOutput(out: string): unknown[] {
  return out.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);
}

describe('runder-tisch pii-scan', () => {
  it('reads JSON Lines on stdin and writes one line of spans per input line', async () => {
    const text = 'Herr Rahimi, Tel. 0176 1234567';
    const input = lines({ id: 'n1', text }, { id: 2, text: 'Frist bis 30.06.2026 bei der Caritas' });
    const { code, out, err } = await piiScan([], Readable.from([input]));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(parsedOutput(out)).toEqual([
      { id: 'n1', spans: [{ start: 5, end: 11, type: 'PERSON' }, { start: 18, end: 30, type: 'PHONE' }] },
      { id: 2, spans: [] },
    ]);
    expect(text.slice(5, 11)).toBe('Rahimi');
  });

  it('reads a file given with --in, line endings and a byte-order mark included', async () => {
    const file = join(folder, 'notes.jsonl');
    writeFileSync(file, '\uFEFF' + lines({ id: 'a', text: 'Mail: ahmad.k@gmx.de' }).replace('\n', '\r\n') + '\n');
    const { code, out, err } = await piiScan(['--in', file]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(parsedOutput(out)).toEqual([{ id: 'a', spans: [{ start: 6, end: 20, type: 'EMAIL' }] }]);
  });

  it('names each malformed line on stderr, scans the others and exits 1', async () => {
    const input = lines({ id: 'ok1', text: 'Abu Ahmad' }, '{not json', { id: 'x' }, { id: 'ok2', text: 'nichts' }, { text: 'ohne id' });
    const { code, out, err } = await piiScan([], Readable.from([input]));
    expect(code).toBe(1);
    expect(parsedOutput(out)).toEqual([
      { id: 'ok1', spans: [{ start: 0, end: 9, type: 'PERSON' }] },
      { id: 'ok2', spans: [] },
    ]);
    expect(err).toContain('standard input, line 2: not valid JSON');
    expect(err).toMatch(/line 3: "text": /);
    expect(err).toMatch(/line 5: "id": /);
    expect(err).toContain('3 of 5 lines were not valid input');
  });

  it('exits 2 with a message when the file cannot be read', async () => {
    const missing = join(folder, 'missing.jsonl');
    const { code, out, err } = await piiScan(['--in', missing]);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toContain(`cannot read ${missing}`);
  });

  it('fails with exit code 1, not a stack trace, when FILE is a folder', async () => {
    const dir = join(folder, 'a-folder');
    mkdirSync(dir);
    const { code, err } = await piiScan(['--in', dir]);
    expect(code).toBeGreaterThan(0);
    expect(err).toMatch(/^runder-tisch/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('refuses unknown options with exit code 2', async () => {
    const { code, err } = await piiScan(['--out', 'x']);
    expect(code).toBe(2);
    expect(err).toContain("Unknown option '--out'");
  });

  it('streams: output starts before the input ends, and large inputs go through', async () => {
    const stdin = new PassThrough();
    const out: string[] = [];
    const running = main(['pii-scan'], { stdout: sink(out), stderr: sink([]), stdin });
    stdin.write(lines({ id: 'first', text: 'Frau Haidari' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(out.join('')).toContain('"id":"first"');
    const many = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: i, text: `Notiz ${i}: Termin am 12.03., Tel. 0176 ${1000000 + i}` }));
    stdin.end(many.join('\n') + '\n');
    expect(await running).toBe(0);
    const output = parsedOutput(out.join(''));
    expect(output).toHaveLength(5001);
    expect(output[5000]).toEqual({ id: 4999, spans: [{ start: 35, end: 47, type: 'PHONE' }] });
  });

  it('has its own help', async () => {
    const { code, out } = await piiScan(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: runder-tisch pii-scan [--in FILE]');
  });
});
