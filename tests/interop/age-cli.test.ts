import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMemberKeys,
  encryptExchange,
  openExchangeFile,
  parseEnvelope,
  sealExchange,
  serialiseEnvelope,
  signEnvelope,
  type MemberKeys,
} from '../../shared/exchange';
import type { Result } from '../../shared/errors/result';
import { memberRecord, sampleEnvelope } from './support/exchangeFixtures';

/**
 * Interop with Debian's `age` CLI, the promise that any age implementation opens our
 * files. The CLI is required, not optional: .ci/run installs it, and a missing CLI
 * must fail these tests rather than let them pass unchecked.
 */

const AGE = 'age';
const ageVersion = spawnSync(AGE, ['--version'], { encoding: 'utf8' });
const MISSING_AGE =
  'The `age` command-line tool is not installed (apt-get install -y age). ' +
  'These interop tests need it; .ci/run installs it in CI.';

function requireAge(): void {
  if (ageVersion.error || ageVersion.status !== 0) throw new Error(MISSING_AGE);
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

let dir: string;
let anna: MemberKeys;
let bert: MemberKeys;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rt-age-interop-'));
  [anna, bert] = await Promise.all([createMemberKeys(), createMemberKeys()]);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('interop with the age CLI', () => {
  it('the age CLI is installed', () => {
    requireAge();
    expect(ageVersion.stdout.trim()).toMatch(/^v?1\./);
  });

  it('decrypts a file the app wrote for an X25519 recipient (age -d -i)', async () => {
    requireAge();
    const sealed = unwrap(await sealExchange(sampleEnvelope(anna), anna.signingSecretKey, { recipients: [bert.recipient] }));
    writeFileSync(join(dir, 'x25519.age'), sealed.bytes);
    writeFileSync(join(dir, 'bert.key'), `# Bert's identity\n${bert.identity}\n`, { mode: 0o600 });
    execFileSync(AGE, ['-d', '-i', 'bert.key', '-o', 'x25519.json', 'x25519.age'], { cwd: dir, stdio: 'pipe' });
    const plaintext = readFileSync(join(dir, 'x25519.json'));
    expect(new Uint8Array(plaintext)).toEqual(serialiseEnvelope(sealed.envelope));
    expect(unwrap(parseEnvelope(plaintext)).exportId).toBe(sealed.envelope.exportId);
  });

  it('decrypts a file the app wrote for a passphrase (typed into age on a terminal)', async () => {
    requireAge();
    const passphrase = 'Grüße vom Runden Tisch 2026';
    const plaintext = serialiseEnvelope(unwrap(await signEnvelope(sampleEnvelope(anna), anna.signingSecretKey)));
    // The app gets the decomposed (NFD) spelling and must write the file for its NFC form,
    // which is what the CLI receives from a terminal.
    writeFileSync(join(dir, 'pass.age'), unwrap(await encryptExchange(plaintext, { passphrase: passphrase.normalize('NFD') })));
    // age reads passphrases only from a terminal; `script` gives it one.
    execFileSync('sh', ['-c', `printf '%s\\n' "$PASS" | script -qec 'age -d -o pass.json pass.age' /dev/null`], {
      cwd: dir,
      env: { ...process.env, PASS: passphrase.normalize('NFC') },
      stdio: 'pipe',
    });
    expect(new Uint8Array(readFileSync(join(dir, 'pass.json')))).toEqual(plaintext);
  });

  it('opens a file the CLI encrypted, binary and armored, holding a valid signed envelope', async () => {
    requireAge();
    const envelope = unwrap(await signEnvelope(sampleEnvelope(anna), anna.signingSecretKey));
    writeFileSync(join(dir, 'plain.json'), serialiseEnvelope(envelope));
    execFileSync(AGE, ['-r', bert.recipient, '-o', 'cli.age', 'plain.json'], { cwd: dir, stdio: 'pipe' });
    execFileSync(AGE, ['-a', '-r', bert.recipient, '-o', 'cli-armored.age', 'plain.json'], { cwd: dir, stdio: 'pipe' });
    for (const name of ['cli.age', 'cli-armored.age']) {
      const opened = unwrap(await openExchangeFile(readFileSync(join(dir, name)), { identity: bert.identity }, [memberRecord(anna)]));
      expect(opened.signature.status).toBe('valid-known');
      expect(opened.envelope.records).toEqual(envelope.records);
    }
  });
});
