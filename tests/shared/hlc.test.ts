import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_DRIFT_MS,
  HlcError,
  compareHlc,
  createHlcState,
  formatHlc,
  isHlc,
  maxHlc,
  parseHlc,
  receiveHlc,
  tickHlc,
  type HlcState,
} from '../../shared/clock/hlc';

const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);

function thrownCode(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return error instanceof HlcError ? error.code : 'not an HlcError';
  }
  return 'nothing thrown';
}

describe('hybrid logical clock', () => {
  it('orders stamps by wall time, then counter, then device id, with plain string comparison', () => {
    const stamps = [
      formatHlc({ wallMs: T0 + 1, counter: 0, deviceId: 'aaaa' }),
      formatHlc({ wallMs: T0, counter: 2, deviceId: 'aaaa' }),
      formatHlc({ wallMs: T0, counter: 1, deviceId: 'bbbb' }),
      formatHlc({ wallMs: T0, counter: 1, deviceId: 'aaaa' }),
      formatHlc({ wallMs: 999, counter: 900, deviceId: 'zzzz' }),
    ];
    expect([...stamps].sort(compareHlc)).toEqual([stamps[4], stamps[3], stamps[2], stamps[1], stamps[0]]);
    expect(maxHlc(stamps[1], stamps[0])).toBe(stamps[0]);
    expect(maxHlc(undefined, stamps[2])).toBe(stamps[2]);
  });

  it('string order equals numeric order for any two states', () => {
    const state = fc.record({
      wallMs: fc.integer({ min: 0, max: 10 ** 14 }),
      counter: fc.integer({ min: 0, max: 999_999 }),
      deviceId: fc.constantFrom('dev1', 'dev2', 'dev3'),
    });
    fc.assert(
      fc.property(state, state, (a, b) => {
        const numeric = a.wallMs - b.wallMs || a.counter - b.counter || (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0);
        expect(Math.sign(compareHlc(formatHlc(a), formatHlc(b)))).toBe(Math.sign(numeric));
        expect(parseHlc(formatHlc(a))).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('ticks strictly upward even when the wall clock jumps backwards', () => {
    let state = createHlcState('laptop1');
    const walls = [T0, T0, T0 + 5, T0 - 60_000, T0 - 60_000, T0 + 3, T0 + 10];
    const stamps = walls.map((wall) => {
      const next = tickHlc(state, wall);
      state = next.state;
      return next.stamp;
    });
    for (let i = 1; i < stamps.length; i++) expect(compareHlc(stamps[i - 1] as string, stamps[i] as string)).toBe(-1);
    expect(parseHlc(stamps[3] as string)).toEqual({ wallMs: T0 + 5, counter: 1, deviceId: 'laptop1' });
    expect(parseHlc(stamps[6] as string)).toEqual({ wallMs: T0 + 10, counter: 0, deviceId: 'laptop1' });
  });

  it('stays monotonic under any sequence of local ticks and received stamps', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), wall: fc.integer({ min: -5000, max: 5000 }) }),
      fc.record({
        kind: fc.constant('receive' as const),
        wall: fc.integer({ min: -5000, max: 5000 }),
        ahead: fc.integer({ min: -5000, max: DEFAULT_MAX_DRIFT_MS + 5000 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let state: HlcState = createHlcState('laptop1');
        let last = '';
        for (const s of steps) {
          if (s.kind === 'receive') {
            const remote = formatHlc({ wallMs: T0 + s.wall + s.ahead, counter: 7, deviceId: 'laptop2' });
            state = receiveHlc(state, remote, T0 + s.wall);
          } else {
            const next = tickHlc(state, T0 + s.wall);
            expect(next.stamp > last).toBe(true);
            last = next.stamp;
            state = next.state;
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('follows a remote stamp, so the next local stamp sorts after it', () => {
    const local = tickHlc(createHlcState('laptop1'), T0).state;
    const remote = formatHlc({ wallMs: T0 + 60_000, counter: 4, deviceId: 'laptop2' });
    const received = receiveHlc(local, remote, T0 + 1);
    const next = tickHlc(received, T0 + 2);
    expect(compareHlc(next.stamp, remote)).toBe(1);
    expect(parseHlc(next.stamp)).toEqual({ wallMs: T0 + 60_000, counter: 5, deviceId: 'laptop1' });
  });

  it('does not follow a remote stamp beyond the drift bound, so a fast laptop cannot drag the clock', () => {
    const local = tickHlc(createHlcState('laptop1'), T0).state;
    const farAhead = formatHlc({ wallMs: T0 + DEFAULT_MAX_DRIFT_MS + 1, counter: 0, deviceId: 'fastlaptop' });
    expect(receiveHlc(local, farAhead, T0)).toBe(local);
    const justWithin = formatHlc({ wallMs: T0 + DEFAULT_MAX_DRIFT_MS, counter: 0, deviceId: 'fastlaptop' });
    expect(receiveHlc(local, justWithin, T0).wallMs).toBe(T0 + DEFAULT_MAX_DRIFT_MS);
    const tight = formatHlc({ wallMs: T0 + 1000, counter: 0, deviceId: 'fastlaptop' });
    expect(receiveHlc(local, tight, T0, 999)).toBe(local);
  });

  it('ignores a remote stamp that is older than the local clock', () => {
    const local = tickHlc(createHlcState('laptop1'), T0).state;
    const old = formatHlc({ wallMs: T0 - 1, counter: 99, deviceId: 'laptop2' });
    expect(receiveHlc(local, old, T0)).toEqual(local);
  });

  it('refuses garbage with a coded error', () => {
    for (const bad of ['', 'hello', '2025.000001.dev1', '000000000000001.000001.d', '000000000000001.000001.dev.1', '000000000000001.1.dev1']) {
      expect(isHlc(bad)).toBe(false);
      expect(() => parseHlc(bad)).toThrow(HlcError);
    }
    expect(isHlc(42)).toBe(false);
    expect(thrownCode(() => parseHlc('not a stamp'))).toBe('hlc/invalid');
  });

  it('refuses to overflow the counter rather than reuse a stamp', () => {
    const full: HlcState = { wallMs: T0, counter: 999_999, deviceId: 'laptop1' };
    expect(thrownCode(() => tickHlc(full, T0))).toBe('hlc/overflow');
    expect(tickHlc(full, T0 + 1).stamp).toBe(formatHlc({ wallMs: T0 + 1, counter: 0, deviceId: 'laptop1' }));
  });
});
