/**
 * Hybrid logical clock (Kulkarni et al.): wall-clock milliseconds plus a counter
 * plus the device id. Stamps are fixed-width strings, so they sort with plain
 * string comparison, and two stamps are never equal across devices.
 */

/** A stamp: `<15-digit ms>.<6-digit counter>.<deviceId>`. */
export type Hlc = string;

export interface HlcState {
  readonly wallMs: number;
  readonly counter: number;
  readonly deviceId: string;
}

const MS_WIDTH = 15;
const COUNTER_WIDTH = 6;
const MAX_COUNTER = 10 ** COUNTER_WIDTH - 1;
const HLC_PATTERN = /^(\d{15})\.(\d{6})\.([A-Za-z0-9_-]{4,64})$/;

/** How far a remote stamp may run ahead of our wall clock before we stop following it. */
export const DEFAULT_MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export class HlcError extends Error {
  readonly code: 'hlc/invalid' | 'hlc/overflow';
  constructor(code: 'hlc/invalid' | 'hlc/overflow', message: string) {
    super(message);
    this.code = code;
  }
}

/** A fresh clock for a device that has never written anything. */
export function createHlcState(deviceId: string): HlcState {
  return { wallMs: 0, counter: 0, deviceId };
}

/** Formats a clock state as a sortable stamp. */
export function formatHlc(state: HlcState): Hlc {
  return `${String(state.wallMs).padStart(MS_WIDTH, '0')}.${String(state.counter).padStart(COUNTER_WIDTH, '0')}.${state.deviceId}`;
}

/** Parses a stamp, or throws HlcError for anything that is not one. */
export function parseHlc(stamp: string): HlcState {
  const m = HLC_PATTERN.exec(stamp);
  if (!m) throw new HlcError('hlc/invalid', `not a clock stamp: ${stamp.slice(0, 80)}`);
  return { wallMs: Number(m[1]), counter: Number(m[2]), deviceId: m[3] as string };
}

/** True when the string is a well-formed stamp. */
export function isHlc(stamp: unknown): stamp is Hlc {
  return typeof stamp === 'string' && HLC_PATTERN.test(stamp);
}

/** Total order of stamps: wall time, then counter, then device id as the tie-breaker. */
export function compareHlc(a: Hlc, b: Hlc): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two stamps (or the one given when the other is missing). */
export function maxHlc(a: Hlc | undefined, b: Hlc | undefined): Hlc | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/** Advances the clock for a local event and returns the new state and its stamp. */
export function tickHlc(state: HlcState, nowMs: number): { state: HlcState; stamp: Hlc } {
  const wall = Math.max(state.wallMs, Math.floor(nowMs));
  const counter = wall === state.wallMs ? state.counter + 1 : 0;
  if (counter > MAX_COUNTER) throw new HlcError('hlc/overflow', 'clock counter overflow');
  const next = { wallMs: wall, counter, deviceId: state.deviceId };
  return { state: next, stamp: formatHlc(next) };
}

/**
 * Folds a remote stamp into the local clock so later local stamps sort after it.
 * A remote stamp further than `maxDriftMs` ahead of our wall clock is not followed:
 * a laptop whose clock runs fast must not drag every other clock into its future.
 */
export function receiveHlc(
  state: HlcState,
  remote: Hlc,
  nowMs: number,
  maxDriftMs: number = DEFAULT_MAX_DRIFT_MS,
): HlcState {
  const r = parseHlc(remote);
  if (r.wallMs > nowMs + maxDriftMs) return state;
  if (r.wallMs > state.wallMs) return { wallMs: r.wallMs, counter: r.counter, deviceId: state.deviceId };
  if (r.wallMs === state.wallMs && r.counter > state.counter) {
    return { wallMs: state.wallMs, counter: r.counter, deviceId: state.deviceId };
  }
  return state;
}
