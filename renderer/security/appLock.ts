import { z } from 'zod';
import { AppFailure, type Result } from '../../shared/errors/result';
import { db } from '../db/database';
import { asResult } from '../db/write';
import { protectSecret, unprotectSecret } from '../exchange/secrets';
import { fromBase64, toBase64 } from './bytes';
import { DEFAULT_KDF_PARAMS, kdfParamsSchema, SALT_LENGTH_BYTES, type KdfParams } from './kdf';
import { deriveKey } from './kdfClient';
import { keyState, setLocked, setUnlocked, setUnprotected } from './keyState';
import { rewriteFreeText, type MigrationHooks } from './migrate';
import { announceToOtherTabs } from './otherTabs';

/**
 * The app passphrase. A random 256-bit data key encrypts the free text (see
 * fieldCrypto.ts); it is stored only wrapped (AES-GCM) with a key derived from the
 * passphrase by Argon2id, in the settings row 'appLock' with the salt and the
 * parameters. The GCM tag of the wrapped key is the verifier: a wrong passphrase
 * fails to unwrap it. Unwrapped, the data key is a non-extractable CryptoKey held
 * in memory only (keyState.ts). On the desktop the OS keychain can hold the
 * derived key instead of the person typing the passphrase.
 */

export const APP_LOCK_SETTING = 'appLock';
export const DEFAULT_AUTO_LOCK_MINUTES = 10;
export const AUTO_LOCK_CHOICES = [5, 10, 15, 30, 60] as const;
/** Shorter passphrases are refused: Argon2id slows guessing, it cannot make "1234" safe. */
export const MIN_PASSPHRASE_LENGTH = 8;

const IV_LENGTH_BYTES = 12;
const WRAP_AAD = new TextEncoder().encode('runder-tisch/app-lock/data-key/v1');

const appLockSchema = z.strictObject({
  v: z.literal(1),
  kdf: z.strictObject({ alg: z.literal('argon2id'), salt: z.string().min(1), params: kdfParamsSchema }),
  /** base64(iv ‖ AES-GCM(wrapping key, data key)). */
  wrappedKey: z.string().min(1),
  /** The wrapping key protected by the OS keychain (desktop), or null. */
  keychain: z.string().min(1).nullable(),
  /** 'done', or the migration a run was cut short in (resumed at the next unlock). */
  migration: z.enum(['done', 'encrypting', 'decrypting']),
  autoLockMinutes: z.number().int().min(1).max(240),
});
export type AppLockRow = z.infer<typeof appLockSchema>;

/** The stored app-lock row, or null when no passphrase is set. A damaged row is an error, never "no lock". */
export async function readAppLock(): Promise<AppLockRow | null> {
  const row = await db.settings.get(APP_LOCK_SETTING);
  if (!row) return null;
  const parsed = appLockSchema.safeParse(row.value);
  if (!parsed.success) throw new AppFailure('lock/unreadable', 'the app-lock settings are damaged');
  return parsed.data;
}

async function writeAppLock(row: AppLockRow): Promise<void> {
  await db.settings.put({ key: APP_LOCK_SETTING, value: appLockSchema.parse(row) });
}

async function wrappingKey(passphrase: string, salt: Uint8Array, params: KdfParams): Promise<{ key: CryptoKey; raw: Uint8Array }> {
  const raw = await deriveKey({ passphrase, salt, params });
  const key = await crypto.subtle.importKey('raw', new Uint8Array(raw), 'AES-GCM', false, ['wrapKey', 'unwrapKey']);
  return { key, raw };
}

async function wrapDataKey(dataKey: CryptoKey, wrapping: CryptoKey): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_LENGTH_BYTES));
  const wrapped = new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, wrapping, { name: 'AES-GCM', iv, additionalData: WRAP_AAD }));
  const joined = new Uint8Array(IV_LENGTH_BYTES + wrapped.length);
  joined.set(iv);
  joined.set(wrapped, IV_LENGTH_BYTES);
  return toBase64(joined);
}

