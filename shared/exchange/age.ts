import { armor, Decrypter, Encrypter } from 'age-encryption';
import { fail, ok, type Result } from '../errors/result';
import { decodeUtf8Strict } from './encoding';
import { isX25519Identity, isX25519Recipient } from './keys';

/**
 * The age layer of an exchange file: a standard age v1 file, so any age
 * implementation (Debian's `age` CLI included) can open it. Pure and async, with no
 * DOM: passphrase calls run scrypt for about a second and belong in a Worker.
 */

export const EXCHANGE_FILE_EXTENSION = '.age';

/** Files above this size are refused before any work is done (10,000 cases are ~60 MB). */
export const DEFAULT_MAX_EXCHANGE_BYTES = 256 * 1024 * 1024;

export type EncryptTarget = { readonly recipients: readonly string[] } | { readonly passphrase: string };
export type DecryptKey = { readonly identity: string } | { readonly passphrase: string };

export interface DecryptOptions {
  readonly maxBytes?: number;
}

const AGE_MAGIC = 'age-encryption.org/v1\n';
const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
const ASCII = new TextEncoder();

// The one failure typage 0.3.1 reports for "none of the given keys opens this file";
// every other failure after the magic line is damage. Pinned by tests/shared/exchange.test.ts.
const NO_IDENTITY_MATCHED = "no identity matched any of the file's recipients";

/** Passphrases are compared as NFC: the same words typed on another system may arrive as NFD. */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

function startsWith(bytes: Uint8Array, prefix: string): boolean {
  const expected = ASCII.encode(prefix);
  if (bytes.length < expected.length) return false;
  return expected.every((b, i) => bytes[i] === b);
}

function isPrefixOfMagic(bytes: Uint8Array): boolean {
  return bytes.length > 0 && bytes.length < AGE_MAGIC.length && ASCII.encode(AGE_MAGIC).subarray(0, bytes.length).every((b, i) => bytes[i] === b);
}

function looksArmored(bytes: Uint8Array): boolean {
  let start = 0;
  while (start < bytes.length && start < 64 && /\s/.test(String.fromCharCode(bytes[start] as number))) start++;
  return startsWith(bytes.subarray(start), ARMOR_BEGIN);
}

/** The binary age file, unwrapping ASCII armor (`age -a`) when present. */
function binaryAgeFile(bytes: Uint8Array): Result<Uint8Array> {
  if (startsWith(bytes, AGE_MAGIC)) return ok(bytes);
  if (looksArmored(bytes)) {
    try {
      return ok(armor.decode(decodeUtf8Strict(bytes)));
    } catch (thrown) {
      return fail('exchange/corrupt', `damaged ASCII armor: ${String(thrown)}`);
    }
  }
  if (isPrefixOfMagic(bytes)) return fail('exchange/corrupt', 'file ends inside the age header');
  return fail('exchange/not-age', 'no age-encryption.org/v1 header');
}

/** An age encrypter for the target, or the reason it cannot be one. */
export function encrypterFor(target: EncryptTarget): Result<Encrypter> {
  const encrypter = new Encrypter();
  if ('passphrase' in target) {
    const passphrase = normalisePassphrase(target.passphrase);
    if (passphrase.length === 0) return fail('exchange/invalid-key', 'empty passphrase');
    // scrypt work factor stays at age's default (logN 18): higher cannot be read by typage.
    encrypter.setPassphrase(passphrase);
  } else {
    const recipients = [...new Set(target.recipients)];
    if (recipients.length === 0) return fail('exchange/invalid-key', 'no recipients');
    const invalid = recipients.find((r) => !isX25519Recipient(r));
    if (invalid !== undefined) return fail('exchange/invalid-key', `not an age X25519 recipient: ${invalid.slice(0, 16)}…`);
    for (const recipient of recipients) encrypter.addRecipient(recipient);
  }
  return ok(encrypter);
}

/** Encrypts bytes to X25519 recipients (`age1…`), or to a single passphrase (NFC-normalised). */
export async function encryptExchange(plaintext: Uint8Array, target: EncryptTarget): Promise<Result<Uint8Array>> {
  const encrypter = encrypterFor(target);
  if (!encrypter.ok) return encrypter;
  try {
    return ok(await encrypter.data.encrypt(plaintext));
  } catch (thrown) {
    return fail('unknown', `age encryption failed: ${String(thrown)}`);
  }
}

/** Decrypts an age file with an identity (`AGE-SECRET-KEY-1…`) or a passphrase, mapping every failure to a code. */
export async function decryptExchange(
  bytes: Uint8Array,
  key: DecryptKey,
  options: DecryptOptions = {},
): Promise<Result<Uint8Array>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_EXCHANGE_BYTES;
  if (bytes.length > maxBytes) return fail('exchange/too-large', `${bytes.length} bytes > limit ${maxBytes}`);
  const file = binaryAgeFile(bytes);
  if (!file.ok) return file;
  const decrypter = new Decrypter();
  if ('passphrase' in key) {
    const passphrase = normalisePassphrase(key.passphrase);
    if (passphrase.length === 0) return fail('exchange/invalid-key', 'empty passphrase');
    decrypter.addPassphrase(passphrase);
  } else {
    if (!isX25519Identity(key.identity)) return fail('exchange/invalid-key', 'not an age X25519 identity');
    decrypter.addIdentity(key.identity);
  }
  try {
    return ok(await decrypter.decrypt(file.data));
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    if (message === NO_IDENTITY_MATCHED) return fail('exchange/wrong-key', message);
    // Bad header MAC, failed chunk tag ("invalid tag"), truncation, malformed stanzas.
    return fail('exchange/corrupt', message);
  }
}

export type AgeProtection = 'passphrase' | 'recipients';

/**
 * Reads an age header without decrypting, so the import dialog knows whether to
 * ask for a passphrase or use the member's identity.
 */
export function describeAgeFile(bytes: Uint8Array): Result<{ readonly protection: AgeProtection }> {
  const file = binaryAgeFile(bytes);
  if (!file.ok) return file;
  // The header is ASCII and ends with the MAC line `--- …`; 64 KiB is far more than any header.
  const head = new TextDecoder('latin1').decode(file.data.subarray(0, 64 * 1024));
  const end = head.indexOf('\n---');
  if (end < 0) return fail('exchange/corrupt', 'age header has no MAC line');
  const stanzaTypes = head
    .slice(0, end)
    .split('\n')
    .filter((line) => line.startsWith('-> '))
    .map((line) => line.split(' ')[1]);
  if (stanzaTypes.length === 0) return fail('exchange/corrupt', 'age header has no recipients');
  return ok({ protection: stanzaTypes.includes('scrypt') ? 'passphrase' : 'recipients' });
}
