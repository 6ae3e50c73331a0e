import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildEnvelope, encryptExchange, serialiseEnvelope, signAndSerialise } from '../../shared/exchange';
import { decodeUtf8Strict, utf8 } from '../../shared/exchange/encoding';
import type { Result } from '../../shared/errors/result';
import { canonicalJson } from '../../shared/merge/canonical';
import { db } from '../../renderer/db/database';
import { ensureDevice } from '../../renderer/db/device';
import { updateCase } from '../../renderer/db/repositories/cases';
import { applyImport, prepareImport } from '../../renderer/exchange/importFile';
import { loadMyKeys } from '../../renderer/exchange/keyRing';
import { setSecretProtector } from '../../renderer/exchange/secrets';
import { setClock } from '../../renderer/platform/clock';
import { addCase, codeOf, exportFile, fakeKeychain, importFile, membersWhoKnowEachOther, must, resetDevices, useDevice, wholeDatabase } from './exchange.support';

// Every bad file is refused with its own code, and Ben's database (every table,
// settings and backups included) is byte for byte what it was before.

let wall = Date.UTC(2026, 2, 3, 18, 0, 0);
let ids: Record<string, string>;
let caseId: string;

beforeEach(async () => {
  setClock(() => (wall += 7));
  setSecretProtector(fakeKeychain());
  await resetDevices();
  ids = await membersWhoKnowEachOther(['anna', 'ben']);
  await useDevice('anna');
  caseId = await addCase('RT-2026-001', 'Wohnungssuche');
  await useDevice('ben');
  await addCase('RT-2026-002', 'Sprachkurs');
});
afterEach(() => {
  setClock();
  setSecretProtector();
  vi.restoreAllMocks();
});

/** Runs the attempt on Ben's laptop and checks it failed with `code` and changed nothing. */
async function refusedOnBen(attempt: () => Promise<Result<unknown>>, code: string): Promise<void> {
  await useDevice('ben');
  const before = await wholeDatabase();
  expect(codeOf(await attempt())).toBe(code);
  expect(await wholeDatabase()).toBe(before);
}

/** Anna's envelope as plain JSON, for building damaged files. */
async function annasEnvelope(): Promise<Record<string, unknown>> {
  await useDevice('anna');
  const annaCase = await db.cases.get(caseId);
  const anna = await db.members.get(ids.anna as string);
  const envelope = buildEnvelope({
    deviceId: (await ensureDevice()).deviceId,
    member: { id: ids.anna as string, name: 'anna' },
    scope: { kind: 'all' },
    records: { cases: annaCase ? [annaCase] : [], members: anna ? [anna] : [] },
    createdAt: new Date(wall),
  });
  return JSON.parse(canonicalJson(envelope)) as Record<string, unknown>;
}

/** Signs (or not) and encrypts plaintext for Ben, as a careless or hostile exporter could. */
async function forBen(plaintext: Uint8Array): Promise<Uint8Array> {
  await useDevice('ben');
  const recipient = (await db.members.get(ids.ben as string))?.recipient as string;
  return must(await encryptExchange(plaintext, { recipients: [recipient] }));
}

async function signedByAnna(envelope: Record<string, unknown>): Promise<Uint8Array> {
  await useDevice('anna');
  const { keys } = await loadMyKeys();
  return must(await signAndSerialise(envelope as never, keys.signingSecretKey)).bytes;
}

const identity = { mode: 'identity' } as const;

