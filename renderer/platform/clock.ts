/**
 * The app's one source of "now". Everything time-dependent (clock stamps, due
 * dates, traffic lights) reads it here, so tests can move time forward.
 */
let nowFn: () => number = () => Date.now();

/** Milliseconds since the epoch, from the injectable clock. */
export function now(): number {
  return nowFn();
}

/** Replaces the clock (tests); pass nothing to go back to the system clock. */
export function setClock(fn?: () => number): void {
  nowFn = fn ?? (() => Date.now());
}
