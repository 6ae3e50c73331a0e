import { enableAppLock } from '../../../renderer/security/appLock';

/**
 * Turns the app passphrase on through the same function Einstellungen → App-Passphrase
 * calls (Argon2id at the default parameters), which rewrites every stored record with its
 * free text encrypted. Resolves with how long that took; the app's tabs then open locked.
 */
export async function enablePassphrase(passphrase: string): Promise<{ readonly ms: number }> {
  const started = performance.now();
  const result = await enableAppLock(passphrase);
  if (!result.ok) throw new Error(`app passphrase: ${result.error.code} ${result.error.message}`);
  return { ms: performance.now() - started };
}
