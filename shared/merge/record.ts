import type { Stored } from '../model/sync';
import { MergeError, joinVersions, readVersions, writeVersions } from './versions';

/**
 * Merging two copies of one record that were edited on different laptops.
 *
 * WHAT A RECORD CARRIES (shared/model/sync.ts)
 * - `clock[field]`: the HLC stamp of the write that set the field's shown value;
 * - `vv`: version vector, device → newest stamp of that device this state has
 *   incorporated;
 * - `deleted`: the stamp of an erasure (tombstone), or null;
 * - `conflicts[field]`: concurrent versions `{value, stamp}` that are not shown;
 *   `conflicts.deleted`: erasures that met a concurrent edit, `{value: true, stamp}`.
 *
 * THE RULE: a multi-value register per field
 * A version with stamp s, written by device d (the last part of s), has been
 * "seen" by a record iff `record.vv[d] >= s` (stamps compare as strings; one
 * device's stamps only ever grow). A field's versions on one side are its shown
 * value `{value: record[field], stamp: clock[field]}` plus `conflicts[field]`.
 * Merging two sides keeps a version iff the other side holds it too (same stamp)
 * or the other side has never seen it. A side that saw a version and no longer
 * holds it has overwritten it, so it goes. Among the survivors the highest stamp
 * is shown and the rest become `conflicts[field]`, sorted by stamp. The merged vv
 * is the pointwise maximum; createdAt is the earlier, updatedAt the later of the
 * two, and deviceId is the device of the highest stamp shown (clock or deleted).
 *
 * TIE-BREAKER: stamps are `<wall ms>.<counter>.<deviceId>`, so the HLC total
 * order (wall time, then counter, then device id) never finds two stamps equal
 * across devices and the outcome never depends on which side is "local".
 *
 * CLOCKS THAT RUN AHEAD ("bound the HLC against wall time")
 * 1. Causality beats wall-clock time. A later edit made after seeing an earlier
 *    one always wins, even if its stamp is smaller: the vv says it saw the other,
 *    so the other is dropped whatever the stamps say. A laptop whose clock runs
 *    fast can therefore never keep its edits alive against edits made after
 *    seeing them. Stamps only decide between truly concurrent edits (neither saw
 *    the other), and then the loser is kept in `conflicts` and shown in the
 *    "Konflikte" review: nothing is silently lost.
 * 2. The clocks themselves are bounded: receiveHlc (shared/clock/hlc.ts) does
 *    not follow a remote stamp more than DEFAULT_MAX_DRIFT_MS (24 h) ahead of the
 *    local wall clock, so one fast laptop cannot drag every other clock into its
 *    future; newestStamp (./dataset.ts) hands it the newest stamp within that bound.
 *
 * DELETIONS (GDPR erasure)
 * An erasure (stampTombstone) writes the blank content into every field and a
 * deletion version, all with the erasure's stamp; the deletions form one more
 * version set, merged by the same rule. So an erasure overwrites exactly what
 * its author had seen. After a merge:
 * - if only the erasure's own writes stand (it had seen everything), the result
 *   is the tombstone: `deleted` = its stamp, blank content carrying that stamp;
 * - if some field holds a version the eraser had not seen (an edit concurrent
 *   with the erasure), the record stays alive with the merged content and the
 *   erasure waits in `conflicts.deleted` for a person to confirm or reject it in
 *   "Konflikte". A field's shown value is its newest version that is not a
 *   pending erasure's blank, so the concurrent edit is what people see. Content
 *   the eraser had seen stays erased (blank): it was overwritten on purpose, and
 *   bringing it back would need the very data the erasure removed.
 * Two concurrent erasures both stand; the record is a tombstone under the newer.
 *
 * Fields that exist on one side only (the schema grew) are absent versions on
 * the other. A record present in only one place is taken as it is: absence is
 * never a deletion, so a scoped file deletes nothing.
 *
 * LAWS (tests/shared/merge.laws.test.ts): the result is the same deep-equal
 * object, key order included, whatever the argument order (commutative),
 * grouping (associative) or repetition (idempotent); devices that have exchanged
 * with everyone hold identical data; and every write that no later write had
 * seen is still there, shown or in `conflicts`. The join works on version sets
 * (./versions.ts), where these laws hold by construction.
 */

function earlierIso(a: string, b: string): string {
  return compareIso(a, b) <= 0 ? a : b;
}

function laterIso(a: string, b: string): string {
  return compareIso(a, b) >= 0 ? a : b;
}

// By instant first, then by text, so two spellings of one instant still order the same way.
function compareIso(a: string, b: string): number {
  // toISOString's fixed UTC form (what every write stores) orders as text; skip parsing it.
  if (a.length === 24 && b.length === 24 && a.endsWith('Z') && b.endsWith('Z')) return a < b ? -1 : a > b ? 1 : 0;
  const byTime = Date.parse(a) - Date.parse(b);
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Merges two copies of one record (pure, deterministic; see the design above). */
export function mergeRecord<T>(local: Stored<T>, remote: Stored<T>): Stored<T> {
  if (local.id !== remote.id) throw new MergeError('merge/id-mismatch', `cannot merge ${local.id} with ${remote.id}`);
  return writeVersions<T>(joinVersions(readVersions(local), readVersions(remote)), {
    id: local.id,
    createdAt: earlierIso(local.createdAt, remote.createdAt),
    updatedAt: laterIso(local.updatedAt, remote.updatedAt),
    fallbackDeviceId: local.deviceId < remote.deviceId ? local.deviceId : remote.deviceId,
  });
}

export { MergeError, type MergeErrorCode } from './versions';
export { recordConflicts, resolveConflict, type FieldConflict } from './conflicts';
