import { z } from 'zod';
import { DEFAULT_MAX_DRIFT_MS, isHlc, parseHlc, type Hlc } from './hlc';

/**
 * Noticing clocks that are wrong. The merge stays correct either way (causality
 * beats wall time, and receiveHlc does not follow a stamp beyond the drift bound,
 * see shared/merge/record.ts), but a wrong clock makes concurrent edits resolve
 * oddly and "zuletzt geändert" misleading, so the people involved should fix it.
 */

/** Another device's newest stamp lies further ahead of our wall clock than the drift bound: its clock runs fast. */
export interface RemoteClockAhead {
  readonly kind: 'remote-ahead';
  readonly deviceId: string;
  readonly aheadMs: number;
}

/** Our own clock lies further ahead of our wall clock than the drift bound: this device's clock was set back. */
export interface LocalClockBehind {
  readonly kind: 'local-behind';
  readonly behindMs: number;
}

export type ClockSkew = RemoteClockAhead | LocalClockBehind;

/**
 * The device whose stamps run furthest ahead of `nowMs`, when that is more than
 * `maxDriftMs`; null when every stamp is within the bound. Invalid stamps are ignored.
 */
export function detectRemoteSkew(stamps: Iterable<Hlc>, nowMs: number, maxDriftMs: number = DEFAULT_MAX_DRIFT_MS): RemoteClockAhead | null {
  let worst: RemoteClockAhead | null = null;
  for (const stamp of stamps) {
    if (!isHlc(stamp)) continue;
    const { wallMs, deviceId } = parseHlc(stamp);
    const aheadMs = wallMs - nowMs;
    if (aheadMs > maxDriftMs && (worst === null || aheadMs > worst.aheadMs)) worst = { kind: 'remote-ahead', deviceId, aheadMs };
  }
  return worst;
}

/**
 * Whether our own clock (the stored HLC) is further ahead of the wall clock than the
 * drift bound. The HLC never goes back and follows remote stamps only up to the
 * bound, so only a wall clock that was set back (or runs slow) gets it there.
 */
export function detectLocalSkew(localClock: unknown, nowMs: number, maxDriftMs: number = DEFAULT_MAX_DRIFT_MS): LocalClockBehind | null {
  if (!isHlc(localClock)) return null;
  const behindMs = parseHlc(localClock).wallMs - nowMs;
  return behindMs > maxDriftMs ? { kind: 'local-behind', behindMs } : null;
}

/** Every stamp a set of records carries (clock, vv, conflicts, deletion), for detectRemoteSkew. */
export function* stampsOf(records: Iterable<{
  readonly clock: Readonly<Record<string, Hlc>>;
  readonly vv: Readonly<Record<string, Hlc>>;
  readonly deleted: Hlc | null;
  readonly conflicts: Readonly<Record<string, readonly { readonly stamp: Hlc }[]>>;
}>): Generator<Hlc> {
  for (const record of records) {
    yield* Object.values(record.vv);
    yield* Object.values(record.clock);
    for (const versions of Object.values(record.conflicts)) for (const version of versions) yield version.stamp;
    if (record.deleted !== null) yield record.deleted;
  }
}

/** Whole days in a span, at least 1, for "geht um etwa 3 Tage vor". */
export function skewDays(ms: number): number {
  return Math.max(1, Math.round(Math.abs(ms) / 86_400_000));
}

/** What an import remembers about a fast remote clock (settings row 'clockSkew', read by the warning). */
export const remoteSkewNoteSchema = z.strictObject({
  deviceId: z.string().max(64),
  /** The exporting member's name when the fast clock is the exporter's own device, else null. */
  memberName: z.string().max(200).nullable(),
  aheadMs: z.number().nonnegative(),
  detectedAt: z.string().max(40),
});
export type RemoteSkewNote = z.infer<typeof remoteSkewNoteSchema>;

/** The note to keep after an import whose stamps were checked against `nowMs`, or null when no clock ran ahead. */
export function remoteSkewNote(
  stamps: Iterable<Hlc>,
  nowMs: number,
  exporter: { readonly deviceId: string; readonly memberName: string | null },
): RemoteSkewNote | null {
  const skew = detectRemoteSkew(stamps, nowMs);
  if (!skew) return null;
  const memberName = skew.deviceId === exporter.deviceId ? exporter.memberName : null;
  return { deviceId: skew.deviceId, memberName, aheadMs: skew.aheadMs, detectedAt: new Date(nowMs).toISOString() };
}
