import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/index';
import { isX25519Identity, recipientOfIdentity, signingPublicKeyOf } from '../../shared/exchange';

const AGE = 'age';
const MISSING_AGE =
  'The `age` command-line tool is not installed (apt-get install -y age). ' +
  'The keygen interop test needs it; .ci/run installs it in CI.';

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

const IDENTITY_FILE = /^# created: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\n(# name: .+\n)?# public key: (age1[0-9a-z]{58})\n(AGE-SECRET-KEY-1[0-9A-Z]{58})\n$/;

function parseIdentityFile(text: string): { recipient: string; identity: string } {
  const match = IDENTITY_FILE.exec(text);
  if (!match) throw new Error(`not an identity file in age-keygen's format:\n${text}`);
  return { recipient: match[2] ?? '', identity: match[3] ?? '' };
}

describe('runder-tisch keygen', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rt-keygen-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints an identity file in age-keygen\'s format to stdout without --out', async () => {
    const { code, out, err } = await cli(['keygen', '--name', 'Ümit T.']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('# name: Ümit T.\n');
    const { recipient, identity } = parseIdentityFile(out);
    expect(isX25519Identity(identity)).toBe(true);
    expect(await recipientOfIdentity(identity)).toBe(recipient);
    // Fresh keys each time.
    expect(parseIdentityFile((await cli(['keygen'])).out).identity).not.toBe(identity);
  });

  it('writes the identity to --out, readable only by the owner, and prints the recipient', async () => {
    const file = join(dir, 'anna.key');
    const { code, out, err } = await cli(['keygen', '--out', file]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const written = parseIdentityFile(await readFile(file, 'utf8'));
    expect(out).toBe(`${written.recipient}\n`);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('refuses to overwrite an existing file unless --force, and then leaves it private', async () => {
    const file = join(dir, 'existing.key');
    await writeFile(file, 'my only key\n');
    await chmod(file, 0o644);
    const refused = await cli(['keygen', '--out', file]);
    expect(refused).toEqual({ code: 1, out: '', err: `runder-tisch: '${file}' already exists; use --force to overwrite it.\n` });
    expect(await readFile(file, 'utf8')).toBe('my only key\n');

    const forced = await cli(['keygen', '--out', file, '--force']);
    expect(forced.code).toBe(0);
    expect(parseIdentityFile(await readFile(file, 'utf8')).recipient).toBe(forced.out.trim());
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('writes the Ed25519 signing key only to --signing-out, and refuses before writing anything', async () => {
    const identityFile = join(dir, 'bert.key');
    const signingFile = join(dir, 'bert.signing');
    expect((await cli(['keygen', '--out', identityFile, '--signing-out', signingFile])).code).toBe(0);
    const lines = (await readFile(signingFile, 'utf8')).trimEnd().split('\n');
    const publicKey = /^# public key: (\S+)$/.exec(lines.find((l) => l.startsWith('# public key:')) ?? '')?.[1];
    expect(signingPublicKeyOf(lines.at(-1) ?? '')).toBe(publicKey);
    expect((await stat(signingFile)).mode & 0o777).toBe(0o600);
    // The age identity file stays exactly what age expects: no signing key in it.
    parseIdentityFile(await readFile(identityFile, 'utf8'));

    const fresh = join(dir, 'carla.key');
    const refused = await cli(['keygen', '--out', fresh, '--signing-out', signingFile]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('already exists');
    await expect(stat(fresh)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a wrong command line with exit code 2', async () => {
    for (const argv of [['keygen', '--name', 'a\nb'], ['keygen', '--name', ' '], ['keygen', '--out'], ['keygen', 'extra']]) {
      const { code, out } = await cli(argv);
      expect({ argv, code, out }).toEqual({ argv, code: 2, out: '' });
    }
    const same = await cli(['keygen', '--out', join(dir, 'x'), '--signing-out', join(dir, 'x')]);
    expect(same.code).toBe(2);
    expect(same.err).toContain('--out and --signing-out must name different files');
  });

  it('writes identities that Debian\'s age CLI decrypts with', async () => {
    const version = spawnSync(AGE, ['--version'], { encoding: 'utf8' });
    if (version.error || version.status !== 0) throw new Error(MISSING_AGE);
    const file = join(dir, 'interop.key');
    const { code, out } = await cli(['keygen', '--out', file, '--name', 'Ümit T.']);
    expect(code).toBe(0);
    await writeFile(join(dir, 'plain.txt'), 'Termin beim Amt am 12.3.\n');
    execFileSync(AGE, ['-r', out.trim(), '-o', 'f.age', 'plain.txt'], { cwd: dir, stdio: 'pipe' });
    execFileSync(AGE, ['-d', '-i', file, '-o', 'out.txt', 'f.age'], { cwd: dir, stdio: 'pipe' });
    expect(await readFile(join(dir, 'out.txt'), 'utf8')).toBe('Termin beim Amt am 12.3.\n');
  });

  it('is listed in the help and has its own', async () => {
    expect((await cli(['--help'])).out).toMatch(/^ {2}keygen +Generate a member's keys/m);
    expect((await cli(['keygen', '--help'])).out).toContain('Usage: runder-tisch keygen [--out <file>]');
  });
});
