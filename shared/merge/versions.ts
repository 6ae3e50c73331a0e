import type { Hlc } from '../clock/hlc';
import { SYNC_META_KEYS, type ConflictVersion, type Stored, type SyncMeta } from '../model/sync';
import { compareCanonical } from './canonical';

/**
 * The form the merge works on (see the design in ./record.ts): a record read as
 * sets of versions plus what it has seen, and written back in one canonical way.
 * Reading a record this module wrote and writing it again gives the same record,
 * which is what makes "import the same file twice" a no-op.
 */

/** The key under which a pending deletion shows in a record's `conflicts`. */
export const DELETED_KEY = 'deleted';

/** One version of a field. Stamps are unique per write, so a stamp identifies its version. */
export interface Version {
  readonly stamp: Hlc;
  readonly value: unknown;
}

/** One record as version sets. */
export interface VersionState {
  /** Per device, the newest of its stamps this state has incorporated (the effective vv). */
  readonly seen: Map<string, Hlc>;
  /** Per content field, every version still standing, each stamp once (small arrays: usually one). */
  readonly fields: Map<string, Version[]>;
  /** Stamps of deletions still standing. */
  readonly deletions: Set<Hlc>;
}

export type MergeErrorCode = 'merge/id-mismatch' | 'merge/invalid-choice' | 'merge/deleted-record';

export class MergeError extends Error {
  readonly code: MergeErrorCode;
  constructor(code: MergeErrorCode, message: string) {
    super(message);
    this.name = 'MergeError';
    this.code = code;
  }
}

const META_KEYS = new Set<string>(SYNC_META_KEYS);

/** The device that wrote a stamp (device ids never contain a dot; stamps are validated at the boundary). */
export function stampDevice(stamp: Hlc): string {
  return stamp.slice(stamp.lastIndexOf('.') + 1);
}

/** True when a state with this version vector has incorporated the write with this stamp. */
export function hasSeen(seen: ReadonlyMap<string, Hlc>, stamp: Hlc): boolean {
  const newest = seen.get(stampDevice(stamp));
  return newest !== undefined && newest >= stamp;
}

function noteSeen(seen: Map<string, Hlc>, device: string, stamp: Hlc): void {
  const current = seen.get(device);
  if (current === undefined || stamp > current) seen.set(device, stamp);
}

// Honest devices never send one stamp with two values; if it happens anyway, the
// canonically smaller value is kept so the result does not depend on argument order.
function addVersion(versions: Version[], stamp: Hlc, value: unknown): void {
  const at = versions.findIndex((version) => version.stamp === stamp);
  if (at < 0) versions.push({ stamp, value });
  else if (compareCanonical(value, (versions[at] as Version).value) < 0) versions[at] = { stamp, value };
}

function versionsOf(fields: Map<string, Version[]>, field: string): Version[] {
  let versions = fields.get(field);
  if (!versions) {
    versions = [];
    fields.set(field, versions);
  }
  return versions;
}

/**
 * Reads a stored record as version sets. A content value without a clock entry is
 * no version (every write stamps what it writes). Every stamp the record holds
 * counts as seen, so a malformed vv cannot make the merge drop or resurrect anything.
 */
export function readVersions(record: SyncMeta): VersionState {
  const seen = new Map<string, Hlc>();
  const fields = new Map<string, Version[]>();
  const deletions = new Set<Hlc>();
  const content = record as unknown as Readonly<Record<string, unknown>>;
  for (const [device, stamp] of Object.entries(record.vv)) noteSeen(seen, device, stamp);
  for (const [field, stamp] of Object.entries(record.clock)) {
    if (META_KEYS.has(field)) continue;
    addVersion(versionsOf(fields, field), stamp, Object.hasOwn(content, field) ? content[field] : undefined);
    noteSeen(seen, stampDevice(stamp), stamp);
  }
  for (const [field, versions] of Object.entries(record.conflicts)) {
    if (field === DELETED_KEY) {
      for (const version of versions) deletions.add(version.stamp);
    } else if (!META_KEYS.has(field)) {
      for (const version of versions) addVersion(versionsOf(fields, field), version.stamp, version.value);
    } else {
      continue;
    }
    for (const version of versions) noteSeen(seen, stampDevice(version.stamp), version.stamp);
  }
  if (record.deleted !== null) {
    deletions.add(record.deleted);
    noteSeen(seen, stampDevice(record.deleted), record.deleted);
  }
  return { seen, fields, deletions };
}

// The multi-value register rule: a version survives if both sides hold it or the
// side without it has never seen it. A side that saw it and dropped it overwrote it.
function fieldSurvivors(mine: Version[], mineSeen: ReadonlyMap<string, Hlc>, theirs: Version[], theirSeen: ReadonlyMap<string, Hlc>): Version[] {
  const out: Version[] = [];
  for (const v of mine) if (theirs.some((t) => t.stamp === v.stamp) || !hasSeen(theirSeen, v.stamp)) addVersion(out, v.stamp, v.value);
  for (const v of theirs) if (mine.some((m) => m.stamp === v.stamp) || !hasSeen(mineSeen, v.stamp)) addVersion(out, v.stamp, v.value);
  return out;
}

