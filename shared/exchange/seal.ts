import { ok, type Result } from '../errors/result';
import { encryptExchange, type EncryptTarget } from './age';
import type { SignedEnvelope, UnsignedEnvelope } from './envelope';
import { signAndSerialise, signCanonicalBody } from './signature';

/** The export path in one call: sign the envelope, serialise it canonically and encrypt it into age file bytes. */
export async function sealExchange(
  envelope: UnsignedEnvelope,
  signingSecretKey: string,
  target: EncryptTarget,
): Promise<Result<{ readonly envelope: SignedEnvelope; readonly bytes: Uint8Array }>> {
  const signed = await signAndSerialise(envelope, signingSecretKey);
  if (!signed.ok) return signed;
  const encrypted = await encryptExchange(signed.data.bytes, target);
  if (!encrypted.ok) return encrypted;
  return ok({ envelope: signed.data.envelope, bytes: encrypted.data });
}

/**
 * The same from the canonical bytes of the unsigned envelope (signature.ts canonicalBody), made
 * where the records were read: signs them and encrypts the file bytes. Same file, byte for byte.
 */
export async function sealCanonicalBody(body: Uint8Array<ArrayBuffer>, signingSecretKey: string, target: EncryptTarget): Promise<Result<Uint8Array>> {
  const signed = await signCanonicalBody(body, signingSecretKey);
  if (!signed.ok) return signed;
  return encryptExchange(signed.data.bytes, target);
}
