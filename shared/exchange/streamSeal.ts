import { fail, ok, type Result } from '../errors/result';
import { encrypterFor, type EncryptTarget } from './age';
import { concatBytes, sha256, utf8 } from './encoding';
import { decodeSigningSecretKey, signBytes, signingPublicKeyOf } from './keys';
import { messageForDigest, signatureMember } from './signature';

/**
 * sealCanonicalBody fed piece by piece: the canonical body of the unsigned envelope
 * arrives in chunks (as the export serialises its pages) and is hashed and encrypted as
 * it comes, so sealing runs beside the reading instead of after it. The plaintext is the
 * same: the body without its closing brace, then the signature member (`signature` sorts
 * after every other key) with the brace. Only the last chunk is held back from encryption until the end.
 *
 * The signature's SHA-256 is taken at the end over the whole body with WebCrypto: a SHA-256
 * in JavaScript, piece by piece, cost about as much CPU as the encryption itself (77 against
 * 720 MB/s on a slow laptop) and took it from the reading beside it. So the chunks are kept
 * until the end: the body's size once more in memory while an export runs.
 */
export interface StreamingSeal {
  /** Hands over the next bytes of the canonical body (they are not copied: do not change them). */
  write(chunk: Uint8Array): void;
  /** Signs, closes the stream and returns the age file's bytes. */
  finish(): Promise<Result<Uint8Array>>;
  /** Gives up (the body could not be made): nothing more is encrypted. */
  abort(): void;
}

const CLOSING_BRACE = 0x7d;

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concatBytes(parts);
    parts.push(value);
  }
}

/** Starts sealing to the target with the member's Ed25519 secret key (base64). */
export function startStreamingSeal(signingSecretKey: string, target: EncryptTarget): Result<StreamingSeal> {
  const key = decodeSigningSecretKey(signingSecretKey);
  const publicKey = signingPublicKeyOf(signingSecretKey);
  if (!key || !publicKey) return fail('exchange/invalid-key', 'signing key is not a 32-byte Ed25519 key in base64');
  const encrypter = encrypterFor(target);
  if (!encrypter.ok) return encrypter;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const plaintext = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  // Encryption starts at once and takes each chunk as it is enqueued; its result is read as it comes out.
  const encrypted = encrypter.data.encrypt(plaintext).then(readAll);
  // A failure here is reported by finish(); until then nobody awaits it.
  encrypted.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let held: Uint8Array | null = null;
  let length = 0;
  return ok({
    write(chunk) {
      if (chunk.length === 0) return;
      chunks.push(chunk);
      length += chunk.length;
      if (held !== null) controller.enqueue(held);
      held = chunk;
    },
    abort() {
      controller.error(new Error('export aborted'));
    },
    async finish() {
      if (held === null || length < 2 || held[held.length - 1] !== CLOSING_BRACE) {
        controller.error(new Error('not the canonical JSON of an envelope'));
        return fail('validation/invalid', 'not the canonical JSON of an envelope');
      }
      const body = concatBytes(chunks);
      chunks.length = 0;
      const value = signBytes(messageForDigest(await sha256(body)), key);
      if (held.length > 1) controller.enqueue(held.subarray(0, held.length - 1));
      controller.enqueue(utf8(signatureMember({ alg: 'ed25519', publicKey, value })));
      controller.close();
      try {
        return ok(await encrypted);
      } catch (thrown) {
        return fail('unknown', `age encryption failed: ${String(thrown)}`);
      }
    },
  });
}
