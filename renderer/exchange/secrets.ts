import { fail, type Result } from '../../shared/errors/result';
import { getPlatform } from '../platform';
import type { Platform } from '../platform/types';

/**
 * Where the exchange keys' private parts get their protection: the platform's
 * keychain (desktop: Electron safeStorage through main). Injectable like the clock,
 * so tests can stand in for the desktop keychain without a window.
 */
export type SecretProtector = Pick<Platform, 'protectSecret' | 'unprotectSecret'>;

const NO_KEYCHAIN: SecretProtector = {
  protectSecret: async () => fail('secret/unavailable', 'no platform keychain here'),
  unprotectSecret: async () => fail('secret/unavailable', 'no platform keychain here'),
};

let override: SecretProtector | null = null;

/** The protector in use: the one a test set, else the platform's (none outside a window). */
export function secretProtector(): SecretProtector {
  if (override) return override;
  return typeof window === 'undefined' ? NO_KEYCHAIN : getPlatform();
}

/** Replaces the protector (tests); pass nothing to go back to the platform's. */
export function setSecretProtector(protector?: SecretProtector): void {
  override = protector ?? null;
}

/** Protects a secret with the keychain, or reports why it cannot. */
export function protectSecret(plaintext: string): Promise<Result<string>> {
  return secretProtector().protectSecret(plaintext);
}

/** Reads a secret protected by protectSecret. */
export function unprotectSecret(protectedSecret: string): Promise<Result<string>> {
  return secretProtector().unprotectSecret(protectedSecret);
}
