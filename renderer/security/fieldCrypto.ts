import { z } from 'zod';
import { AppFailure } from '../../shared/errors/result';
import { fromBase64, toBase64 } from './bytes';
import { ENCRYPTED_FIELDS, ENCRYPTED_SETTINGS } from './encryptedFields';

/**
 * Encrypting one stored value with the data key (AES-256-GCM, WebCrypto). A value is
 * replaced by `{ rtEnc: 1, d }` where d is base64(iv ‖ ciphertext ‖ tag) of the value's
 * JSON; the marker lets old plain values and encrypted ones live side by side while
 * the passphrase is being turned on or off. The additional data names the table and
 * field, so a ciphertext moved to another field does not decrypt.
 */

export const IV_LENGTH_BYTES = 12;
/** Decrypted values are cached by ciphertext, so re-running live queries costs no crypto; cleared on lock. */
const CACHE_LIMIT = 200_000;

const encryptedValueSchema = z.strictObject({ rtEnc: z.literal(1), d: z.string().min(1) });
export type EncryptedValue = z.infer<typeof encryptedValueSchema>;

/** True for a value in the encrypted format. */
export function isEncryptedValue(value: unknown): value is EncryptedValue {
  return typeof value === 'object' && value !== null && 'rtEnc' in value && encryptedValueSchema.safeParse(value).success;
}

const plaintextCache = new Map<string, string>();

/** Forgets every decrypted value (on lock). */
export function clearPlaintextCache(): void {
  plaintextCache.clear();
}

function remember(ciphertext: string, json: string): void {
  if (plaintextCache.size >= CACHE_LIMIT) plaintextCache.clear();
  plaintextCache.set(ciphertext, json);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Encrypts one value (any JSON value) for the given table field. */
export async function encryptValue(key: CryptoKey, value: unknown, field: string): Promise<EncryptedValue> {
  const json = JSON.stringify(value);
  const iv = crypto.getRandomValues(new Uint8Array(IV_LENGTH_BYTES));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(field) }, key, encoder.encode(json)));
  const joined = new Uint8Array(IV_LENGTH_BYTES + sealed.length);
  joined.set(iv);
  joined.set(sealed, IV_LENGTH_BYTES);
  const d = toBase64(joined);
  remember(d, json);
  return { rtEnc: 1, d };
}

/** Decrypts one value into the cache; a wrong key or altered bytes fail with 'lock/unreadable'. */
async function decryptIntoCache(key: CryptoKey, value: EncryptedValue, field: string): Promise<void> {
  const joined = fromBase64(value.d);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: joined.subarray(0, IV_LENGTH_BYTES), additionalData: encoder.encode(field) },
      key,
      joined.subarray(IV_LENGTH_BYTES),
    );
    remember(value.d, decoder.decode(plain));
  } catch {
    throw new AppFailure('lock/unreadable', `${field}: the stored value does not decrypt with this key`);
  }
}

/** One place in a record that holds an encrypted (or to-be-encrypted) value. */
interface Slot {
  readonly field: string;
  readonly value: unknown;
  /** Where the value sits: the record itself, or a conflict entry of the field. */
  readonly conflictIndex: number | null;
}

type StoredRecord = Record<string, unknown>;

function isRecord(value: unknown): value is StoredRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldsOf(table: string, record: StoredRecord): readonly string[] {
  if (table === 'settings') return typeof record.key === 'string' && ENCRYPTED_SETTINGS.includes(record.key) ? ['value'] : [];
  return ENCRYPTED_FIELDS[table] ?? [];
}

function slotsOf(table: string, record: StoredRecord): Slot[] {
  const slots: Slot[] = [];
  const conflicts = isRecord(record.conflicts) ? record.conflicts : null;
  for (const field of fieldsOf(table, record)) {
    if (field in record) slots.push({ field, value: record[field], conflictIndex: null });
    const versions = conflicts?.[field];
    if (Array.isArray(versions)) versions.forEach((version: unknown, index) => isRecord(version) && slots.push({ field, value: version.value, conflictIndex: index }));
  }
  return slots;
}

