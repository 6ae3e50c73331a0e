import { fail, ok, type Result } from '../errors/result';
import { canonicalJson } from '../merge/canonical';
import { sha256, toHex, utf8 } from './encoding';
import { type Envelope, type EnvelopeSignature, type SignedEnvelope, type UnsignedEnvelope, unsignedPart } from './envelope';
import { decodeSigningSecretKey, signBytes, signingPublicKeyOf, verifyBytes } from './keys';

/**
 * Signatures over envelopes. The signed message is the ASCII text
 * `runder-tisch-exchange/v1\n<hex SHA-256 of the canonical JSON of the unsigned envelope>`:
 * canonical JSON makes the bytes independent of key order and whitespace, the hash
 * keeps Ed25519's input small on 60 MB exports, and the prefix binds the signature to
 * this purpose and version so it can never be replayed as another kind of message.
 *
 * Speed: canonical JSON costs several times JSON.stringify on large exports. The
 * plaintext we write is itself canonical, and `signature` sorts after every other
 * envelope key, so the file's text is the signed text with the signature member
 * spliced in before the last brace. Sealing therefore canonicalises once, and opening
 * checks the signature over the received text without canonicalising again; only a
 * file re-serialised by another tool takes the slow path through canonicalJson.
 */

export const SIGNATURE_CONTEXT = 'runder-tisch-exchange/v1\n';

/** A member as the signature check needs it: the app passes its Member records. */
export interface KnownSigner {
  readonly id: string;
  readonly name: string;
  readonly signingKey: string | null;
}

export type SignatureCheck<M extends KnownSigner = KnownSigner> =
  | { readonly status: 'valid-known'; readonly member: M; readonly publicKey: string }
  | { readonly status: 'valid-unknown'; readonly publicKey: string }
  | { readonly status: 'invalid'; readonly reason: 'unsigned' | 'bad-signature' };

async function messageForCanonicalBytes(canonicalBytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return messageForDigest(await sha256(canonicalBytes));
}

/** The signed message for the SHA-256 of the canonical bytes (for a hash made piece by piece). */
export function messageForDigest(digest: Uint8Array): Uint8Array {
  return utf8(SIGNATURE_CONTEXT + toHex(digest));
}

async function messageForCanonicalText(canonicalText: string): Promise<Uint8Array> {
  return messageForCanonicalBytes(utf8(canonicalText));
}

const CLOSING_BRACE = 0x7d;

/** The exact bytes an envelope's signature is made over. */
export async function signedMessage(envelope: UnsignedEnvelope): Promise<Uint8Array> {
  return messageForCanonicalText(canonicalJson(envelope));
}

/** The signature as the last member of the envelope's canonical text, closing brace included. */
export function signatureMember(signature: EnvelopeSignature): string {
  return `,"signature":${canonicalJson(signature)}}`;
}

/**
 * Signs an envelope and returns it with its canonical bytes, the plaintext of the file,
 * canonicalising only once. Fails for a malformed key or a value JSON cannot carry.
 */
export async function signAndSerialise(
  envelope: UnsignedEnvelope,
  secretKey: string,
): Promise<Result<{ readonly envelope: SignedEnvelope; readonly bytes: Uint8Array<ArrayBuffer> }>> {
  const key = decodeSigningSecretKey(secretKey);
  const publicKey = signingPublicKeyOf(secretKey);
  if (!key || !publicKey) return fail('exchange/invalid-key', 'signing key is not a 32-byte Ed25519 key in base64');
  const unsigned = unsignedPart(envelope);
  const body = canonicalBody(unsigned);
  if (!body.ok) return body;
  const signed = await signCanonicalBody(body.data, secretKey);
  return signed.ok ? ok({ envelope: { ...unsigned, signature: signed.data.signature }, bytes: signed.data.bytes }) : signed;
}

/**
 * The canonical UTF-8 bytes of an unsigned envelope: what its signature covers. Encoded once: the
 * file's bytes are the same with the signature spliced in (a copy, not a second encoding).
 */
export function canonicalBody(unsigned: UnsignedEnvelope): Result<Uint8Array<ArrayBuffer>> {
  try {
    return ok(utf8(canonicalJson(unsigned)));
  } catch (thrown) {
    // canonicalJson refuses what JSON cannot carry exactly (NaN, undefined in a list, a Date).
    return fail('validation/invalid', `envelope is not plain JSON: ${String(thrown)}`);
  }
}

/**
 * Signs the canonical bytes of an unsigned envelope (see canonicalBody) and returns the file's
 * plaintext: those bytes with the signature member spliced in before the closing brace. Lets
 * the export serialise where the records are and hand over bytes instead of 100,000 objects.
 */