describe('bad files leave the database untouched', () => {
  test('a wrong passphrase, then the right one typed in another Unicode form', async () => {
    await useDevice('anna');
    const bytes = await exportFile({ kind: 'all' }, { mode: 'passphrase', passphrase: 'Grüße vom Runden Tisch' });
    await refusedOnBen(() => prepareImport(bytes, { mode: 'passphrase', passphrase: 'Grüsse vom Runden Tisch' }), 'exchange/wrong-key');
    // The same words in NFD (as macOS may send them) open the file: passphrases are compared as NFC.
    const { preview } = await importFile(bytes, { mode: 'passphrase', passphrase: 'Grüße vom Runden Tisch'.normalize('NFD') });
    expect(preview.perEntity.cases.added).toBe(1);
  }, 60_000); // three rounds of scrypt, ~3 s each in Node

  test('a file encrypted for other members only (wrong identity)', async () => {
    await useDevice('anna');
    const annaRecipient = (await db.members.get(ids.anna as string))?.recipient as string;
    const onlyAnna = must(await encryptExchange(serialiseEnvelope((await annasEnvelope()) as never), { recipients: [annaRecipient] }));
    await refusedOnBen(() => prepareImport(onlyAnna, identity), 'exchange/wrong-key');
  });

  test('truncated, tampered and not an age file at all', async () => {
    await useDevice('anna');
    const good = await exportFile();
    await refusedOnBen(() => prepareImport(good.slice(0, good.length - 40), identity), 'exchange/corrupt');
    const tampered = good.slice();
    tampered[tampered.length - 30] = (tampered[tampered.length - 30] as number) ^ 0x01;
    await refusedOnBen(() => prepareImport(tampered, identity), 'exchange/corrupt');
    await refusedOnBen(() => prepareImport(utf8('Liebe Grüße, Anna'), identity), 'exchange/not-age');
    await refusedOnBen(() => prepareImport(new Uint8Array(), identity), 'exchange/not-age');
  });

  test('an envelope from a newer version of the app', async () => {
    const envelope = { ...(await annasEnvelope()), schemaVersion: 2 };
    const bytes = await forBen(await signedByAnna(envelope));
    await refusedOnBen(() => prepareImport(bytes, identity), 'exchange/newer-version');
  });

  test('schema-invalid content, even when properly signed', async () => {
    const envelope = await annasEnvelope();
    const records = envelope.records as { cases: Record<string, unknown>[] };
    records.cases[0] = { ...records.cases[0], clientName: 'Frau M.' };
    const bytes = await forBen(await signedByAnna(envelope));
    await refusedOnBen(() => prepareImport(bytes, identity), 'exchange/invalid-content');
  });

  test('an unsigned envelope and one whose content was changed after signing', async () => {
    const unsigned = await forBen(serialiseEnvelope((await annasEnvelope()) as never));
    await refusedOnBen(() => prepareImport(unsigned, identity), 'exchange/unsigned');

    const signedText = decodeUtf8Strict(await signedByAnna(await annasEnvelope()));
    const forged = await forBen(utf8(signedText.replace('Wohnungssuche', 'Wohnung gefunden')));
    await refusedOnBen(() => prepareImport(forged, identity), 'exchange/bad-signature');
  });

  test('a failure inside the apply transaction rolls back the snapshot and every table written before it', async () => {
    await useDevice('anna');
    const bytes = await exportFile();
    await useDevice('ben');
    const preview = must(await prepareImport(bytes, identity));
    expect(preview.perEntity.members.changed + preview.perEntity.members.conflicts).toBeGreaterThan(0);
    // members are written after cases and after the snapshot: both must disappear with the abort.
    vi.spyOn(db.table('members'), 'bulkPut').mockRejectedValueOnce(new Error('disk unplugged'));
    await refusedOnBen(() => applyImport(preview, { confirmUnknownSigner: false }), 'unknown');
    // Nothing stuck: the same preview applies once the disk is back.
    must(await applyImport(preview, { confirmUnknownSigner: false }));
    expect(await db.cases.get(caseId)).toBeDefined();
  });

  test('a preview that went stale because the same field changed here meanwhile is not applied', async () => {
    await useDevice('anna');
    const first = await exportFile();
    await useDevice('ben');
    await importFile(first);
    await useDevice('anna');
    must(await updateCase(caseId, { title: 'Wohnungssuche, Frist im April' }));
    const second = await exportFile();
    await useDevice('ben');
    const preview = must(await prepareImport(second, identity));
    expect(preview.perEntity.cases).toMatchObject({ changed: 1, conflicts: 0 });
    // While the preview is open, Ben edits the same field: applying would now make a conflict the preview never showed.
    must(await updateCase(caseId, { title: 'Wohnungssuche (Ben)' }));
    await refusedOnBen(() => applyImport(preview, { confirmUnknownSigner: false }), 'exchange/stale-preview');
    const fresh = must(await prepareImport(second, identity));
    expect(fresh.perEntity.cases).toMatchObject({ conflicts: 1 });
    must(await applyImport(fresh, { confirmUnknownSigner: false }));
  });

  test('an older preview is not applied once another file was prepared', async () => {
    await useDevice('anna');
    const bytes = await exportFile();
    await useDevice('ben');
    const older = must(await prepareImport(bytes, identity));
    must(await prepareImport(bytes, identity));
    await refusedOnBen(() => applyImport(older, { confirmUnknownSigner: false }), 'exchange/stale-preview');
  });

  test('importing without keys or without knowing who I am says so', async () => {
    await useDevice('anna');
    const bytes = await exportFile();
    await useDevice('newcomer');
    const before = await wholeDatabase();
    expect(codeOf(await prepareImport(bytes, identity))).toBe('exchange/no-member');
    expect(await wholeDatabase()).toBe(before);
  });
});
