import { clearPlaintextCache } from './fieldCrypto';

/**
 * The app lock's state in memory: the data key (a non-extractable CryptoKey, only
 * while unlocked) and whether new writes must be encrypted. Nothing here is ever
 * stored; the settings row 'appLock' holds only the wrapped key.
 * - 'off':      no passphrase; values are written as they are.
 * - 'locked':   a passphrase is set and the key is not in memory; free text can be neither read nor written.
 * - 'unlocked': the key is in memory; free text is encrypted on write and decrypted on read.
 */

export type LockStatus = 'off' | 'locked' | 'unlocked';

interface KeyState {
  readonly status: LockStatus;
  readonly key: CryptoKey | null;
  /** False only while the passphrase is being removed: values are then written plain, read with the key. */
  readonly writeEncrypted: boolean;
}

let state: KeyState = { status: 'off', key: null, writeEncrypted: false };
const listeners = new Set<() => void>();

function set(next: KeyState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** The current state (for the middleware and the lock screen). */
export function keyState(): KeyState {
  return state;
}

/** The lock status, for useSyncExternalStore. */
export function lockStatus(): LockStatus {
  return state.status;
}

/** Calls the listener on every change of the lock state; returns the unsubscribe. */
export function subscribeLock(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** No passphrase on this device. */
export function setUnprotected(): void {
  clearPlaintextCache();
  set({ status: 'off', key: null, writeEncrypted: false });
}

/** A passphrase is set and the key is in memory. */
export function setUnlocked(key: CryptoKey, writeEncrypted = true): void {
  set({ status: 'unlocked', key, writeEncrypted });
}

/** Drops the key and every decrypted value held for speed. */
export function setLocked(): void {
  clearPlaintextCache();
  set({ status: 'locked', key: null, writeEncrypted: true });
}
