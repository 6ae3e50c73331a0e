/**
 * A rough, honest strength hint for a passphrase that protects a file on its own
 * (sent by e-mail, kept on a stick). It guides; it does not promise: an attacker
 * with the file can try passphrases offline for as long as they like.
 */

export type PassphraseStrength = 'empty' | 'weak' | 'fair' | 'strong';

/** Shorter passphrases are refused: scrypt slows guessing down, it cannot save a short secret. */
export const MIN_PASSPHRASE_LENGTH = 12;

// Estimated guessing space in bits from length and character classes, capped for
// repeats ("aaaaaaaaaaaa" is not 12 random characters).
function estimatedBits(passphrase: string): number {
  const characters = [...passphrase];
  const distinct = new Set(characters).size;
  let pool = 0;
  if (/[a-zäöüß]/.test(passphrase)) pool += 26;
  if (/[A-ZÄÖÜ]/.test(passphrase)) pool += 26;
  if (/\d/.test(passphrase)) pool += 10;
  if (/[^\p{L}\d]/u.test(passphrase)) pool += 20;
  if (pool === 0) pool = 26;
  const effectiveLength = Math.min(characters.length, distinct * 2);
  return effectiveLength * Math.log2(pool);
}

/** How strong a passphrase looks: weak below the minimum length or ~50 bits, strong from ~80 bits or four long words. */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const text = passphrase.normalize('NFC');
  if (text.length === 0) return 'empty';
  if ([...text].length < MIN_PASSPHRASE_LENGTH) return 'weak';
  const words = text.split(/[\s\-_.,;]+/).filter((word) => word.length >= 3);
  const bits = estimatedBits(text);
  if (bits >= 80 || (words.length >= 4 && text.length >= 20)) return 'strong';
  if (bits >= 50) return 'fair';
  return 'weak';
}

/** True when a passphrase may be used to protect a file (long enough; the strength is advice). */
export function isUsablePassphrase(passphrase: string): boolean {
  return [...passphrase.normalize('NFC')].length >= MIN_PASSPHRASE_LENGTH;
}
