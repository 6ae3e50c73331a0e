/**
 * Errors cross every boundary as values, never as thrown objects: `{ code, message }`
 * with a code from a closed union. The renderer maps codes to the user's language
 * in one place (renderer/i18n/errors.ts); `message` is for logs and developers.
 */

export const ERROR_CODES = [
  'validation/invalid',
  'db/not-found',
  'db/quota',
  'db/failed',
  'ipc/bad-sender',
  'ipc/bad-args',
  'ipc/unknown-channel',
  'file/cancelled',
  'file/too-large',
  'file/read-failed',
  'file/write-failed',
  'print/failed',
  'unknown',
  'exchange/not-age',
  'exchange/wrong-key',
  'exchange/corrupt',
  'exchange/too-large',
  'exchange/newer-version',
  'exchange/invalid-content',
  'exchange/bad-signature',
  'exchange/unsigned',
  'exchange/invalid-key',
  'exchange/invalid-card',
  'exchange/no-member',
  'exchange/no-keys',
  'exchange/keys-mismatch',
  'exchange/unknown-signer',
  'exchange/stale-preview',
  'backup/corrupt',
  'secret/unavailable',
  'secret/unreadable',
  'lock/locked',
  'lock/unreadable',
  'lock/wrong-passphrase',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  readonly code: ErrorCode;
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: AppError };

/** Wraps a value as a success. */
export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

/** Wraps a code and a developer message as a failure. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** An error thrown inside one layer, turned into a value at the layer's edge. */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppFailure';
    this.code = code;
  }
}

/** True when the value is one of our error codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Turns anything thrown into an AppError, so no raw exception crosses a boundary. */
export function toAppError(thrown: unknown): AppError {
  if (thrown instanceof AppFailure) return { code: thrown.code, message: thrown.message };
  if (thrown && typeof thrown === 'object') {
    const name = 'name' in thrown ? String((thrown as { name: unknown }).name) : '';
    const message = 'message' in thrown ? String((thrown as { message: unknown }).message) : String(thrown);
    if (name === 'QuotaExceededError' || /quota/i.test(message)) return { code: 'db/quota', message };
    if (name === 'NotFoundError') return { code: 'db/not-found', message };
    return { code: 'unknown', message };
  }
  return { code: 'unknown', message: String(thrown) };
}
