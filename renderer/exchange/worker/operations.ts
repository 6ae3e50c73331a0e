import { fail, ok, type Result } from '../../../shared/errors/result';
import { decryptExchange, encryptExchange, openExchangeFile, sealCanonicalBody, sealExchange } from '../../../shared/exchange';
import { setLocked, setUnlocked, setUnprotected } from '../../security/keyState';
import { readExportBody } from '../exportBody';
import type { RequestOf, WorkerAnswers, WorkerKind, WorkerRequest } from './protocol';
import { startSeal } from './sealClient';

/**
 * The work behind each Worker request: plain calls into shared/exchange, and the
 * export's read of the database. The Worker runs these; unit tests in Node (no Worker
 * there) call them directly.
 */

/** Where the operations run: in the Worker, which has its own database connection and app-lock state. */
export interface WorkerContext {
  /** True in the Worker: the request's data key is the app lock's state here, for this request only. */
  readonly ownLockState: boolean;
}

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

/**
 * In the Worker the encryption middleware (registered on its own Dexie connection, as on the UI
 * thread's) decrypts with the key the UI thread handed over; afterwards the key and every value
 * decrypted for this export are dropped. On the UI thread (tests) its own lock state applies.
 */
async function withDataKey<T>(dataKey: CryptoKey | null, context: WorkerContext, work: () => Promise<T>): Promise<T> {
  if (!context.ownLockState) return work();
  if (dataKey === null) setUnprotected();
  else setUnlocked(dataKey, false);
  try {
    return await work();
  } finally {
    setLocked();
  }
}

async function exportStored(request: RequestOf<'exportStored'>, context: WorkerContext): Promise<Result<WorkerAnswers['exportStored']>> {
  const { header } = request;
  // Sealing starts first and takes the body chunk by chunk as the pages are serialised.
  const seal = startSeal(request.signingSecretKey, request.target);
  if (!seal.ok) return seal;
  const read = await withDataKey(request.dataKey, context, () =>
    readExportBody({ ...header, createdAt: new Date(header.createdAt) }, (chunk) => seal.data.write(chunk)),
  );
  if (!read.ok) {
    seal.data.abort();
    return read;
  }
  const sealed = await seal.data.finish();
  return sealed.ok ? ok({ bytes: owned(sealed.data), caseCount: read.data.caseCount, meetingDate: read.data.meetingDate }) : sealed;
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
export async function perform<K extends WorkerKind>(request: RequestOf<K>, context: WorkerContext = { ownLockState: false }): Promise<Result<WorkerAnswers[K]>> {
  const any = request as WorkerRequest;
  try {
    // Each branch answers for its own kind; TypeScript cannot narrow K through the switch.
    switch (any.kind) {
      case 'seal':
        return (await seal(any)) as Result<WorkerAnswers[K]>;
      case 'sealBody':
        return (await sealBody(any)) as Result<WorkerAnswers[K]>;
      case 'exportStored':
        return (await exportStored(any, context)) as Result<WorkerAnswers[K]>;
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
