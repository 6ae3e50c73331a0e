import { argon2idAsync } from '@noble/hashes/argon2.js';
import { z } from 'zod';

/**
 * Argon2id (RFC 9106, @noble/hashes, pure JS, so no WebAssembly and no CSP change)
 * turns the app passphrase into the key that wraps the data key. The parameters are
 * stored with the salt, so they can be raised later without breaking old rows.
 */

/** OWASP's minimum for Argon2id: 19 MiB memory, 2 passes, 1 lane. */
export const DEFAULT_KDF_PARAMS = { m: 19 * 1024, t: 2, p: 1 } as const;
export const SALT_LENGTH_BYTES = 16;
export const KEY_LENGTH_BYTES = 32;

export const kdfParamsSchema = z.strictObject({
  m: z.number().int().min(8).max(1024 * 1024),
  t: z.number().int().min(1).max(64),
  p: z.number().int().min(1).max(16),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

export interface KdfRequest {
  readonly passphrase: string;
  readonly salt: Uint8Array;
  readonly params: KdfParams;
}

/** The derivation itself; runs in the Worker (or in this thread where there is no Worker, i.e. unit tests). */
export function deriveKeyBytes({ passphrase, salt, params }: KdfRequest): Promise<Uint8Array> {
  // NFC, so the same words typed on another keyboard (composed or not) give the same key.
  return argon2idAsync(passphrase.normalize('NFC'), salt, { ...params, dkLen: KEY_LENGTH_BYTES });
}
