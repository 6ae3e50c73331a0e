import type { Hlc } from '../clock/hlc';
import { maxHlc } from '../clock/hlc';
import { canonicalEqual } from '../merge/canonical';
import type { Stored, SyncMeta } from './sync';

/**
 * Pure functions that put merge metadata on a write. The renderer's repositories
 * call them inside a transaction with a fresh stamp from the device's clock.
 */

export interface WriteContext {
  readonly stamp: Hlc;
  readonly deviceId: string;
  readonly nowIso: string;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || canonicalEqual(a, b);
}

/** The later of two ISO times, so a wall clock set back never moves updatedAt backwards. */
function laterIso(a: string, b: string): string {
  return a >= b ? a : b;
}

function withVersion(vv: Readonly<Record<string, Hlc>>, ctx: WriteContext): Record<string, Hlc> {
  return { ...vv, [ctx.deviceId]: maxHlc(vv[ctx.deviceId], ctx.stamp) as Hlc };
}

/** A new record: every content field carries the write's stamp. */
export function stampNew<T extends object>(id: string, content: T, ctx: WriteContext): Stored<T> {
  const clock: Record<string, Hlc> = {};
  for (const key of Object.keys(content)) clock[key] = ctx.stamp;
  const meta: SyncMeta = {
    id,
    createdAt: ctx.nowIso,
    updatedAt: ctx.nowIso,
    deviceId: ctx.deviceId,
    clock,
    vv: { [ctx.deviceId]: ctx.stamp },
    deleted: null,
    conflicts: {},
  };
  return { ...content, ...meta };
}

/**
 * A change to some fields. Only fields whose value really changes get the new
 * stamp, so an unchanged field never wins a merge it did not take part in.
 * Returns null when nothing changes.
 */
export function stampPatch<T extends object>(record: Stored<T>, patch: Partial<T>, ctx: WriteContext): Stored<T> | null {
  const changed: Partial<T> = {};
  const clock: Record<string, Hlc> = { ...record.clock };
  for (const key of Object.keys(patch) as (keyof T & string)[]) {
    const value = patch[key];
    if (value === undefined || sameValue(value, record[key])) continue;
    changed[key] = value;
    clock[key] = ctx.stamp;
  }
  if (Object.keys(changed).length === 0) return null;
  // A local write to a field has seen its conflicting versions: it resolves them.
  const conflicts = Object.fromEntries(Object.entries(record.conflicts).filter(([field]) => !(field in changed)));
  return {
    ...record,
    ...changed,
    clock,
    conflicts,
    vv: withVersion(record.vv, ctx),
    updatedAt: laterIso(record.updatedAt, ctx.nowIso),
    // The merge's normal form: the device of the newest stamp shown. That is this write's,
    // unless a clock set back days left it below a stamp seen earlier (tests/renderer/clockSkew.test.ts).
    deviceId: deviceOfNewest(clock, ctx),
  };
}

function deviceOfNewest(clock: Readonly<Record<string, Hlc>>, ctx: WriteContext): string {
  let newest = ctx.stamp;
  for (const stamp of Object.values(clock)) if (stamp > newest) newest = stamp;
  return newest === ctx.stamp ? ctx.deviceId : (newest.split('.')[2] ?? ctx.deviceId);
}

/**
 * A permanent deletion (GDPR erasure): the content is replaced by a blank one and
 * only the tombstone remains, so that the deletion travels to other members.
 */
export function stampTombstone<T extends object>(record: Stored<T>, blank: T, ctx: WriteContext): Stored<T> {
  const clock: Record<string, Hlc> = {};
  for (const key of Object.keys(blank)) clock[key] = ctx.stamp;
  return {
    ...blank,
    id: record.id,
    createdAt: record.createdAt,
    updatedAt: laterIso(record.updatedAt, ctx.nowIso),
    deviceId: ctx.deviceId,
    clock,
    vv: withVersion(record.vv, ctx),
    deleted: ctx.stamp,
    conflicts: {},
  };
}
