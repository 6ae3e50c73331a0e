import { MIN_PASSPHRASE_LENGTH } from '../../security/appLock';

export type PassphraseProblem = 'lock.tooShort' | 'lock.mismatch';

/** What is wrong with a new passphrase and its repetition, per field (null when fine). */
export function newPassphraseProblems(passphrase: string, repeated: string): { readonly passphrase: PassphraseProblem | null; readonly repeated: PassphraseProblem | null } {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return { passphrase: 'lock.tooShort', repeated: null };
  return { passphrase: null, repeated: repeated === passphrase ? null : 'lock.mismatch' };
}
