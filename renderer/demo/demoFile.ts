import { z } from 'zod';
import { ERROR_CODES, fail, ok, type Result } from '../../shared/errors/result';
import { sealDemoFile } from '../../shared/demo';

/**
 * The message between "Demodaten laden" and the demo Worker, which generates the demo
 * data and seals it as an exchange file off the UI thread (a few thousand records,
 * canonical JSON, a signature and age encryption). Both sides check what arrives.
 */

export const demoRequestSchema = z.strictObject({
  seed: z.number().int().min(0).max(0xffff_ffff),
  cases: z.number().int().min(0).max(1000),
  years: z.number().int().min(1).max(30),
  now: z.iso.datetime(),
  /** This device's member's age recipient: the file is encrypted to it, as any file sent to them. */
  recipient: z.string().min(1).max(200),
});
export type DemoRequest = z.infer<typeof demoRequestSchema>;

export interface SealedDemo {
  readonly bytes: Uint8Array;
  readonly signerId: string;
  readonly signingPublicKey: string;
}

const errorSchema = z.strictObject({ code: z.enum(ERROR_CODES), message: z.string() });

export const demoResponseSchema = z.union([
  z.strictObject({
    ok: z.literal(true),
    data: z.strictObject({ bytes: z.instanceof(Uint8Array), signerId: z.string(), signingPublicKey: z.string() }),
  }),
  z.strictObject({ ok: z.literal(false), error: errorSchema }),
]);

/** The buffer of the bytes when they own all of it, so it can move to the other thread instead of being copied. */
export function transferableOf(bytes: Uint8Array): ArrayBuffer[] {
  const whole = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole ? [bytes.buffer as ArrayBuffer] : [];
}

/** Generates and seals the demo file; in the Worker, or in this thread where there is none (unit tests). */
export async function sealDemo(message: unknown): Promise<Result<SealedDemo>> {
  const parsed = demoRequestSchema.safeParse(message);
  if (!parsed.success) return fail('validation/invalid', `bad demo request: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  const { recipient, ...options } = parsed.data;
  try {
    const sealed = await sealDemoFile(options, { recipients: [recipient] });
    if (!sealed.ok) return sealed;
    return ok({ bytes: sealed.data.bytes, signerId: sealed.data.signer.memberId, signingPublicKey: sealed.data.signer.signingPublicKey });
  } catch (thrown) {
    return fail('unknown', `demo data: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
}
