/**
 * How a record's field clock is stored. In memory (and in exchange files) `clock` maps each
 * content field to its stamp; most fields of a record share one stamp (the write that made
 * it), so stored as is the clock is about 40 % of a record's bytes, and reading those bytes
 * back is what an export of everything waits for. Stored, it is packed as
 *
 *   [stamp, exceptions]  or  [stamp, exceptions, unstamped]
 *
 * `stamp` belongs to every own non-metadata field of the record, except the fields named in
 * `exceptions` (field → its own stamp; also any stamped field that is not such a field) and
 * in `unstamped` (fields without a stamp). Unpacking gives the same clock back (key order
 * aside, which canonical JSON and the merge do not look at): a property test holds it to
 * that for arbitrary records. A record stored before packing existed keeps its plain clock
 * until it is written again; reading handles both. Stored records keep their keys in sorted
 * order (see sortedCopy).
 */

type Clock = Record<string, string>;
type Packed = [string, Clock] | [string, Clock, string[]];
type AnyRecord = Record<string, unknown>;

// The merge metadata of every synchronised record (SYNC_META_KEYS): never stamped by the default.
const META = new Set(['id', 'createdAt', 'updatedAt', 'deviceId', 'clock', 'vv', 'deleted', 'conflicts']);

/** An own property, also for the key "__proto__" (plain assignment would set the prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function isPlainClock(value: unknown): value is Clock {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const stamp of Object.values(value)) if (typeof stamp !== 'string') return false;
  return true;
}

/** The stamp most fields carry (the first such on a tie). */
function commonStamp(clock: Clock): string | null {
  let best: string | null = null;
  let bestCount = 0;
  const counts = new Map<string, number>();
  for (const key of Object.keys(clock)) {
    const stamp = clock[key] as string;
    const count = (counts.get(stamp) ?? 0) + 1;
    counts.set(stamp, count);
    if (count > bestCount) {
      best = stamp;
      bestCount = count;
    }
  }
  return best;
}

/** The record as stored: a copy with its clock packed, or the record itself where there is nothing to pack. */
export function packRecordClock<T>(record: T): T {
  if (typeof record !== 'object' || record === null) return record;
  const source = record as AnyRecord;
  const clock = source.clock;
  if (!isPlainClock(clock)) return record;
  const stamp = commonStamp(clock);
  if (stamp === null) return record;
  const exceptions: Clock = {};
  for (const key of Object.keys(clock)) {
    const own = clock[key] as string;
    if (own !== stamp || META.has(key) || !Object.hasOwn(source, key)) setOwn(exceptions, key, own);
  }
  const unstamped: string[] = [];
  for (const key of Object.keys(source)) if (!META.has(key) && !Object.hasOwn(clock, key)) unstamped.push(key);
  const packed: Packed = unstamped.length > 0 ? [stamp, exceptions, unstamped] : [stamp, exceptions];
  return sortedCopy(source, packed) as T;
}

/**
 * The stored copy, its keys in sorted order (the clock packed): read back, the record and its
 * unpacked clock then already have the key order of canonical JSON, so an export writes them
 * without copying each one into that order first.
 */
function sortedCopy(source: AnyRecord, packed: Packed): AnyRecord {
  const keys = Object.keys(source);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = (keys[i - 1] as string) < (keys[i] as string);
  if (!sorted) keys.sort();
  const copy: AnyRecord = {};
  for (const key of keys) setOwn(copy, key, key === 'clock' ? packed : source[key]);
  return copy;
}

function isPacked(value: unknown): value is Packed {
  return Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'object' && value[1] !== null;
}

/**
 * The record as the app knows it: its clock unpacked in place (records read from IndexedDB are
 * fresh copies nobody else holds). A plain clock, or anything else, is left as it is.
 */
export function unpackRecordClock<T>(record: T): T {
  if (typeof record !== 'object' || record === null) return record;
  const target = record as AnyRecord;
  const packed = target.clock;
  if (!isPacked(packed)) return record;
  const [stamp, exceptions, unstamped] = packed;
  const clock: Clock = {};
  for (const key of Object.keys(target)) {
    if (META.has(key) || (unstamped !== undefined && unstamped.includes(key))) continue;
    setOwn(clock, key, stamp);
  }
  for (const key of Object.keys(exceptions)) setOwn(clock, key, exceptions[key]);
  target.clock = clock;
  return record;
}
