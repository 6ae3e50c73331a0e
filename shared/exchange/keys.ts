import { ed25519 } from '@noble/curves/ed25519.js';
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { z } from 'zod';
import { fromBase64, toBase64 } from './encoding';

/**
 * A member's keys, all as strings so they can be stored and shown as they are:
 * an age X25519 identity for receiving files and an Ed25519 key pair for signing them.
 * X25519 only: hybrid post-quantum `age1pq1…` keys are refused by Debian's age.
 */
export interface MemberKeys {
  /** `AGE-SECRET-KEY-1…`: secret, never leaves the device. */
  readonly identity: string;
  /** `age1…`: public, travels on the member card. */
  readonly recipient: string;
  /** Ed25519 secret key (32-byte seed, base64): secret, never leaves the device. */
  readonly signingSecretKey: string;
  /** Ed25519 public key (32 bytes, base64): public, travels on the member card. */
  readonly signingPublicKey: string;
}

const ED25519_KEY_BYTES = 32;
const ED25519_SIGNATURE_BYTES = 64;

const X25519_RECIPIENT_PATTERN = /^age1[02-9ac-hj-np-z]{58}$/;
const X25519_IDENTITY_PATTERN = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;
// 32 bytes are 44 base64 characters ending in one '='; 64 bytes are 88 ending in '=='.
const KEY_BASE64_PATTERN = /^[A-Za-z0-9+/]{43}=$/;
const SIGNATURE_BASE64_PATTERN = /^[A-Za-z0-9+/]{86}==$/;

/** True when the string is an age X25519 recipient (`age1…`) with a valid checksum. */
export function isX25519Recipient(value: string): boolean {
  if (!X25519_RECIPIENT_PATTERN.test(value)) return false;
  try {
    new Encrypter().addRecipient(value);
    return true;
  } catch {
    return false;
  }
}

/** True when the string is an age X25519 identity (`AGE-SECRET-KEY-1…`) with a valid checksum. */
export function isX25519Identity(value: string): boolean {
  if (!X25519_IDENTITY_PATTERN.test(value)) return false;
  try {
    new Decrypter().addIdentity(value);
    return true;
  } catch {
    return false;
  }
}

/** Schema of an age X25519 recipient, as carried on member cards. */
export const x25519RecipientSchema = z.string().refine(isX25519Recipient, { message: 'invalid age recipient' });

/** Schema of an Ed25519 public key in base64. */
export const signingPublicKeySchema = z.string().regex(KEY_BASE64_PATTERN, { message: 'invalid signing key' });

/** Schema of an Ed25519 signature in base64. */
export const signatureValueSchema = z.string().regex(SIGNATURE_BASE64_PATTERN, { message: 'invalid signature' });

/** Generates a fresh set of member keys on this device. */
export async function createMemberKeys(): Promise<MemberKeys> {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const { secretKey, publicKey } = ed25519.keygen();
  return { identity, recipient, signingSecretKey: toBase64(secretKey), signingPublicKey: toBase64(publicKey) };
}

/** The recipient that belongs to an identity, or null when the identity is not a valid X25519 one. */
export async function recipientOfIdentity(identity: string): Promise<string | null> {
  if (!isX25519Identity(identity)) return null;
  return identityToRecipient(identity);
}

/** Decodes an Ed25519 secret key, or returns null when it is not one. */
export function decodeSigningSecretKey(secretKey: string): Uint8Array | null {
  const bytes = fromBase64(secretKey);
  return bytes && bytes.length === ED25519_KEY_BYTES ? bytes : null;
}

/** The Ed25519 public key (base64) of a secret key, or null when the secret key is malformed. */
export function signingPublicKeyOf(secretKey: string): string | null {
  const bytes = decodeSigningSecretKey(secretKey);
  return bytes ? toBase64(ed25519.getPublicKey(bytes)) : null;
}

/** Signs a message; the caller has checked the key with decodeSigningSecretKey. */
export function signBytes(message: Uint8Array, secretKey: Uint8Array): string {
  return toBase64(ed25519.sign(message, secretKey));
}

/**
 * Verifies a signature strictly (RFC 8032, not ZIP-215), so one message has exactly
 * one accepted signature per key. Malformed keys or signatures are simply invalid.
 */
export function verifyBytes(message: Uint8Array, signature: string, publicKey: string): boolean {
  const sig = fromBase64(signature);
  const key = fromBase64(publicKey);
  if (!sig || sig.length !== ED25519_SIGNATURE_BYTES || !key || key.length !== ED25519_KEY_BYTES) return false;
  try {
    return ed25519.verify(sig, message, key, { zip215: false });
  } catch {
    return false;
  }
}
