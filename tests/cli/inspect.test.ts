import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/index';
import type { Result } from '../../shared/errors/result';
import {
  buildEnvelope,
  createMemberKeys,
  encryptExchange,
  formatMemberCard,
  sealExchange,
  serialiseEnvelope,
  signEnvelope,
  type MemberKeys,
} from '../../shared/exchange';
import { ANNA_ID, DEVICE_ID, caseRecords, sampleEnvelope } from '../interop/support/exchangeFixtures';

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

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

let dir = '';
let anna: MemberKeys;
let bert: MemberKeys;
let carla: MemberKeys;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rt-inspect-'));
  [anna, bert, carla] = await Promise.all([createMemberKeys(), createMemberKeys(), createMemberKeys()]);
  // Bert's identity file as people keep them: comments, blank lines, an older key first.
  await writeFile(path('bert.key'), `# created: 2026-01-01T00:00:00Z\n# public key: ${carla.recipient}\n${carla.identity}\n\n# Bert, new laptop\n${bert.identity}\n`);
  await writeFile(path('carla.key'), `${carla.identity}\n`);
  // Anna signs and encrypts her export (2 cases, 1 note, 1 member) for Bert.
  await writeFile(path('anna.age'), unwrap(await sealExchange(sampleEnvelope(anna), anna.signingSecretKey, { recipients: [bert.recipient] })).bytes);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runder-tisch inspect', () => {
  it('prints who, when, scope, counts and signature of a file for one of the identities in the key file', async () => {
    const { code, out, err } = await cli(['inspect', path('anna.age'), '--identity', path('bert.key')]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(/^Exported by: +Anna K\. \(member 0197a000-0000-7000-8000-00000000a001\)$/m);
    expect(out).toMatch(/^Device: +laptop-anna$/m);
    expect(out).toMatch(/^Created: +2026-03-03T18:01:00\.000Z$/m);
    expect(out).toMatch(/^Scope: +everything$/m);
    expect(out).toMatch(new RegExp(`^Signature: +valid \\(key ${anna.signingPublicKey.replace(/[+/]/g, '\\$&')}\\)`, 'm'));
    expect(out).toMatch(/^Schema: +runder-tisch-exchange version 1$/m);
    expect(out).toMatch(/^Records: +4$/m);
    expect(out).toMatch(/^ {2}cases +2$/m);
    expect(out).toMatch(/^ {2}caseNotes +1$/m);
    expect(out).toMatch(/^ {2}members +1$/m);
    expect(out).toMatch(/^ {2}followUps +0$/m);
  });

  it('names the signer from member cards given with --members', async () => {
    const card = unwrap(
      formatMemberCard({ id: ANNA_ID, name: 'Anna K.', organisation: 'Café Mondial', role: 'member', recipient: anna.recipient, signingKey: anna.signingPublicKey }),
    );
    // A card wrapped by an e-mail program, after a comment.
    await writeFile(path('cards.txt'), `# Mitgliedskarten\n${card.slice(0, 40)}\n${card.slice(40)}\n`);
    const { code, out } = await cli(['inspect', path('anna.age'), '--identity', path('bert.key'), '--members', path('cards.txt')]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Signature: +valid, signed by Anna K\. \(key /m);
  });

  it('prints one JSON object with --json', async () => {
    const { code, out } = await cli(['inspect', path('anna.age'), '--identity', path('bert.key'), '--json']);
    expect(code).toBe(0);
    const manifest = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(manifest)).toEqual([
      'file', 'protection', 'format', 'schemaVersion', 'exportId', 'createdAt', 'member', 'deviceId', 'scope', 'counts', 'totalRecords', 'signature',
    ]);
    expect(manifest).toMatchObject({
      file: path('anna.age'),
      protection: 'recipients',
      format: 'runder-tisch-exchange',
      schemaVersion: 1,
      createdAt: '2026-03-03T18:01:00.000Z',
      member: { id: ANNA_ID, name: 'Anna K.' },
      deviceId: DEVICE_ID,
      scope: { kind: 'all' },
      counts: { cases: 2, caseNotes: 1, members: 1, meetings: 0 },
      totalRecords: 4,
      signature: { status: 'valid-unknown', publicKey: anna.signingPublicKey },
    });
  });

  it('shows unsigned files and files whose signature does not match, without refusing them', async () => {
    const unsigned = buildEnvelope({ deviceId: DEVICE_ID, member: null, scope: { kind: 'cases', caseIds: [caseRecords()[0]?.id ?? ''] }, createdAt: new Date(0), records: { cases: caseRecords().slice(0, 1) } });
    await writeFile(path('unsigned.age'), unwrap(await encryptExchange(serialiseEnvelope(unsigned), { recipients: [bert.recipient] })));
    const plain = await cli(['inspect', path('unsigned.age'), '--identity', path('bert.key')]);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/^Signature: +unsigned$/m);
    expect(plain.out).toMatch(/^Exported by: +\(no member named\)$/m);
    expect(plain.out).toMatch(/^Scope: +1 selected case$/m);

    // Signed by Anna, then a case title changed afterwards.
    const signed = unwrap(await signEnvelope(sampleEnvelope(anna), anna.signingSecretKey));
    const forged = { ...signed, records: { ...signed.records, cases: signed.records.cases.map((c) => ({ ...c, title: 'geändert' })) } };
    await writeFile(path('forged.age'), unwrap(await encryptExchange(serialiseEnvelope(forged), { recipients: [bert.recipient] })));
    const bad = await cli(['inspect', path('forged.age'), '--identity', path('bert.key'), '--json']);
    expect(bad.code).toBe(0);
    expect(JSON.parse(bad.out)).toMatchObject({ signature: { status: 'invalid', reason: 'bad-signature' } });
  });

  it('opens a passphrase file with the first line of --passphrase-file, normalised to NFC', { timeout: 30_000 }, async () => {
    const passphrase = 'Sprachkurs für Ümit';
    await writeFile(path('guest.age'), unwrap(await sealExchange(sampleEnvelope(anna), anna.signingSecretKey, { passphrase: passphrase.normalize('NFC') })).bytes);
    // Typed on a system that writes NFD, with a trailing line break and a second line.
    await writeFile(path('pass.txt'), `${passphrase.normalize('NFD')}\r\nnot part of it\n`);
    const { code, out, err } = await cli(['inspect', path('guest.age'), '--passphrase-file', path('pass.txt')]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(/^File: +.*guest\.age \(age, passphrase\)$/m);
    expect(out).toMatch(/^Records: +4$/m);
  });

  it('refuses a tampered file with exit code 1 and one line naming the problem', async () => {
    const sealed = unwrap(await sealExchange(sampleEnvelope(anna), anna.signingSecretKey, { recipients: [bert.recipient] })).bytes;
    const tampered = Uint8Array.from(sealed);
    tampered[tampered.length - 20] = (tampered[tampered.length - 20] ?? 0) ^ 0x01;
    await writeFile(path('tampered.age'), tampered);
    const { code, out, err } = await cli(['inspect', path('tampered.age'), '--identity', path('bert.key')]);
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toMatch(/^runder-tisch: '.*tampered\.age' is damaged or was changed after encryption \(.+\)\.\n$/);
  });

  it('refuses other files it cannot open with exit code 1 and a clear message', async () => {
    await writeFile(path('notes.txt'), 'Termin beim Amt\n');
    const future = { format: 'runder-tisch-exchange', schemaVersion: 2, records: {} };
    await writeFile(path('future.age'), unwrap(await encryptExchange(new TextEncoder().encode(JSON.stringify(future)), { recipients: [bert.recipient] })));
    await writeFile(path('nokey.txt'), '# only comments\n');
    const cases: [string[], RegExp][] = [
      [['inspect', path('anna.age'), '--identity', path('carla.key')], /no identity in '.*carla\.key' can decrypt '.*anna\.age'/],
      [['inspect', path('notes.txt'), '--identity', path('bert.key')], /'.*notes\.txt' is not an age file/],
      [['inspect', path('future.age'), '--identity', path('bert.key')], /'.*future\.age' was made by a newer version of Runder Tisch \(schema version 2 > 1\); update runder-tisch/],
      [['inspect', path('anna.age'), '--passphrase-file', path('bert.key')], /'.*anna\.age' is encrypted for members, not with a passphrase; use --identity/],
      [['inspect', path('anna.age'), '--identity', path('nokey.txt')], /'.*nokey\.txt' holds no age identity/],
      [['inspect', path('missing.age'), '--identity', path('bert.key')], /cannot read file '.*missing\.age' \(ENOENT\)/],
    ];
    for (const [argv, message] of cases) {
      const { code, out, err } = await cli(argv);
      expect({ argv, code, out }).toEqual({ argv, code: 1, out: '' });
      expect(err).toMatch(message);
      expect(err.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('refuses a wrong command line with exit code 2', async () => {
    const cases: [string[], string][] = [
      [['inspect', '--identity', path('bert.key')], 'inspect needs the exchange file to read.'],
      [['inspect', path('anna.age')], 'give exactly one of --identity <keyfile> and --passphrase-file <file>.'],
      [['inspect', path('anna.age'), '--identity', path('bert.key'), '--passphrase-file', path('pass.txt')], 'give exactly one of'],
      [['inspect', path('anna.age'), path('anna.age'), '--identity', path('bert.key')], 'inspect reads one file, got 2.'],
    ];
    for (const [argv, message] of cases) {
      const { code, out, err } = await cli(argv);
      expect({ argv, code, out }).toEqual({ argv, code: 2, out: '' });
      expect(err).toContain(`runder-tisch: ${message}`);
    }
  });
});
