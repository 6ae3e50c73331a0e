import { armor } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildEnvelope,
  createMemberKeys,
  decryptExchange,
  describeAgeFile,
  encryptExchange,
  formatMemberCard,
  openExchangeFile,
  parseMemberCard,
  readExchangeFile,
  recipientOfIdentity,
  sealExchange,
  serialiseEnvelope,
  signAndSerialise,
  signEnvelope,
  signingPublicKeyOf,
  summariseEnvelope,
  verifyEnvelope,
  type Envelope,
  type MemberCard,
  type MemberKeys,
  type SignedEnvelope,
  type UnsignedEnvelope,
} from '../../shared/exchange';
import type { ErrorCode, Result } from '../../shared/errors/result';
import { ANNA_ID, memberRecord, sampleEnvelope } from '../interop/support/exchangeFixtures';

let anna: MemberKeys;
let bert: MemberKeys;
let carla: MemberKeys;

beforeAll(async () => {
  [anna, bert, carla] = await Promise.all([createMemberKeys(), createMemberKeys(), createMemberKeys()]);
});

function expectCode(result: Result<unknown>, code: ErrorCode): void {
  expect(result.ok ? 'ok' : result.error.code).toBe(code);
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

async function signed(keys: MemberKeys, envelope: UnsignedEnvelope = sampleEnvelope(keys)): Promise<SignedEnvelope> {
  return unwrap(await signEnvelope(envelope, keys.signingSecretKey));
}

/** Encrypts any JSON value for Bert, as a hand-crafted file from a foreign or damaged exporter. */
async function fileForBert(value: unknown): Promise<Uint8Array> {
  return unwrap(await encryptExchange(new TextEncoder().encode(JSON.stringify(value)), { recipients: [bert.recipient] }));
}

const bertKey = () => ({ identity: bert.identity });
const known = () => [memberRecord(anna)];

describe('member keys', () => {
  it('are X25519 and Ed25519 pairs whose public halves derive from the secret ones', async () => {
    expect(anna.identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    expect(anna.recipient).toMatch(/^age1[0-9a-z]{58}$/);
    expect(await recipientOfIdentity(anna.identity)).toBe(anna.recipient);
    expect(signingPublicKeyOf(anna.signingSecretKey)).toBe(anna.signingPublicKey);
    expect(anna.signingPublicKey).not.toBe(bert.signingPublicKey);
  });
});

describe('exchange round trip with X25519 keys', () => {
  it('opens what was sealed, with every record intact and the signer recognised', async () => {
    const envelope = sampleEnvelope(anna);
    const sealed = unwrap(await sealExchange(envelope, anna.signingSecretKey, { recipients: [bert.recipient] }));
    const opened = unwrap(await openExchangeFile(sealed.bytes, bertKey(), known()));
    expect(opened.envelope.records).toEqual(envelope.records);
    expect(opened.envelope.counts).toEqual({ ...envelope.counts, cases: 2, caseNotes: 1, members: 1 });
    expect(opened.signature).toMatchObject({ status: 'valid-known', member: { id: ANNA_ID, name: 'Anna K.' } });
  });

  it('lets every recipient of a file decrypt it', async () => {
    const plaintext = serialiseEnvelope(await signed(anna));
    const file = unwrap(await encryptExchange(plaintext, { recipients: [anna.recipient, bert.recipient, carla.recipient] }));
    for (const keys of [anna, bert, carla]) {
      expect(unwrap(await decryptExchange(file, { identity: keys.identity }))).toEqual(plaintext);
    }
  });

  it('opens an ASCII-armored file (age -a)', async () => {
    const sealed = unwrap(await sealExchange(sampleEnvelope(anna), anna.signingSecretKey, { recipients: [bert.recipient] }));
    const armored = new TextEncoder().encode(armor.encode(sealed.bytes));
    expect(unwrap(await openExchangeFile(armored, bertKey(), known())).signature.status).toBe('valid-known');
  });

  it('summarises who, when, scope, counts and signature for inspect', async () => {
    const sealed = unwrap(await sealExchange(sampleEnvelope(anna), anna.signingSecretKey, { recipients: [bert.recipient] }));
    const opened = unwrap(await readExchangeFile(sealed.bytes, bertKey(), known()));
    const summary = summariseEnvelope(opened.envelope, opened.signature);
    expect(summary).toMatchObject({
      createdAt: '2026-03-03T18:01:00.000Z',
      deviceId: 'laptop-anna',
      member: { id: ANNA_ID, name: 'Anna K.' },
      scope: { kind: 'all' },
      totalRecords: 4,
      signature: { status: 'valid-known', memberId: ANNA_ID, memberName: 'Anna K.', publicKey: anna.signingPublicKey },
    });
    expect(summary.counts.cases).toBe(2);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});

describe('exchange with a passphrase (scrypt, ~1 s per operation)', () => {
  const composed = 'Grüße vom Runden Tisch 2026'.normalize('NFC');
  let file: Uint8Array;

  beforeAll(async () => {
    file = unwrap(await encryptExchange(serialiseEnvelope(await signed(anna)), { passphrase: composed }));
  });

  it('opens with the same words typed in decomposed form (NFD)', async () => {
    const nfd = composed.normalize('NFD');
    expect(nfd).not.toBe(composed);
    const opened = unwrap(await openExchangeFile(file, { passphrase: nfd }, known()));
    expect(opened.signature.status).toBe('valid-known');
  });

  it('refuses a wrong passphrase as a wrong key', async () => {
    expectCode(await decryptExchange(file, { passphrase: 'Grüße vom Runden Tisch 2025' }), 'exchange/wrong-key');
  });

  it('tells the import dialog which kind of key a file needs', async () => {
    expect(unwrap(describeAgeFile(file)).protection).toBe('passphrase');
    const keyed = unwrap(await encryptExchange(new Uint8Array([1]), { recipients: [bert.recipient] }));
    expect(unwrap(describeAgeFile(keyed)).protection).toBe('recipients');
  });

  it('refuses an identity for a passphrase file as a wrong key', async () => {
    expectCode(await decryptExchange(file, bertKey()), 'exchange/wrong-key');
  });
});

describe('damaged or foreign files get their own error code', () => {
  let sealed: Uint8Array;

  beforeAll(async () => {
    sealed = unwrap(await sealExchange(sampleEnvelope(anna), anna.signingSecretKey, { recipients: [bert.recipient] })).bytes;
  });

  it('wrong identity', async () => {
    expectCode(await openExchangeFile(sealed, { identity: carla.identity }, known()), 'exchange/wrong-key');
  });

  it('truncated file, wherever it was cut', async () => {
    const headerEnd = new TextDecoder('latin1').decode(sealed).indexOf('\n---');
    for (const length of [sealed.length - 1, Math.floor(sealed.length / 2), headerEnd + 60, headerEnd, 10]) {
      expectCode(await openExchangeFile(sealed.subarray(0, length), bertKey(), known()), 'exchange/corrupt');
    }
  });

  it('one flipped byte in the payload or in the header MAC (tampered)', async () => {
    const payload = sealed.slice();
    payload[payload.length - 20] = (payload[payload.length - 20] as number) ^ 0x01;
    expectCode(await openExchangeFile(payload, bertKey(), known()), 'exchange/corrupt');
    const mac = sealed.slice();
    const macAt = new TextDecoder('latin1').decode(sealed).indexOf('\n--- ') + 6;
    mac[macAt] = mac[macAt] === 0x41 ? 0x42 : 0x41;
    expectCode(await openExchangeFile(mac, bertKey(), known()), 'exchange/corrupt');
  });

  it('random bytes, an empty file and unencrypted JSON are not age files', async () => {
    const random = crypto.getRandomValues(new Uint8Array(4096));
    expectCode(await openExchangeFile(random, bertKey(), known()), 'exchange/not-age');
    expectCode(await openExchangeFile(new Uint8Array(0), bertKey(), known()), 'exchange/not-age');
    expectCode(await openExchangeFile(serialiseEnvelope(await signed(anna)), bertKey(), known()), 'exchange/not-age');
  });

  it('a file above the size limit is refused before decryption', async () => {
    expectCode(await openExchangeFile(sealed, bertKey(), known(), { maxBytes: sealed.length - 1 }), 'exchange/too-large');
    expect((await openExchangeFile(sealed, bertKey(), known(), { maxBytes: sealed.length })).ok).toBe(true);
  });

  it('an envelope from a newer version says so, even when the rest is unknown to us', async () => {
    const newer = { ...(await signed(anna)), schemaVersion: 2, attachments: [] };
    const result = await openExchangeFile(await fileForBert(newer), bertKey(), known());
    expectCode(result, 'exchange/newer-version');
  });

  it('schema-invalid content: unknown keys at any depth, wrong types, wrong counts, not JSON', async () => {
    const base = await signed(anna);
    const [case1, case2] = base.records.cases;
    const [note] = base.records.caseNotes;
    const variants: unknown[] = [
      { ...base, comment: 'extra top-level key' },
      { ...base, records: { ...base.records, cases: [{ ...case1, secretName: 'Max Mustermann' }, case2] } },
      { ...base, records: { ...base.records, caseNotes: [{ ...note, revisions: [{ text: 'a', replacedAt: 'b', by: 'x' }] }] } },
      { ...base, records: { ...base.records, cases: [{ ...case1, householdSize: '3' }, case2] } },
      { ...base, records: { ...base.records, cases: [case1] } },
      { ...base, records: { ...base.records, unknownEntity: [] } },
      { ...base, scope: { kind: 'everything' } },
    ];
    for (const variant of variants) {
      expectCode(await openExchangeFile(await fileForBert(variant), bertKey(), known()), 'exchange/invalid-content');
    }
    const notJson = unwrap(await encryptExchange(new TextEncoder().encode('{"format":'), { recipients: [bert.recipient] }));
    expectCode(await openExchangeFile(notJson, bertKey(), known()), 'exchange/invalid-content');
    const notUtf8 = unwrap(await encryptExchange(new Uint8Array([0x7b, 0xff, 0x7d]), { recipients: [bert.recipient] }));
    expectCode(await openExchangeFile(notUtf8, bertKey(), known()), 'exchange/invalid-content');
  });
});

describe('signatures', () => {
  it('a record changed after signing and re-encrypted is refused, and inspect reports why', async () => {
    const envelope = await signed(anna);
    const [case1, ...rest] = envelope.records.cases;
    const forged: Envelope = { ...envelope, records: { ...envelope.records, cases: [{ ...case1!, urgency: 'low' }, ...rest] } };
    const file = await fileForBert(forged);
    expectCode(await openExchangeFile(file, bertKey(), known()), 'exchange/bad-signature');
    const inspected = unwrap(await readExchangeFile(file, bertKey(), known()));
    expect(inspected.signature).toEqual({ status: 'invalid', reason: 'bad-signature' });
  });

  it('a signature moved onto another envelope does not verify', async () => {
    const a = await signed(anna);
    const b = await signed(anna, { ...sampleEnvelope(anna), scope: { kind: 'meeting', meetingId: 'meeting-0001' } });
    expect(await verifyEnvelope({ ...b, signature: a.signature }, known())).toEqual({ status: 'invalid', reason: 'bad-signature' });
  });

  it('an unsigned envelope is refused as unsigned', async () => {
    expectCode(await openExchangeFile(await fileForBert(sampleEnvelope(anna)), bertKey(), known()), 'exchange/unsigned');
  });

  it('a valid signature from a key no known member holds is reported as valid-unknown with its key', async () => {
    const envelope = await signed(carla, sampleEnvelope(anna));
    const opened = unwrap(await openExchangeFile(await fileForBert(envelope), bertKey(), known()));
    expect(opened.signature).toEqual({ status: 'valid-unknown', publicKey: carla.signingPublicKey });
  });

  it('names the member who holds the key, not the one the envelope claims', async () => {
    const envelope = await signed(carla, sampleEnvelope(anna));
    const carlaMember = memberRecord(carla, '0197a000-0000-7000-8000-00000000a003', 'Carla M.');
    const check = await verifyEnvelope(envelope, [memberRecord(anna), carlaMember]);
    expect(check).toMatchObject({ status: 'valid-known', member: { name: 'Carla M.' } });
  });

  it('writes canonical JSON, and still verifies a file another tool re-serialised (key order, indentation)', async () => {
    const sealed = unwrap(await signAndSerialise(sampleEnvelope(anna), anna.signingSecretKey));
    expect(sealed.bytes).toEqual(serialiseEnvelope(sealed.envelope));
    const reordered = Object.fromEntries(Object.entries(sealed.envelope).reverse());
    const pretty = unwrap(await encryptExchange(new TextEncoder().encode(JSON.stringify(reordered, null, 2)), { recipients: [bert.recipient] }));
    expect(unwrap(await openExchangeFile(pretty, bertKey(), known())).signature.status).toBe('valid-known');
  });

  it('verifies our own file also behind a UTF-8 byte-order mark, and refuses it changed there', async () => {
    const sealed = unwrap(await signAndSerialise(sampleEnvelope(anna), anna.signingSecretKey));
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...sealed.bytes]);
    const file = unwrap(await encryptExchange(withBom, { recipients: [bert.recipient] }));
    expect(unwrap(await openExchangeFile(file, bertKey(), known())).signature.status).toBe('valid-known');
    const tampered = withBom.slice();
    // The export year's first digit, inside the signed body (only ASCII before it, behind the 3-byte mark): still a valid file.
    const at = 3 + new TextDecoder().decode(sealed.bytes).indexOf('"createdAt":"2') + '"createdAt":"'.length;
    expect(tampered[at]).toBe(0x32);
    tampered[at] = 0x31;
    const changed = unwrap(await encryptExchange(tampered, { recipients: [bert.recipient] }));
    expectCode(await openExchangeFile(changed, bertKey(), known()), 'exchange/bad-signature');
  });

  it('refuses a canonical file changed after signing, and one with a member appended after the signature', async () => {
    const sealed = unwrap(await signAndSerialise(sampleEnvelope(anna), anna.signingSecretKey));
    const [case1, ...rest] = sealed.envelope.records.cases;
    const changedRecords = { ...sealed.envelope.records, cases: [{ ...case1!, title: 'Anderer Titel' }, ...rest] };
    const changed = serialiseEnvelope({ ...sealed.envelope, records: changedRecords });
    const encryptForBert = async (bytes: Uint8Array) => unwrap(await encryptExchange(bytes, { recipients: [bert.recipient] }));
    expectCode(await openExchangeFile(await encryptForBert(changed), bertKey(), known()), 'exchange/bad-signature');
    // JSON.parse keeps the last of two equal keys: a member after the signature must not slip through.
    const text = new TextDecoder().decode(sealed.bytes);
    const appended = `${text.slice(0, -1)},"records":${JSON.stringify(changedRecords)}}`;
    const result = await openExchangeFile(await encryptForBert(new TextEncoder().encode(appended)), bertKey(), known());
    expectCode(result, 'exchange/bad-signature');
  });
});

describe('bad keys are refused before any work', () => {
  it('on encryption, signing and decryption', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expectCode(await encryptExchange(bytes, { recipients: [] }), 'exchange/invalid-key');
    expectCode(await encryptExchange(bytes, { recipients: [bert.recipient.slice(0, -1) + 'q'] }), 'exchange/invalid-key');
    expectCode(await encryptExchange(bytes, { passphrase: '' }), 'exchange/invalid-key');
    expectCode(await signEnvelope(sampleEnvelope(anna), 'bm90IGEga2V5'), 'exchange/invalid-key');
    const file = unwrap(await encryptExchange(bytes, { recipients: [bert.recipient] }));
    expectCode(await decryptExchange(file, { identity: 'AGE-SECRET-KEY-1XYZ' }), 'exchange/invalid-key');
  });
});

describe('member card (Mitgliedskarte)', () => {
  const card = (): MemberCard => ({
    id: ANNA_ID,
    name: 'Anna K.',
    organisation: 'Café Mondial',
    role: 'member',
    recipient: anna.recipient,
    signingKey: anna.signingPublicKey,
  });

  it('round-trips as one line, also when an e-mail client wrapped it', () => {
    const text = unwrap(formatMemberCard(card()));
    expect(text).toMatch(/^RTCARD1:[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(unwrap(parseMemberCard(text))).toEqual(card());
    const wrapped = `\n  ${text.slice(0, 70)}\r\n${text.slice(70, 140)}\n${text.slice(140)}  \n`;
    expect(unwrap(parseMemberCard(wrapped))).toEqual(card());
  });

  it('refuses a card with one character changed or cut off', () => {
    const text = unwrap(formatMemberCard(card()));
    const i = 40;
    const typo = text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1);
    expectCode(parseMemberCard(typo), 'exchange/invalid-card');
    expectCode(parseMemberCard(text.slice(0, -12)), 'exchange/invalid-card');
    expectCode(parseMemberCard('hello'), 'exchange/invalid-card');
  });

  it('refuses invalid fields, and names a card from a newer version', () => {
    expectCode(formatMemberCard({ ...card(), recipient: 'age1notarecipient' }), 'exchange/invalid-card');
    expectCode(formatMemberCard({ ...card(), name: '   ' }), 'exchange/invalid-card');
    const text = unwrap(formatMemberCard(card()));
    expectCode(parseMemberCard(text.replace('RTCARD1:', 'RTCARD2:')), 'exchange/newer-version');
  });
});

describe('envelope building', () => {
  it('counts each entity and fills missing ones with empty lists', () => {
    const envelope = buildEnvelope({
      deviceId: 'laptop-bert',
      member: null,
      scope: { kind: 'cases', caseIds: ['case-0001'] },
      createdAt: new Date('2026-03-04T10:00:00Z'),
      records: {},
    });
    expect(Object.values(envelope.counts).every((n) => n === 0)).toBe(true);
    expect(Object.values(envelope.records).every((list) => list.length === 0)).toBe(true);
    expect(envelope.exportId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });
});
