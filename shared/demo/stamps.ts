import { formatHlc, type Hlc } from '../clock/hlc';
import { stampNew } from '../model/stamp';
import type { Stored } from '../model/sync';

/**
 * Merge metadata for demo records, as if one demo device had written them at the
 * times they happened: each write gets an HLC stamp from its own time, unique on the
 * device (a counter separates writes in the same millisecond), so stamps follow the
 * story's order. A record changed later carries the later stamp on the changed fields
 * only, exactly as stampPatch would have left it.
 */

export const DAY_MS = 86_400_000;

/** The stamps one demo device hands out. */
export interface DemoClock {
  readonly deviceId: string;
  /** The stamp of a write at `ms`: unique on this device, sorting by time. */
  stampAt(ms: number): Hlc;
}

/**
 * How many stamps each millisecond has handed out: an open-addressing hash table on
 * typed arrays. A Map of half a million float keys costs the demo about a second;
 * this costs a few milliseconds. Times are positive, so 0 marks an empty slot.
 */
function counterTable(): (ms: number) => number {
  let keys = new Float64Array(1 << 16);
  let counts = new Uint32Array(1 << 16);
  let size = 0;
  const slotOf = (table: Float64Array, ms: number): number => {
    const mask = table.length - 1;
    let slot = Math.imul((ms % 4294967296) | 0, 0x9e3779b1) & mask;
    while (table[slot] !== 0 && table[slot] !== ms) slot = (slot + 1) & mask;
    return slot;
  };
  const grow = () => {
    const oldKeys = keys;
    const oldCounts = counts;
    keys = new Float64Array(oldKeys.length * 2);
    counts = new Uint32Array(oldKeys.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i] as number;
      if (key === 0) continue;
      const slot = slotOf(keys, key);
      keys[slot] = key;
      counts[slot] = oldCounts[i] as number;
    }
  };
  return (ms) => {
    const slot = slotOf(keys, ms);
    if (keys[slot] === ms) {
      const counter = counts[slot] as number;
      counts[slot] = counter + 1;
      return counter;
    }
    keys[slot] = ms;
    counts[slot] = 1;
    if (++size * 2 > keys.length) grow();
    return 0;
  };
}

/** A clock for the synthetic demo device. */
export function createDemoClock(deviceId: string): DemoClock {
  const nextCounter = counterTable();
  return {
    deviceId,
    stampAt(ms) {
      // Never 0, the empty mark of the table; the demo's times are decades after 1970 anyway.
      const wallMs = Math.max(1, Math.floor(ms));
      const counter = nextCounter(wallMs);
      // The common case written directly (13-digit times, counter 0), the same text formatHlc makes.
      if (counter === 0 && wallMs >= 1e12 && wallMs < 1e13) return ['00', wallMs, '.000000.', deviceId].join('');
      return formatHlc({ wallMs, counter, deviceId });
    },
  };
}

/** A later write to some fields of a record. */
export interface DemoChange<T> {
  readonly ms: number;
  readonly fields: readonly (keyof T & string)[];
}

/**
 * A stored record written at `createdMs` and changed by `changes` (in time order):
 * changed fields carry the stamp of their last change, the version vector the newest stamp.
 */
export function demoRecord<T extends object>(
  clock: DemoClock,
  id: string,
  content: T,
  createdMs: number,
  changes: readonly DemoChange<T>[] = [],
): Stored<T> {
  const record = stampNew(id, content, { stamp: clock.stampAt(createdMs), deviceId: clock.deviceId, nowIso: isoTime(createdMs) });
  if (changes.length === 0) return record;
  // The record and its clock are fresh objects made just above: changing them in place
  // saves copying a quarter of a million records when the demo is large.
  const fieldClock = record.clock as Record<string, Hlc>;
  let latest = record.vv[clock.deviceId] as Hlc;
  let updatedMs = createdMs;
  for (const change of changes) {
    const at = Math.max(change.ms, updatedMs);
    const stamp = clock.stampAt(at);
    for (const field of change.fields) fieldClock[field] = stamp;
    if (stamp > latest) latest = stamp;
    updatedMs = at;
  }
  const meta = record as unknown as { vv: Record<string, Hlc>; updatedAt: string };
  meta.vv = { [clock.deviceId]: latest };
  meta.updatedAt = isoTime(updatedMs);
  return record;
}

// Formatting a quarter of a million timestamps with Date#toISOString is a noticeable part
// of the demo's run time; the day part repeats, so it is cached per day. Strings are
// joined, not concatenated: V8 keeps a concatenation as a tree of parts (a "cons
// string"), several times the size of the flat string join makes, and the demo keeps
// hundreds of thousands of them.
const dayCache = new Map<number, string>();
const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const PAD3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/** The `YYYY-MM-DD` day (UTC) of epoch milliseconds. */
export function dayOf(ms: number): string {
  const dayNumber = Math.floor(ms / DAY_MS);
  let day = dayCache.get(dayNumber);
  if (day === undefined) {
    day = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
    dayCache.set(dayNumber, day);
  }
  return day;
}

/** An ISO timestamp (UTC) of epoch milliseconds, exactly as Date#toISOString writes it. */
export function isoTime(ms: number): string {
  const t = Math.floor(ms);
  const inDay = t - Math.floor(t / DAY_MS) * DAY_MS;
  const hours = Math.floor(inDay / 3_600_000);
  const minutes = Math.floor(inDay / 60_000) % 60;
  const seconds = Math.floor(inDay / 1000) % 60;
  return [dayOf(t), 'T', PAD2[hours], ':', PAD2[minutes], ':', PAD2[seconds], '.', PAD3[inDay % 1000], 'Z'].join('');
}

/** Epoch milliseconds of a `YYYY-MM-DD` day at a UTC clock time given in minutes after midnight. */
export function msOf(day: string, minutes = 0): number {
  return Date.parse(`${day}T00:00:00.000Z`) + minutes * 60_000;
}
