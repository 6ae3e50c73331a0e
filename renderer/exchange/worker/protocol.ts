import { z } from 'zod';
import { ERROR_CODES } from '../../../shared/errors/result';
import { EXCHANGE_FORMAT, exchangeScopeSchema, type OpenedExchange, type UnsignedEnvelope } from '../../../shared/exchange';
import { exportingMemberSchema } from '../../../shared/exchange/envelope';

/**
 * The messages between the UI thread and the exchange Worker, which does the slow
 * crypto (scrypt, age, canonical JSON, signatures, strict validation) so the UI never
 * freezes. Every message is checked on arrival. Envelopes are checked only for their
 * frame here: the worker builds or strictly validates them itself (shared/exchange),
 * and a second full validation of 100,000 records would double the cost for nothing.
 */

const MAX_PASSPHRASE_CHARS = 1024;

// Typed loosely (any buffer kind): the crypto functions accept every Uint8Array.
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'not bytes' });
const passphraseSchema = z.string().min(1).max(MAX_PASSPHRASE_CHARS);
const keyTextSchema = z.string().min(1).max(200);

const envelopeFrameSchema = z.custom<UnsignedEnvelope>(
  (value) => typeof value === 'object' && value !== null && (value as { format?: unknown }).format === EXCHANGE_FORMAT,
  { message: 'not an exchange envelope' },
);

const targetSchema = z.union([
  z.strictObject({ recipients: z.array(keyTextSchema).min(1).max(1000) }),
  z.strictObject({ passphrase: passphraseSchema }),
]);

// The app lock's data key (non-extractable; a structured clone keeps it so), or null without a passphrase.
const dataKeySchema = z.custom<CryptoKey>((value) => typeof CryptoKey !== 'undefined' && value instanceof CryptoKey, { message: 'not a CryptoKey' }).nullable();

const exportHeaderSchema = z.strictObject({ scope: exchangeScopeSchema, deviceId: z.string().min(1).max(64), member: exportingMemberSchema, createdAt: z.iso.datetime() });

const decryptKeySchema = z.union([z.strictObject({ identity: keyTextSchema }), z.strictObject({ passphrase: passphraseSchema })]);

const knownSignerSchema = z.strictObject({ id: z.string().max(64), name: z.string().max(200), signingKey: z.string().max(200).nullable() });

export const workerRequestSchema = z.discriminatedUnion('kind', [
  /** Sign, serialise canonically and encrypt an export. */
  z.strictObject({ kind: z.literal('seal'), envelope: envelopeFrameSchema, signingSecretKey: keyTextSchema, target: targetSchema }),
  /** The same from the envelope's canonical bytes (made where the records were read, handed over without a copy). */
  z.strictObject({ kind: z.literal('sealBody'), body: bytesSchema, signingSecretKey: keyTextSchema, target: targetSchema }),
  /** Read an export's records from the database, serialise, sign and encrypt them: the whole export off the UI thread. */
  z.strictObject({ kind: z.literal('exportStored'), header: exportHeaderSchema, dataKey: dataKeySchema, signingSecretKey: keyTextSchema, target: targetSchema }),
  /** Decrypt, validate strictly and verify the signature of an exchange file. */
  z.strictObject({ kind: z.literal('open'), bytes: bytesSchema, key: decryptKeySchema, knownMembers: z.array(knownSignerSchema).max(100_000) }),
  /** Encrypt bytes to a passphrase (backup files). */
  z.strictObject({ kind: z.literal('encrypt'), plaintext: bytesSchema, passphrase: passphraseSchema }),
  /** Decrypt a passphrase file (backup files). */
  z.strictObject({ kind: z.literal('decrypt'), bytes: bytesSchema, passphrase: passphraseSchema }),
]);

export type WorkerRequest = z.infer<typeof workerRequestSchema>;
export type WorkerKind = WorkerRequest['kind'];
export type RequestOf<K extends WorkerKind> = Extract<WorkerRequest, { kind: K }>;

/** What each request answers with on success. */
export interface WorkerAnswers {
  seal: { readonly bytes: Uint8Array<ArrayBuffer> };
  sealBody: { readonly bytes: Uint8Array<ArrayBuffer> };
  exportStored: { readonly bytes: Uint8Array<ArrayBuffer>; readonly caseCount: number; readonly meetingDate: string | null };
  open: OpenedExchange;
  encrypt: { readonly bytes: Uint8Array<ArrayBuffer> };
  decrypt: { readonly plaintext: Uint8Array<ArrayBuffer> };
}

export const workerMessageSchema = z.strictObject({ id: z.number().int().nonnegative(), request: workerRequestSchema });
export type WorkerMessage = z.infer<typeof workerMessageSchema>;

const errorSchema = z.strictObject({ code: z.enum(ERROR_CODES), message: z.string() });

export const workerResponseSchema = z.strictObject({
  id: z.number().int().nonnegative(),
  result: z.union([z.strictObject({ ok: z.literal(true), data: z.unknown() }), z.strictObject({ ok: z.literal(false), error: errorSchema })]),
});
export type WorkerResponse = z.infer<typeof workerResponseSchema>;

/** The shape each successful answer must have when it arrives on the UI thread. */
// Answers are fresh bytes made by the crypto (never a SharedArrayBuffer), ready for platform.saveFile.
const ownBytesSchema = z.instanceof(Uint8Array);

export const answerSchemas: { readonly [K in WorkerKind]: z.ZodType<WorkerAnswers[K]> } = {
  seal: z.strictObject({ bytes: ownBytesSchema }),
  sealBody: z.strictObject({ bytes: ownBytesSchema }),
  exportStored: z.strictObject({ bytes: ownBytesSchema, caseCount: z.number().int().nonnegative(), meetingDate: z.string().nullable() }),
  open: z.custom<OpenedExchange>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { envelope?: { format?: unknown } }).envelope === 'object' &&
      (value as { envelope: { format?: unknown } }).envelope.format === EXCHANGE_FORMAT &&
      typeof (value as { signature?: { status?: unknown } }).signature?.status === 'string',
    { message: 'not an opened exchange' },
  ),
  encrypt: z.strictObject({ bytes: ownBytesSchema }),
  decrypt: z.strictObject({ plaintext: ownBytesSchema }),
};
