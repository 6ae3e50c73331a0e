import { fail, ok, type Result } from '../../../shared/errors/result';
import { decryptExchange, encryptExchange, openExchangeFile, sealCanonicalBody, sealExchange } from '../../../shared/exchange';
import type { RequestOf, WorkerAnswers, WorkerKind, WorkerRequest } from './protocol';

/**
 * The work behind each Worker request: plain calls into shared/exchange. The Worker
 * runs these; unit tests in Node (no Worker there) call them directly.
 */

/** The bytes on a plain ArrayBuffer (what platform.saveFile takes), copying only if they are not. */
function owned(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

async function seal(request: RequestOf<'seal'>): Promise<Result<WorkerAnswers['seal']>> {
  const sealed = await sealExchange(request.envelope, request.signingSecretKey, request.target);
  return sealed.ok ? ok({ bytes: owned(sealed.data.bytes) }) : sealed;
}

async function sealBody(request: RequestOf<'sealBody'>): Promise<Result<WorkerAnswers['sealBody']>> {
  // Typed loosely on the wire; canonical bytes are made on a plain ArrayBuffer (owned copies otherwise).
  const sealed = await sealCanonicalBody(owned(request.body), request.signingSecretKey, request.target);
  return sealed.ok ? ok({ bytes: owned(sealed.data) }) : sealed;
}

async function open(request: RequestOf<'open'>): Promise<Result<WorkerAnswers['open']>> {
  return openExchangeFile(request.bytes, request.key, request.knownMembers);
}

async function encrypt(request: RequestOf<'encrypt'>): Promise<Result<WorkerAnswers['encrypt']>> {
  const encrypted = await encryptExchange(request.plaintext, { passphrase: request.passphrase });
  return encrypted.ok ? ok({ bytes: owned(encrypted.data) }) : encrypted;
}

async function decrypt(request: RequestOf<'decrypt'>): Promise<Result<WorkerAnswers['decrypt']>> {
  const decrypted = await decryptExchange(request.bytes, { passphrase: request.passphrase });
  return decrypted.ok ? ok({ plaintext: owned(decrypted.data) }) : decrypted;
}

/** Runs one request; never throws. */
export async function perform<K extends WorkerKind>(request: RequestOf<K>): Promise<Result<WorkerAnswers[K]>> {
  const any = request as WorkerRequest;
  try {
    // Each branch answers for its own kind; TypeScript cannot narrow K through the switch.
    switch (any.kind) {
      case 'seal':
        return (await seal(any)) as Result<WorkerAnswers[K]>;
      case 'sealBody':
        return (await sealBody(any)) as Result<WorkerAnswers[K]>;
      case 'open':
        return (await open(any)) as Result<WorkerAnswers[K]>;
      case 'encrypt':
        return (await encrypt(any)) as Result<WorkerAnswers[K]>;
      case 'decrypt':
        return (await decrypt(any)) as Result<WorkerAnswers[K]>;
    }
  } catch (thrown) {
    return fail('unknown', `exchange worker: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
}

/** The ArrayBuffers of an answer that can move to the other thread instead of being copied. */
export function transferablesOf(answer: unknown): ArrayBuffer[] {
  if (typeof answer !== 'object' || answer === null) return [];
  const out: ArrayBuffer[] = [];
  for (const value of Object.values(answer)) {
    // Only a view that owns its whole buffer may hand it over; anything else is copied.
    if (value instanceof Uint8Array && value.buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength) {
      out.push(value.buffer);
    }
  }
  return out;
}