/** Empty text and empty lists stay as they are: encrypting them would cost time and hide nothing. */
function worthEncrypting(value: unknown): boolean {
  if (isEncryptedValue(value) || value === null || value === undefined) return false;
  if (typeof value === 'string' || Array.isArray(value)) return value.length > 0;
  return true;
}

/** A copy of the record with new values in the given slots (the input is never changed: lower layers may cache it). */
function withSlots(record: StoredRecord, changes: readonly (readonly [Slot, unknown])[]): StoredRecord {
  const copy: StoredRecord = { ...record };
  let conflicts: Record<string, unknown[]> | null = null;
  for (const [slot, value] of changes) {
    if (slot.conflictIndex === null) {
      copy[slot.field] = value;
      continue;
    }
    conflicts ??= { ...(record.conflicts as Record<string, unknown[]>) };
    const versions = [...(conflicts[slot.field] ?? [])];
    versions[slot.conflictIndex] = { ...(versions[slot.conflictIndex] as StoredRecord), value };
    conflicts[slot.field] = versions;
  }
  if (conflicts) copy.conflicts = conflicts;
  return copy;
}

const aadOf = (table: string, field: string) => `${table}.${field}`;

/** True when writing the record would store some free text in the clear. */
export function needsEncryption(table: string, record: unknown): boolean {
  return isRecord(record) && slotsOf(table, record).some((slot) => worthEncrypting(slot.value));
}

/** Encrypts every plain free-text value of the records (all at once, for speed). */
export async function encryptRecords<T>(table: string, records: readonly T[], key: CryptoKey): Promise<T[]> {
  return Promise.all(
    records.map(async (record) => {
      if (!isRecord(record)) return record;
      const todo = slotsOf(table, record).filter((slot) => worthEncrypting(slot.value));
      if (todo.length === 0) return record;
      const sealed = await Promise.all(todo.map(async (slot) => [slot, await encryptValue(key, slot.value, aadOf(table, slot.field))] as const));
      return withSlots(record, sealed) as T;
    }),
  );
}

/** The encrypted values in the records that the cache does not hold yet. */
export function uncachedValues(table: string, records: readonly unknown[]): { readonly value: EncryptedValue; readonly aad: string }[] {
  const missing: { value: EncryptedValue; aad: string }[] = [];
  for (const record of records) {
    if (!isRecord(record)) continue;
    for (const slot of slotsOf(table, record)) {
      if (isEncryptedValue(slot.value) && !plaintextCache.has(slot.value.d)) missing.push({ value: slot.value, aad: aadOf(table, slot.field) });
    }
  }
  return missing;
}

/** True when some record holds an encrypted value. */
export function hasEncryptedValues(table: string, records: readonly unknown[]): boolean {
  return records.some((record) => isRecord(record) && slotsOf(table, record).some((slot) => isEncryptedValue(slot.value)));
}

/** Decrypts the given values into the cache, all at once. */
export async function decryptIntoCacheAll(key: CryptoKey, values: readonly { readonly value: EncryptedValue; readonly aad: string }[]): Promise<void> {
  await Promise.all(values.map(({ value, aad }) => decryptIntoCache(key, value, aad)));
}

/** The record with its encrypted values replaced from the cache (fill the cache first). */
export function decryptFromCache<T>(table: string, record: T): T {
  if (!isRecord(record)) return record;
  const changes: (readonly [Slot, unknown])[] = [];
  for (const slot of slotsOf(table, record)) {
    if (!isEncryptedValue(slot.value)) continue;
    const json = plaintextCache.get(slot.value.d);
    if (json === undefined) throw new AppFailure('lock/locked', `${table}.${slot.field}: not decrypted`);
    changes.push([slot, JSON.parse(json)]);
  }
  return changes.length === 0 ? record : (withSlots(record, changes) as T);
}
