import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/errors/result';
import { buildEnvelope, canonicalBody, createMemberKeys, decryptExchange, signAndSerialise, type EnvelopeInput, type UnsignedEnvelope } from '../../shared/exchange';
import { startStreamingSeal } from '../../shared/exchange/streamSeal';
import { CANONICAL_ENTITY_ORDER, createCanonicalBodyWriter } from '../../shared/exchange/bodyWriter';
import { concatBytes } from '../../shared/exchange/encoding';
import { ENTITY_NAMES } from '../../shared/model/entities';
import { demoRecords } from '../bench/demoData';

// The export writes the envelope's canonical bytes page by page as it reads; the file must be
// the very file the one-piece serialisation makes (signature, byte-for-byte exports, old readers).

function frameOf(envelope: UnsignedEnvelope) {
  const { records: _records, ...frame } = envelope;
  return frame;
}

function collected(frame: ReturnType<typeof frameOf>) {
  const chunks: Uint8Array[] = [];
  const writer = createCanonicalBodyWriter(frame, (chunk) => chunks.push(chunk));
  return { writer, finish: () => { const end = writer.finish(); return end.ok ? { ok: true as const, data: concatBytes(chunks) } : end; } };
}

function pieceByPiece(envelope: UnsignedEnvelope, pageSize: number) {
  const { writer, finish } = collected(frameOf(envelope));
  for (const name of CANONICAL_ENTITY_ORDER) {
    const records = envelope.records[name] as readonly unknown[];
    for (let at = 0; at < records.length; at += pageSize) writer.add(name, records.slice(at, at + pageSize));
  }
  return finish();
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

describe('the canonical body written piece by piece', () => {
  const envelope = buildEnvelope({
    deviceId: 'laptop-anna',
    member: { id: '0197a000-0000-7000-8000-00000000a001', name: 'Anna K.' },
    scope: { kind: 'all' },
    records: demoRecords(12, 3) as unknown as EnvelopeInput['records'],
    createdAt: new Date(Date.UTC(2026, 10, 21, 19)),
  });

  it('is byte for byte the canonical body of the whole envelope, whatever the page size', () => {
    const whole = canonicalBody(envelope);
    if (!whole.ok) throw new Error(whole.error.message);
    expect(ENTITY_NAMES.every((name) => envelope.records[name].length > 0)).toBe(true);
    for (const pageSize of [1, 7, 100_000]) {
      const body = pieceByPiece(envelope, pageSize);
      if (!body.ok) throw new Error(body.error.message);
      expect(text(body.data)).toBe(text(whole.data));
    }
  });

  it('writes empty entities as empty lists, as the whole envelope does', () => {
    const empty = buildEnvelope({ deviceId: 'laptop-anna', member: null, scope: { kind: 'meeting', meetingId: envelope.exportId }, records: {}, createdAt: new Date(0) });
    const body = collected(frameOf(empty)).finish();
    const whole = canonicalBody(empty);
    expect(body.ok && whole.ok && text(body.data) === text(whole.data)).toBe(true);
  });

  it('refuses records that do not match the counts, entities out of order, and values JSON cannot carry', () => {
    const short = createCanonicalBodyWriter(frameOf(envelope), () => undefined);
    short.add('cases', envelope.records.cases.slice(1));
    expect(short.finish()).toMatchObject({ ok: false, error: { code: 'validation/invalid' } });

    const late = createCanonicalBodyWriter(frameOf(envelope), () => undefined);
    late.add('members', envelope.records.members);
    late.add('cases', envelope.records.cases);
    expect(late.finish()).toMatchObject({ ok: false, error: { code: 'validation/invalid' } });

    const counts = { ...envelope.counts, cases: 1 };
    const odd = createCanonicalBodyWriter({ ...frameOf(envelope), counts }, () => undefined);
    odd.add('cases', [{ ...envelope.records.cases[0], householdSize: Number.NaN }]);
    expect(odd.finish()).toMatchObject({ ok: false, error: { code: 'validation/invalid' } });
  });
});

describe('sealing the body as it is written', () => {
  it('makes the plaintext signAndSerialise makes, in any chunking, and refuses a body that is no envelope', async () => {
    const keys = await createMemberKeys();
    const envelope = buildEnvelope({ deviceId: 'laptop-anna', member: null, scope: { kind: 'all' }, records: demoRecords(3, 5) as unknown as EnvelopeInput['records'], createdAt: new Date(0) });
    const expected = text(must(await signAndSerialise(envelope, keys.signingSecretKey)).bytes);
    for (const pageSize of [1, 50]) {
      const seal = must(startStreamingSeal(keys.signingSecretKey, { recipients: [keys.recipient] }));
      const writer = createCanonicalBodyWriter(frameOf(envelope), (chunk) => seal.write(chunk));
      for (const name of CANONICAL_ENTITY_ORDER) {
        const records = envelope.records[name] as readonly unknown[];
        for (let at = 0; at < records.length; at += pageSize) writer.add(name, records.slice(at, at + pageSize));
      }
      must(writer.finish());
      const file = must(await seal.finish());
      expect(text(must(await decryptExchange(file, { identity: keys.identity })))).toBe(expected);
    }
    const notEnvelope = must(startStreamingSeal(keys.signingSecretKey, { recipients: [keys.recipient] }));
    notEnvelope.write(new TextEncoder().encode('[1]'));
    expect(await notEnvelope.finish()).toMatchObject({ ok: false, error: { code: 'validation/invalid' } });
    expect(startStreamingSeal('not a key', { recipients: [keys.recipient] })).toMatchObject({ ok: false, error: { code: 'exchange/invalid-key' } });
  });
});