function deletionSurvivors(a: VersionState, b: VersionState): Set<Hlc> {
  const out = new Set<Hlc>();
  for (const stamp of a.deletions) if (b.deletions.has(stamp) || !hasSeen(b.seen, stamp)) out.add(stamp);
  for (const stamp of b.deletions) if (a.deletions.has(stamp) || !hasSeen(a.seen, stamp)) out.add(stamp);
  return out;
}

const NO_VERSIONS: Version[] = [];

/** The join of two version states: commutative, associative and idempotent. */
export function joinVersions(a: VersionState, b: VersionState): VersionState {
  const seen = new Map(a.seen);
  for (const [device, stamp] of b.seen) noteSeen(seen, device, stamp);
  const fields = new Map<string, Version[]>();
  const merge = (field: string): void => {
    if (fields.has(field)) return;
    const merged = fieldSurvivors(a.fields.get(field) ?? NO_VERSIONS, a.seen, b.fields.get(field) ?? NO_VERSIONS, b.seen);
    if (merged.length > 0) fields.set(field, merged);
  };
  for (const field of a.fields.keys()) merge(field);
  for (const field of b.fields.keys()) merge(field);
  return { seen, fields, deletions: deletionSurvivors(a, b) };
}

/** Metadata that is not a version set: the record's id and its lattice-merged timestamps. */
export interface RecordFrame {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Used only when the record holds no stamp at all. */
  readonly fallbackDeviceId: string;
}

function sortedEntries<V>(map: ReadonlyMap<string, V>): [string, V][] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function byStamp(a: Version, b: Version): number {
  return a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : 0;
}

function newest(stamps: Iterable<Hlc>): Hlc | undefined {
  let best: Hlc | undefined;
  for (const stamp of stamps) if (best === undefined || stamp > best) best = stamp;
  return best;
}

/**
 * Writes a version state as a stored record, always the same way: content fields,
 * clock, vv and conflicts in sorted key order, losing versions sorted by stamp.
 * A field's shown value is its highest version not written by a standing deletion
 * (so a pending deletion's blank never hides a concurrent edit), else its highest.
 */
export function writeVersions<T>(state: VersionState, frame: RecordFrame): Stored<T> {
  const record: Record<string, unknown> = {};
  const clock: Record<string, Hlc> = {};
  const conflicts: [string, ConflictVersion[]][] = [];
  let onlyDeletionWrites = true;
  let top: Hlc | undefined;
  for (const [field, versions] of sortedEntries(state.fields)) {
    const sorted = versions.length > 1 ? [...versions].sort(byStamp) : versions;
    let at = -1;
    for (let i = sorted.length - 1; i >= 0 && at < 0; i--) if (!state.deletions.has((sorted[i] as Version).stamp)) at = i;
    if (at < 0) at = sorted.length - 1;
    else onlyDeletionWrites = false;
    const winner = sorted[at] as Version;
    if (winner.value !== undefined) setOwn(record, field, winner.value);
    setOwn(clock, field, winner.stamp);
    if (top === undefined || winner.stamp > top) top = winner.stamp;
    if (sorted.length > 1) {
      conflicts.push([field, sorted.filter((_, i) => i !== at).map((version) => ({ value: version.value, stamp: version.stamp }))]);
    }
  }
  const deletionStamps = [...state.deletions].sort();
  const erased = deletionStamps.length > 0 && onlyDeletionWrites;
  const deleted = erased ? (deletionStamps[deletionStamps.length - 1] as Hlc) : null;
  const pending = erased ? deletionStamps.slice(0, -1) : deletionStamps;
  if (pending.length > 0) {
    conflicts.push([DELETED_KEY, pending.map((stamp) => ({ value: true, stamp }))]);
    conflicts.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
  if (deleted !== null && (top === undefined || deleted > top)) top = deleted;
  top ??= newest(state.seen.values());
  const vv: Record<string, Hlc> = {};
  for (const [device, stamp] of sortedEntries(state.seen)) setOwn(vv, device, stamp);
  const byField: Record<string, ConflictVersion[]> = {};
  for (const [field, versions] of conflicts) setOwn(byField, field, versions);
  const meta: SyncMeta = {
    id: frame.id,
    createdAt: frame.createdAt,
    updatedAt: frame.updatedAt,
    deviceId: top === undefined ? frame.fallbackDeviceId : stampDevice(top),
    clock,
    vv,
    deleted,
    conflicts: byField,
  };
  for (const key of SYNC_META_KEYS) record[key] = meta[key];
  return record as Stored<T>;
}

// A key named "__proto__" must become an own property, not the object's prototype.
function setOwn<V>(target: Record<string, V>, key: string, value: V): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
