import { z } from 'zod';
import { ERROR_CODES } from '../../../shared/errors/result';

/**
 * The messages between the exchange Worker and the seal Worker it starts for an export of
 * everything: the canonical body goes over in chunks (moved, not copied) while the next
 * page is read, so hashing and age encryption run on the other core. Checked on arrival.
 */

const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'not bytes' });
const targetSchema = z.union([
  z.strictObject({ recipients: z.array(z.string().min(1).max(200)).min(1).max(1000) }),
  z.strictObject({ passphrase: z.string().min(1).max(1024) }),
]);

export const sealMessageSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('start'), signingSecretKey: z.string().min(1).max(200), target: targetSchema }),
  z.strictObject({ kind: z.literal('chunk'), bytes: bytesSchema }),
  z.strictObject({ kind: z.literal('finish') }),
]);
export type SealMessage = z.infer<typeof sealMessageSchema>;

export const sealAnswerSchema = z.union([
  z.strictObject({ ok: z.literal(true), data: z.instanceof(Uint8Array) }),
  z.strictObject({ ok: z.literal(false), error: z.strictObject({ code: z.enum(ERROR_CODES), message: z.string() }) }),
]);