/** The data key, or 'lock/wrong-passphrase' when the wrapping key does not open it. */
async function unwrapDataKey(wrappedKey: string, wrapping: CryptoKey, extractable = false): Promise<CryptoKey> {
  const joined = fromBase64(wrappedKey);
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      joined.subarray(IV_LENGTH_BYTES),
      wrapping,
      { name: 'AES-GCM', iv: joined.subarray(0, IV_LENGTH_BYTES), additionalData: WRAP_AAD },
      { name: 'AES-GCM', length: 256 },
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch {
    throw new AppFailure('lock/wrong-passphrase', 'the passphrase does not unwrap the data key');
  }
}

async function unwrapWithPassphrase(row: AppLockRow, passphrase: string, extractable = false): Promise<{ dataKey: CryptoKey; raw: Uint8Array }> {
  const { key, raw } = await wrappingKey(passphrase, fromBase64(row.kdf.salt), row.kdf.params);
  return { dataKey: await unwrapDataKey(row.wrappedKey, key, extractable), raw };
}

async function requireRow(): Promise<AppLockRow> {
  const row = await readAppLock();
  if (!row) throw new AppFailure('validation/invalid', 'no app passphrase is set');
  return row;
}

/** Finishes a migration that a previous run left unfinished (the key must be in memory). */
async function finishMigration(row: AppLockRow, hooks?: MigrationHooks): Promise<void> {
  if (row.migration === 'done') return;
  await rewriteFreeText(hooks);
  if (row.migration === 'encrypting') await writeAppLock({ ...row, migration: 'done' });
  else {
    await db.settings.delete(APP_LOCK_SETTING);
    setUnprotected();
    announceToOtherTabs('changed');
  }
}

/** Reads the lock state at start: no passphrase, or locked (then tries the OS keychain, if it holds the key). */
export async function initAppLock(): Promise<Result<void>> {
  return asResult(async () => {
    // A row that cannot be read means locked, never "no passphrase".
    const row = await readAppLock().catch((error: unknown) => {
      setLocked();
      throw error;
    });
    if (!row) {
      setUnprotected();
      return;
    }
    setLocked();
    if (row.keychain !== null) await unlockWithKeychain();
  });
}

async function unlockWith(row: AppLockRow, dataKey: CryptoKey, hooks?: MigrationHooks): Promise<void> {
  setUnlocked(dataKey, row.migration !== 'decrypting');
  await finishMigration(row, hooks);
}

/** Unlocks with the passphrase; 'lock/wrong-passphrase' when it is not the right one. */
export function unlockWithPassphrase(passphrase: string, hooks?: MigrationHooks): Promise<Result<void>> {
  return asResult(async () => {
    const row = await requireRow();
    const { dataKey, raw } = await unwrapWithPassphrase(row, passphrase);
    raw.fill(0);
    await unlockWith(row, dataKey, hooks);
  });
}

/** Unlocks with the wrapping key the OS keychain holds (desktop). */
export function unlockWithKeychain(): Promise<Result<void>> {
  return asResult(async () => {
    const row = await requireRow();
    if (row.keychain === null) throw new AppFailure('secret/unavailable', 'the keychain holds no key for the app lock');
    const secret = await unprotectSecret(row.keychain);
    if (!secret.ok) throw new AppFailure(secret.error.code, secret.error.message);
    const raw = fromBase64(secret.data);
    const wrapping = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['wrapKey', 'unwrapKey']);
    raw.fill(0);
    await unlockWith(row, await unwrapDataKey(row.wrappedKey, wrapping));
  });
}

/** Drops the key and every decrypted text from memory (no-op without a passphrase). */
export function lockApp(): void {
  if (keyState().status !== 'unlocked' || !keyState().writeEncrypted) return;
  setLocked();
  announceToOtherTabs('locked');
}

