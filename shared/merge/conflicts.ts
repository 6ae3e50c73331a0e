import type { Hlc } from '../clock/hlc';
import { stampTombstone, type WriteContext } from '../model/stamp';
import { SYNC_META_KEYS, type ConflictVersion, type Stored, type SyncMeta } from '../model/sync';
import { canonicalEqual } from './canonical';
import { DELETED_KEY, MergeError, readVersions, stampDevice, writeVersions, type VersionState } from './versions';

/**
 * The "Konflikte" review: what a person sees of a record's concurrent versions,
 * and the write that settles one. A settlement is an ordinary local write that
 * has seen every version, so the next exchange carries it and clears the same
 * conflict on every other laptop (the merge drops what a newer state has seen).
 */

/** One thing to decide: a field's distinct values (the shown one first, then newest first), or pending erasures. */
export interface FieldConflict {
  readonly field: string;
  readonly versions: readonly ConflictVersion[];
}

const META_KEYS = new Set<string>(SYNC_META_KEYS);

function pendingDeletions(record: SyncMeta): Hlc[] {
  return (record.conflicts[DELETED_KEY] ?? []).map((version) => version.stamp);
}

/**
 * What the Konflikte view lists for a record. A tombstone lists nothing. Versions
 * written by a pending erasure (its blanks) are left out of field conflicts, since
 * the `deleted` entry already asks about them, and equal values are listed once.
 */
export function recordConflicts(record: SyncMeta): FieldConflict[] {
  if (record.deleted !== null) return [];
  const out: FieldConflict[] = [];
  const pending = pendingDeletions(record);
  if (pending.length > 0) {
    const newestFirst = [...pending].sort().reverse();
    out.push({ field: DELETED_KEY, versions: newestFirst.map((stamp) => ({ value: true, stamp })) });
  }
  const erasureWrites = new Set(pending);
  const content = record as unknown as Readonly<Record<string, unknown>>;
  for (const field of Object.keys(record.conflicts).sort()) {
    if (field === DELETED_KEY || META_KEYS.has(field)) continue;
    const shown = record.clock[field];
    const candidates: ConflictVersion[] = [];
    if (shown !== undefined) candidates.push({ value: Object.hasOwn(content, field) ? content[field] : undefined, stamp: shown });
    const losers = [...(record.conflicts[field] ?? [])].sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
    candidates.push(...losers);
    const distinct: ConflictVersion[] = [];
    for (const version of candidates) {
      if (erasureWrites.has(version.stamp)) continue;
      if (distinct.some((kept) => canonicalEqual(kept.value, version.value))) continue;
      distinct.push(version);
    }
    if (distinct.length > 1) out.push({ field, versions: distinct });
  }
  return out;
}

function afterWrite<T>(record: Stored<T>, state: VersionState, ctx: WriteContext): Stored<T> {
  const own = state.seen.get(ctx.deviceId);
  if (own === undefined || ctx.stamp > own) state.seen.set(ctx.deviceId, ctx.stamp);
  return writeVersions<T>(state, {
    id: record.id,
    createdAt: record.createdAt,
    updatedAt: ctx.nowIso > record.updatedAt ? ctx.nowIso : record.updatedAt,
    fallbackDeviceId: ctx.deviceId,
  });
}

// Rejecting erasures: the deletions go, and so do their blanks wherever a real
// version stands beside them. A field that only has a blank keeps it: the content
// the eraser had seen is gone on its laptop and cannot come back.
function keepRecord<T>(record: Stored<T>, ctx: WriteContext): Stored<T> {
  const state = readVersions(record);
  for (const [field, versions] of state.fields) {
    const real = versions.filter((version) => !state.deletions.has(version.stamp));
    if (real.length > 0) state.fields.set(field, real);
  }
  state.deletions.clear();
  return afterWrite(record, state, ctx);
}

/**
 * Settles a conflict with a new local write that has seen every version.
 * - a content field: `chosenValue` becomes its value under the new stamp, its
 *   other versions are gone;
 * - `deleted` with `true`: erases the record again (needs the entity's `blank`);
 * - `deleted` with `false`: keeps the record and drops the pending erasures.
 * Throws MergeError for a meta field, a non-boolean `deleted` choice, a missing
 * blank, or a content field of a tombstone (erased records are not edited).
 */
export function resolveConflict<T extends object>(
  record: Stored<T>,
  field: string,
  chosenValue: unknown,
  ctx: WriteContext,
  blank?: T,
): Stored<T> {
  if (stampDevice(ctx.stamp) !== ctx.deviceId) throw new MergeError('merge/invalid-choice', 'stamp and device disagree');
  if (field === DELETED_KEY) {
    if (chosenValue === false) return keepRecord(record, ctx);
    if (chosenValue !== true) throw new MergeError('merge/invalid-choice', 'deleted is settled with true or false');
    if (blank === undefined) throw new MergeError('merge/invalid-choice', 'erasing needs the blank content');
    return stampTombstone(record, blank, ctx);
  }
  if (META_KEYS.has(field)) throw new MergeError('merge/invalid-choice', `${field} is not a content field`);
  if (record.deleted !== null) throw new MergeError('merge/deleted-record', `${record.id} is erased`);
  const state = readVersions(record);
  state.fields.set(field, [{ stamp: ctx.stamp, value: chosenValue }]);
  return afterWrite(record, state, ctx);
}
