import { fail, ok, type Result } from '../errors/result';
import { ENTITY_NAMES } from '../model/entities';
import { decryptExchange, type DecryptKey, type DecryptOptions } from './age';
import { decodeEnvelope, type Envelope, type ExchangeCounts, type ExchangeScope, type ExportingMember } from './envelope';
import { type KnownSigner, type SignatureCheck, verifyEnvelopeText } from './signature';

/** A decrypted, validated envelope and what its signature says about its origin. */
export interface OpenedExchange<M extends KnownSigner = KnownSigner> {
  readonly envelope: Envelope;
  readonly signature: SignatureCheck<M>;
}

/**
 * Decrypts, validates and checks the signature, without judging the signature:
 * for `inspect`, which reports a bad signature instead of refusing to show anything.
 */
export async function readExchangeFile<M extends KnownSigner>(
  bytes: Uint8Array,
  key: DecryptKey,
  knownMembers: readonly M[],
  options: DecryptOptions = {},
): Promise<Result<OpenedExchange<M>>> {
  const plaintext = await decryptExchange(bytes, key, options);
  if (!plaintext.ok) return plaintext;
  const decoded = decodeEnvelope(plaintext.data);
  if (!decoded.ok) return decoded;
  const signature = await verifyEnvelopeText(decoded.data.envelope, decoded.data.text, knownMembers, plaintext.data);
  return ok({ envelope: decoded.data.envelope, signature });
}

/**
 * The import path in one call: a file that is unsigned or whose signature does not
 * verify is refused. An unknown but valid signer is returned as `valid-unknown`, for
 * the caller to ask the user for explicit confirmation.
 */
export async function openExchangeFile<M extends KnownSigner>(
  bytes: Uint8Array,
  key: DecryptKey,
  knownMembers: readonly M[],
  options: DecryptOptions = {},
): Promise<Result<OpenedExchange<M>>> {
  const opened = await readExchangeFile(bytes, key, knownMembers, options);
  if (!opened.ok) return opened;
  const check = opened.data.signature;
  if (check.status === 'invalid') {
    return check.reason === 'unsigned'
      ? fail('exchange/unsigned', 'the envelope carries no signature')
      : fail('exchange/bad-signature', 'the signature does not match the content');
  }
  return opened;
}

/** The manifest of a file: plain JSON, for the import preview and `runder-tisch inspect --json`. */
export interface ExchangeSummary {
  readonly exportId: string;
  readonly createdAt: string;
  readonly deviceId: string;
  readonly member: ExportingMember | null;
  readonly scope: ExchangeScope;
  readonly counts: ExchangeCounts;
  readonly totalRecords: number;
  readonly signature:
    | { readonly status: 'valid-known'; readonly memberId: string; readonly memberName: string; readonly publicKey: string }
    | { readonly status: 'valid-unknown'; readonly publicKey: string }
    | { readonly status: 'invalid'; readonly reason: 'unsigned' | 'bad-signature' };
}

/** Who exported the file, when, what scope, how many records of each kind, and the signature status. */
export function summariseEnvelope(envelope: Envelope, signature: SignatureCheck): ExchangeSummary {
  const counts = Object.fromEntries(ENTITY_NAMES.map((name) => [name, envelope.records[name].length])) as ExchangeCounts;
  return {
    exportId: envelope.exportId,
    createdAt: envelope.createdAt,
    deviceId: envelope.device.deviceId,
    member: envelope.member,
    scope: envelope.scope,
    counts,
    totalRecords: ENTITY_NAMES.reduce((sum, name) => sum + counts[name], 0),
    signature:
      signature.status === 'valid-known'
        ? { status: 'valid-known', memberId: signature.member.id, memberName: signature.member.name, publicKey: signature.publicKey }
        : signature,
  };
}