export async function signCanonicalBody(
  body: Uint8Array<ArrayBuffer>,
  secretKey: string,
): Promise<Result<{ readonly signature: EnvelopeSignature; readonly bytes: Uint8Array<ArrayBuffer> }>> {
  const key = decodeSigningSecretKey(secretKey);
  const publicKey = signingPublicKeyOf(secretKey);
  if (!key || !publicKey) return fail('exchange/invalid-key', 'signing key is not a 32-byte Ed25519 key in base64');
  if (body.length < 2 || body[body.length - 1] !== CLOSING_BRACE) return fail('validation/invalid', 'not the canonical JSON of an envelope');
  const signature: EnvelopeSignature = {
    alg: 'ed25519',
    publicKey,
    value: signBytes(await messageForCanonicalBytes(body), key),
  };
  const tail = utf8(signatureMember(signature));
  const bytes = new Uint8Array(body.length - 1 + tail.length);
  bytes.set(body.subarray(0, body.length - 1));
  bytes.set(tail, body.length - 1);
  return ok({ signature, bytes });
}

/** Signs an envelope with a member's Ed25519 secret key (base64); any old signature is replaced. */
export async function signEnvelope(envelope: UnsignedEnvelope, secretKey: string): Promise<Result<SignedEnvelope>> {
  const signed = await signAndSerialise(envelope, secretKey);
  return signed.ok ? ok(signed.data.envelope) : signed;
}

function identify<M extends KnownSigner>(publicKey: string, knownMembers: readonly M[]): SignatureCheck<M> {
  // The signer is recognised by the key alone: the envelope's `member` field is a claim, the key is the proof.
  const member = knownMembers.find((m) => m.signingKey === publicKey);
  return member ? { status: 'valid-known', member, publicKey } : { status: 'valid-unknown', publicKey };
}

/** Checks an envelope's signature and tells who made it (canonicalises the envelope). */
export async function verifyEnvelope<M extends KnownSigner>(
  envelope: Envelope,
  knownMembers: readonly M[],
): Promise<SignatureCheck<M>> {
  const signature = envelope.signature;
  if (!signature) return { status: 'invalid', reason: 'unsigned' };
  let message: Uint8Array;
  try {
    message = await signedMessage(unsignedPart(envelope));
  } catch {
    return { status: 'invalid', reason: 'bad-signature' };
  }
  if (!verifyBytes(message, signature.value, signature.publicKey)) return { status: 'invalid', reason: 'bad-signature' };
  return identify(signature.publicKey, knownMembers);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * The canonical bytes the signature was made over, when the file is our own canonical
 * text: the received text without the signature member, closed again. Taken from the
 * received bytes where they are exactly the text's UTF-8 (no byte-order mark, which
 * decoding drops), so 200 MB are copied rather than encoded again.
 */
function signedBody(text: string, tail: string, bytes: Uint8Array | undefined): Uint8Array<ArrayBuffer> {
  const hasBom = bytes !== undefined && UTF8_BOM.every((b, i) => bytes[i] === b);
  // The tail is JSON punctuation and base64, so as many bytes as characters; checked all the same.
  const ascii = utf8(tail).length === tail.length;
  if (bytes === undefined || hasBom || !ascii) return utf8(`${text.slice(0, -tail.length)}}`);
  const cut = bytes.length - tail.length;
  const body = new Uint8Array(cut + 1);
  body.set(bytes.subarray(0, cut));
  body[cut] = CLOSING_BRACE;
  return body;
}

/**
 * Checks the signature of an envelope parsed from `text`, over the text itself when
 * it is canonical (our own files), otherwise by canonicalising the envelope. The
 * parsed envelope is what `text` says, so either way the check covers what is imported.
 * `bytes`, when given, are the UTF-8 bytes `text` was strictly decoded from.
 */
export async function verifyEnvelopeText<M extends KnownSigner>(
  envelope: Envelope,
  text: string,
  knownMembers: readonly M[],
  bytes?: Uint8Array,
): Promise<SignatureCheck<M>> {
  const signature = envelope.signature;
  if (!signature) return { status: 'invalid', reason: 'unsigned' };
  const tail = signatureMember(signature);
  if (text.endsWith(tail)) {
    const message = await messageForCanonicalBytes(signedBody(text, tail, bytes));
    if (verifyBytes(message, signature.value, signature.publicKey)) return identify(signature.publicKey, knownMembers);
  }
  return verifyEnvelope(envelope, knownMembers);
}
