import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/index';
import { demoSigningKey } from '../../shared/demo';
import { decodeEnvelope, decryptExchange, describeAgeFile, readExchangeFile } from '../../shared/exchange';
import { utf8 } from '../../shared/exchange/encoding';

// `runder-tisch demo-data` as a trainer or the benchmark uses it: a file the app's own
// exchange code opens and `inspect` summarises, the same content for the same seed,
// and a standard age file that Debian's age decrypts with a keygen identity.

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (chunks: string[]) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
  const code = await main(argv, { stdout: sink(out), stderr: sink(err), stdin: Readable.from([]) });
  return { code, out: out.join(''), err: err.join('') };
}

let dir = '';
let recipient = '';
let identity = '';
const path = (name: string) => join(dir, name);
const SMALL = ['--cases', '25', '--seed', '11', '--years', '2'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rt-demo-data-'));
  const keygen = await cli(['keygen', '--out', path('member.key')]);
  expect(keygen.code).toBe(0);
  recipient = keygen.out.trim();
  identity = (await readFile(path('member.key'), 'utf8')).split('\n').find((line) => line.startsWith('AGE-SECRET-KEY-1')) ?? '';
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function plaintextOf(file: string): Promise<Uint8Array> {
  const decrypted = await decryptExchange(new Uint8Array(await readFile(file)), { identity });
  if (!decrypted.ok) throw new Error(decrypted.error.message);
  return decrypted.data;
}

describe('runder-tisch demo-data', () => {
  it('writes a signed exchange file (mode 0600) that inspect summarises', async () => {
    const written = await cli(['demo-data', ...SMALL, '--out', path('demo.age'), '--recipient', recipient]);
    expect({ code: written.code, err: written.err }).toEqual({ code: 0, err: '' });
    expect(written.out).toMatch(/^Wrote .*demo\.age \(\d+\.\d MiB, \d+ records: 25 cases, \d+ caseNotes, /);
    expect(written.out).toContain('Signed by Demo-Moderation');
    expect((await stat(path('demo.age'))).mode & 0o777).toBe(0o600);

    const inspected = await cli(['inspect', path('demo.age'), '--identity', path('member.key'), '--json']);
    expect({ code: inspected.code, err: inspected.err }).toEqual({ code: 0, err: '' });
    const manifest = JSON.parse(inspected.out) as { counts: Record<string, number>; scope: unknown; member: { name: string }; signature: { status: string; publicKey: string } };
    expect(manifest.counts.cases).toBe(25);
    expect(manifest.counts.members).toBeGreaterThanOrEqual(14);
    expect(manifest.counts.meetings).toBeGreaterThan(15);
    expect(manifest.scope).toEqual({ kind: 'all' });
    expect(manifest.member.name).toBe('Demo-Moderation');
    expect(manifest.signature).toEqual({ status: 'valid-unknown', publicKey: demoSigningKey(11).publicKey });
  });

  it('the app’s exchange code opens it, and once the demo members are known the signer is named', async () => {
    const bytes = new Uint8Array(await readFile(path('demo.age')));
    const first = await readExchangeFile(bytes, { identity }, []);
    if (!first.ok) throw new Error(first.error.message);
    const members = first.data.envelope.records.members;
    const again = await readExchangeFile(bytes, { identity }, members);
    expect(again.ok && again.data.signature.status === 'valid-known' && again.data.signature.member.name).toBe('Demo-Moderation');
  });

  it('gives the same content for the same seed, and other content for another seed', async () => {
    await cli(['demo-data', ...SMALL, '--out', path('again.age'), '--recipient', recipient]);
    await cli(['demo-data', '--cases', '25', '--seed', '12', '--years', '2', '--out', path('other.age'), '--recipient', recipient]);
    const [a, b, c] = await Promise.all([plaintextOf(path('demo.age')), plaintextOf(path('again.age')), plaintextOf(path('other.age'))]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
    // The age layer is fresh each time, as it must be.
    expect((await readFile(path('demo.age'))).equals(await readFile(path('again.age')))).toBe(false);
  });

  it('Debian’s age CLI decrypts it with the keygen identity', () => {
    const age = spawnSync('age', ['-d', '-i', path('member.key'), '-o', path('demo.json'), path('demo.age')], { encoding: 'utf8' });
    if (age.error) throw new Error('The `age` command-line tool is not installed (apt-get install -y age); this test needs it.');
    expect(age.status).toBe(0);
  });

  it('what age decrypted is a valid envelope', async () => {
    const decoded = decodeEnvelope(utf8(await readFile(path('demo.json'), 'utf8')));
    expect(decoded.ok && decoded.data.envelope.counts.cases).toBe(25);
  });

  it('encrypts with the passphrase file instead, when asked', async () => {
    await writeFile(path('pass.txt'), 'Runder Tisch Übung\n');
    const written = await cli(['demo-data', '--cases', '3', '--seed', '1', '--years', '1', '--out', path('pass.age'), '--passphrase-file', path('pass.txt')]);
    expect(written.code).toBe(0);
    // Reading the header is enough: decrypting would run scrypt for seconds.
    const described = describeAgeFile(new Uint8Array(await readFile(path('pass.age'))));
    expect(described.ok && described.data.protection).toBe('passphrase');
  });

  it('never overwrites a file without --force', async () => {
    const before = await readFile(path('demo.age'));
    const refused = await cli(['demo-data', ...SMALL, '--out', path('demo.age'), '--recipient', recipient]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('already exists; use --force');
    expect((await readFile(path('demo.age'))).equals(before)).toBe(true);
    const forced = await cli(['demo-data', ...SMALL, '--out', path('demo.age'), '--recipient', recipient, '--force']);
    expect(forced.code).toBe(0);
  });

  it('a wrong command line ends with a message and exit code 2', async () => {
    const out = path('never.age');
    const cases: [string[], RegExp][] = [
      [['--seed', '1', '--out', out, '--recipient', recipient], /needs --cases/],
      [['--cases', '1', '--out', out, '--recipient', recipient], /needs --seed/],
      [['--cases', '1', '--seed', '1', '--recipient', recipient], /needs --out/],
      [['--cases', '1', '--seed', '1', '--out', out], /either --recipient/],
      [['--cases', '1', '--seed', '1', '--out', out, '--recipient', recipient, '--passphrase-file', path('pass.txt')], /either --recipient/],
      [['--cases', '1', '--seed', '1', '--out', out, '--recipient', 'age1nothing'], /not an age X25519 recipient/],
      [['--cases', 'many', '--seed', '1', '--out', out, '--recipient', recipient], /--cases must be a whole number/],
      [['--cases', '1', '--seed=-3', '--out', out, '--recipient', recipient], /--seed must be a whole number/],
      [['--cases', '1', '--seed', '1', '--years', '99', '--out', out, '--recipient', recipient], /--years must be a whole number from 1 to 30/],
      [['--cases', '1', '--seed', '1', '--now', 'soon', '--out', out, '--recipient', recipient], /--now must be an ISO time/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(['demo-data', ...args]);
      expect({ code: result.code, message: message.test(result.err) ? 'matches' : result.err }).toEqual({ code: 2, message: 'matches' });
    }
    await expect(stat(out)).rejects.toThrow();
  });

  it('is listed in the overview and has its own help', async () => {
    const help = await cli(['help', 'demo-data']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: runder-tisch demo-data --cases <n> --seed <s> --out <file.age>');
    expect((await cli(['--help'])).out).toMatch(/demo-data +Write an exchange file with invented training data/);
  });
});
