import { DEFAULT_MAX_DRIFT_MS, formatHlc, type Hlc } from '../clock/hlc';
import type { Stored, SyncMeta } from '../model/sync';
import { canonicalEqual } from './canonical';
import { recordConflicts } from './conflicts';
import { mergeRecord } from './record';

/**
 * Merging a whole incoming file (one entity's records) into what this laptop
 * holds. Pure: the caller reads the local records, applies `puts` in one
 * transaction and shows `summary` in the import preview.
 */

/** How the import changes each record, counted once per record id. */
export interface MergeSummary {
  /** New here and alive. */
  readonly added: number;
  /** Different from before, without a new conflict or erasure. */
  readonly changed: number;
  /** Erased by the import, including tombstones of records never held here (kept so the erasure keeps travelling). */
  readonly deleted: number;
  /** The record now shows a conflict it did not show before (a concurrent edit or a disputed erasure). */
  readonly conflicts: number;
  /** Nothing a person would notice changes (at most merge bookkeeping is updated). */
  readonly unchanged: number;
}

export interface IncomingMerge<T> {
  /** The records to write, sorted by id; only records whose stored form really changes. */
  readonly puts: Stored<T>[];
  readonly summary: MergeSummary;
}

type Kind = keyof MergeSummary;

function conflictStamps(record: SyncMeta): Set<string> {
  const stamps = new Set<string>();
  for (const conflict of recordConflicts(record)) for (const version of conflict.versions) stamps.add(`${conflict.field}\n${version.stamp}`);
  return stamps;
}

function showsNewConflict(before: SyncMeta | undefined, after: SyncMeta): boolean {
  if (Object.keys(after.conflicts).length === 0) return false;
  const known = before ? conflictStamps(before) : new Set<string>();
  for (const stamp of conflictStamps(after)) if (!known.has(stamp)) return true;
  return false;
}

// Bookkeeping a person never sees: who merged last, when, and the version vector.
const BOOKKEEPING = new Set(['updatedAt', 'createdAt', 'deviceId', 'vv']);

function sameVisible(a: SyncMeta, b: SyncMeta): boolean {
  const x = a as unknown as Readonly<Record<string, unknown>>;
  const y = b as unknown as Readonly<Record<string, unknown>>;
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
    if (!BOOKKEEPING.has(key) && !canonicalEqual(x[key], y[key])) return false;
  }
  return true;
}

function classify(before: SyncMeta | undefined, after: SyncMeta): Kind {
  if (showsNewConflict(before, after)) return 'conflicts';
  if (after.deleted !== null && (before === undefined || before.deleted === null)) return 'deleted';
  if (before === undefined) return 'added';
  return sameVisible(before, after) ? 'unchanged' : 'changed';
}

/**
 * Merges incoming records into the local ones. Copies of one id inside the batch
 * are merged together first (the merge laws make their order irrelevant).
 * Local records the batch does not mention are untouched: absence is never a deletion.
 */
export function mergeIncoming<T>(localById: ReadonlyMap<string, Stored<T>>, incoming: readonly Stored<T>[]): IncomingMerge<T> {
  const byId = new Map<string, Stored<T>>();
  for (const record of incoming) {
    const earlier = byId.get(record.id);
    byId.set(record.id, earlier === undefined ? record : mergeRecord(earlier, record));
  }
  const counts: Record<Kind, number> = { added: 0, changed: 0, deleted: 0, conflicts: 0, unchanged: 0 };
  const puts: Stored<T>[] = [];
  for (const id of [...byId.keys()].sort()) {
    const remote = byId.get(id) as Stored<T>;
    const local = localById.get(id);
    if (local !== undefined && canonicalEqual(local, remote)) {
      counts.unchanged++;
      continue;
    }
    const merged = local === undefined ? remote : mergeRecord(local, remote);
    if (local !== undefined && canonicalEqual(local, merged)) {
      counts.unchanged++;
      continue;
    }
    puts.push(merged);
    counts[classify(local, merged)]++;
  }
  return { puts, summary: counts };
}

/**
 * The newest stamp in the records that is not beyond `maxDriftMs` ahead of `nowMs`,
 * for the caller to fold into the device clock with receiveHlc. A stamp from a
 * clock running far ahead is passed over rather than letting it hide the others.
 */
export function newestStamp(records: readonly SyncMeta[], nowMs: number, maxDriftMs: number = DEFAULT_MAX_DRIFT_MS): Hlc | undefined {
  // Every stamp at or before the bound sorts at or before this one ('~' sorts after every device-id character).
  const bound = formatHlc({ wallMs: Math.max(0, Math.floor(nowMs + maxDriftMs)), counter: 999999, deviceId: '~' });
  let best: Hlc | undefined;
  const consider = (stamp: Hlc): void => {
    if (stamp <= bound && (best === undefined || stamp > best)) best = stamp;
  };
  for (const record of records) {
    for (const stamp of Object.values(record.vv)) consider(stamp);
    for (const stamp of Object.values(record.clock)) consider(stamp);
    for (const versions of Object.values(record.conflicts)) for (const version of versions) consider(version.stamp);
    if (record.deleted !== null) consider(record.deleted);
  }
  return best;
}