export interface EnableOptions {
  readonly params?: KdfParams;
  readonly hooks?: MigrationHooks;
}

/** Sets the app passphrase and encrypts the free text already stored. */
export function enableAppLock(passphrase: string, options: EnableOptions = {}): Promise<Result<void>> {
  return asResult(async () => {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new AppFailure('validation/invalid', 'the passphrase is too short');
    if (await readAppLock()) throw new AppFailure('validation/invalid', 'an app passphrase is already set');
    const salt = crypto.getRandomValues(new Uint8Array(SALT_LENGTH_BYTES));
    const params = options.params ?? DEFAULT_KDF_PARAMS;
    const { key: wrapping, raw } = await wrappingKey(passphrase, salt, params);
    raw.fill(0);
    // Extractable only long enough to be wrapped; what stays in memory is a non-extractable copy.
    const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    const wrappedKey = await wrapDataKey(fresh, wrapping);
    const dataKey = await unwrapDataKey(wrappedKey, wrapping);
    const row: AppLockRow = {
      v: 1,
      kdf: { alg: 'argon2id', salt: toBase64(salt), params: { ...params } },
      wrappedKey,
      keychain: null,
      migration: 'encrypting',
      autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
    };
    await writeAppLock(row);
    announceToOtherTabs('changed');
    await unlockWith(row, dataKey, options.hooks);
  });
}

/** Replaces the passphrase (the data key stays; only its wrapping changes, so no record is rewritten). */
export function changePassphrase(current: string, next: string, params: KdfParams = DEFAULT_KDF_PARAMS): Promise<Result<void>> {
  return asResult(async () => {
    if (next.length < MIN_PASSPHRASE_LENGTH) throw new AppFailure('validation/invalid', 'the passphrase is too short');
    const row = await requireRow();
    const old = await unwrapWithPassphrase(row, current, true);
    old.raw.fill(0);
    const salt = crypto.getRandomValues(new Uint8Array(SALT_LENGTH_BYTES));
    const { key: wrapping, raw } = await wrappingKey(next, salt, params);
    const keychain = row.keychain === null ? null : await protectedWrappingKey(raw);
    raw.fill(0);
    const wrappedKey = await wrapDataKey(old.dataKey, wrapping);
    await writeAppLock({ ...row, kdf: { alg: 'argon2id', salt: toBase64(salt), params: { ...params } }, wrappedKey, keychain });
  });
}

/** Removes the passphrase: decrypts every record, then forgets the key. */
export function removeAppLock(current: string, hooks?: MigrationHooks): Promise<Result<void>> {
  return asResult(async () => {
    const row = await requireRow();
    const { dataKey, raw } = await unwrapWithPassphrase(row, current);
    raw.fill(0);
    const decrypting: AppLockRow = { ...row, migration: 'decrypting', keychain: null };
    await writeAppLock(decrypting);
    announceToOtherTabs('changed');
    await unlockWith(decrypting, dataKey, hooks);
  });
}

async function protectedWrappingKey(raw: Uint8Array): Promise<string> {
  const secret = await protectSecret(toBase64(raw));
  if (!secret.ok) throw new AppFailure(secret.error.code, secret.error.message);
  return secret.data;
}

/** Lets the OS keychain hold the wrapping key (checked against the passphrase first), or stops it. */
export function setKeychainUnlock(enabled: boolean, passphrase = ''): Promise<Result<void>> {
  return asResult(async () => {
    const row = await requireRow();
    if (!enabled) {
      await writeAppLock({ ...row, keychain: null });
      return;
    }
    const { raw } = await unwrapWithPassphrase(row, passphrase);
    const keychain = await protectedWrappingKey(raw);
    raw.fill(0);
    await writeAppLock({ ...row, keychain });
  });
}

/** How many minutes without input lock the app. */
export function setAutoLockMinutes(minutes: number): Promise<Result<void>> {
  return asResult(async () => writeAppLock({ ...(await requireRow()), autoLockMinutes: minutes }));
}
