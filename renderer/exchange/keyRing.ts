import { z } from 'zod';
import { AppFailure } from '../../shared/errors/result';
import { isX25519Identity, recipientOfIdentity, signingPublicKeyOf, type MemberKeys } from '../../shared/exchange';
import type { Member } from '../../shared/model/member';
import { db } from '../db/database';
import { readSetting } from '../db/repositories/settings';
import { protectSecret, unprotectSecret } from './secrets';

/**
 * The private halves of the exchange keys this device holds, one set per member it
 * has spoken for, in the settings row 'memberKeys' (local, never exchanged).
 * - 'os-keychain': the secrets are encrypted by the OS keychain (desktop safeStorage);
 * - 'database': they sit in IndexedDB as they are (web mode, or a desktop without a
 *   keychain). With an app passphrase set, the whole row is encrypted at rest by
 *   the encryption middleware (renderer/security/encryptedFields.ts).
 */

export const KEY_RING_SETTING = 'memberKeys';

export type KeyProtection = 'os-keychain' | 'database';

const storedKeysSchema = z.strictObject({
  protection: z.enum(['os-keychain', 'database']),
  recipient: z.string().min(1).max(200),
  signingPublicKey: z.string().min(1).max(200),
  createdAt: z.string().max(40),
  /** os-keychain: base64 ciphertext of the secrets' JSON; database: the JSON itself. */
  secret: z.string().min(1).max(65536),
});
export type StoredKeys = z.infer<typeof storedKeysSchema>;

const keyRingSchema = z.record(z.string().min(1).max(64), storedKeysSchema);
type KeyRing = z.infer<typeof keyRingSchema>;

const secretsSchema = z.strictObject({ identity: z.string().min(1).max(200), signingSecretKey: z.string().min(1).max(200) });

/** The key ring; a row that does not parse is an error, never an empty ring (that would invite new keys over old ones). */
export async function readKeyRing(): Promise<KeyRing> {
  const row = await db.settings.get(KEY_RING_SETTING);
  if (!row) return {};
  const parsed = keyRingSchema.safeParse(row.value);
  if (!parsed.success) throw new AppFailure('secret/unreadable', 'the stored key ring is damaged');
  return parsed.data;
}

/** Stores one member's keys in the ring. Call inside a transaction that includes settings. */
export async function storeKeys(memberId: string, keys: StoredKeys): Promise<void> {
  const ring = await readKeyRing();
  await db.settings.put({ key: KEY_RING_SETTING, value: { ...ring, [memberId]: storedKeysSchema.parse(keys) } });
}

/** The member this device speaks for; 'exchange/no-member' before "Wer bin ich?" was answered. */
export async function requireCurrentMemberId(): Promise<string> {
  const memberId = await readSetting('currentMemberId');
  if (memberId === null) throw new AppFailure('exchange/no-member', 'this device does not speak for a member yet');
  return memberId;
}

/** A live member record, or 'db/not-found'. */
export async function liveMember(memberId: string): Promise<Member> {
  const member = await db.members.get(memberId);
  if (!member || member.deleted !== null) throw new AppFailure('db/not-found', `members/${memberId}`);
  return member;
}

/** Protects fresh keys with the keychain, or keeps them in the database when there is none. */
export async function protectKeys(keys: MemberKeys, createdAt: string): Promise<StoredKeys> {
  const json = JSON.stringify({ identity: keys.identity, signingSecretKey: keys.signingSecretKey });
  const base = { recipient: keys.recipient, signingPublicKey: keys.signingPublicKey, createdAt };
  const protectedSecret = await protectSecret(json);
  if (protectedSecret.ok) return { ...base, protection: 'os-keychain', secret: protectedSecret.data };
  if (protectedSecret.error.code === 'secret/unavailable') return { ...base, protection: 'database', secret: json };
  throw new AppFailure(protectedSecret.error.code, protectedSecret.error.message);
}

/** Reads the secrets back and checks they still belong to the public keys stored beside them. */
export async function revealKeys(stored: StoredKeys): Promise<MemberKeys> {
  let json = stored.secret;
  if (stored.protection === 'os-keychain') {
    const plain = await unprotectSecret(stored.secret);
    if (!plain.ok) throw new AppFailure(plain.error.code === 'secret/unavailable' ? 'secret/unavailable' : 'secret/unreadable', plain.error.message);
    json = plain.data;
  }
  let secrets: z.infer<typeof secretsSchema>;
  try {
    secrets = secretsSchema.parse(JSON.parse(json));
  } catch {
    throw new AppFailure('secret/unreadable', 'the stored private keys are damaged');
  }
  const recipient = isX25519Identity(secrets.identity) ? await recipientOfIdentity(secrets.identity) : null;
  if (recipient !== stored.recipient || signingPublicKeyOf(secrets.signingSecretKey) !== stored.signingPublicKey) {
    throw new AppFailure('secret/unreadable', 'the stored private keys do not match their public keys');
  }
  return { identity: secrets.identity, recipient, signingSecretKey: secrets.signingSecretKey, signingPublicKey: stored.signingPublicKey };
}

/** My member, record and private keys, for signing an export or opening an import. */
export async function loadMyKeys(): Promise<{ readonly member: Member; readonly keys: MemberKeys }> {
  const memberId = await requireCurrentMemberId();
  const member = await liveMember(memberId);
  const stored = (await readKeyRing())[memberId];
  if (!stored) throw new AppFailure('exchange/no-keys', `no exchange keys on this device for member ${memberId}`);
  return { member, keys: await revealKeys(stored) };
}
