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

export interface EncryptedValue {
  readonly rtEnc: 1;
  readonly d: string;
}

/**
 * True for a value in the encrypted format. A plain check rather than a schema: it
 * runs several times per record on every read, and the format is ours (written by
 * encryptValue); a damaged `d` fails later as 'lock/unreadable'.
 */
export function isEncryptedValue(value: unknown): value is EncryptedValue {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { rtEnc?: unknown; d?: unknown };
  return candidate.rtEnc === 1 && typeof candidate.d === 'string';
}

/** Text is kept as it is (returned without parsing); other values as JSON, parsed per read so no caller shares an object. */
type CachedPlain = { readonly text: string } | { readonly json: string };
const plaintextCache = new Map<string, CachedPlain>();

/** Forgets every decrypted value (on lock). */
export function clearPlaintextCache(): void {
  plaintextCache.clear();
}

function remember(ciphertext: string, json: string): void {
  if (plaintextCache.size >= CACHE_LIMIT) plaintextCache.clear();
  plaintextCache.set(ciphertext, json.startsWith('"') ? { text: JSON.parse(json) as string } : { json });
}

function cachedPlain(ciphertext: string): { readonly value: unknown } | null {
  const hit = plaintextCache.get(ciphertext);
  if (hit === undefined) return null;
  return { value: 'text' in hit ? hit.text : JSON.parse(hit.json) };
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
  try {
    const joined = fromBase64(value.d);
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

export interface PendingValue {
  readonly value: EncryptedValue;
  readonly aad: string;
}

/**
 * The records with their encrypted values replaced from the cache, in one pass (the
 * hot path of every live query), and the values the cache does not hold yet. When
 * `missing` is not empty, decrypt those into the cache and call again.
 */
export function readThroughCache<T>(table: string, records: readonly T[]): { readonly records: T[]; readonly missing: PendingValue[] } {
  const missing: PendingValue[] = [];
  const out = records.map((record) => {
    if (!isRecord(record)) return record;
    let changes: (readonly [Slot, unknown])[] | null = null;
    const conflicts = isRecord(record.conflicts) ? record.conflicts : null;
    const visit = (field: string, value: unknown, conflictIndex: number | null) => {
      if (!isEncryptedValue(value)) return;
      const hit = cachedPlain(value.d);
      if (hit === null) missing.push({ value, aad: aadOf(table, field) });
      else (changes ??= []).push([{ field, value, conflictIndex }, hit.value]);
    };
    for (const field of fieldsOf(table, record)) {
      visit(field, record[field], null);
      const versions = conflicts?.[field];
      if (Array.isArray(versions)) versions.forEach((version: unknown, index) => isRecord(version) && visit(field, version.value, index));
    }
    return changes === null ? record : (withSlots(record, changes) as T);
  });
  return { records: out, missing };
}

/** Decrypts the given values into the cache, all at once. */
export async function decryptIntoCacheAll(key: CryptoKey, values: readonly PendingValue[]): Promise<void> {
  await Promise.all(values.map(({ value, aad }) => decryptIntoCache(key, value, aad)));
}
