import { describe, expect, test } from 'vitest';
import { DEFAULT_MAX_DRIFT_MS, createHlcState, formatHlc, receiveHlc, tickHlc } from '../../shared/clock/hlc';
import { detectLocalSkew, detectRemoteSkew, remoteSkewNote, skewDays, stampsOf } from '../../shared/clock/skew';

const NOW = Date.UTC(2026, 2, 3, 18, 0, 0);
const DAY = 86_400_000;
const stamp = (wallMs: number, device: string) => formatHlc({ wallMs, counter: 0, deviceId: device });

describe('detectRemoteSkew', () => {
  test('names the device whose stamps run furthest beyond the drift bound', () => {
    const stamps = [stamp(NOW - DAY, 'bendevice'), stamp(NOW + 3 * DAY, 'annadevice'), stamp(NOW + 2 * DAY, 'carladevice')];
    expect(detectRemoteSkew(stamps, NOW)).toEqual({ kind: 'remote-ahead', deviceId: 'annadevice', aheadMs: 3 * DAY });
  });

  test('says nothing within the bound, or for stamps that are no stamps', () => {
    expect(detectRemoteSkew([stamp(NOW + DEFAULT_MAX_DRIFT_MS, 'annadevice'), 'not-a-stamp'], NOW)).toBeNull();
    expect(detectRemoteSkew([stamp(NOW + DEFAULT_MAX_DRIFT_MS + 1, 'annadevice')], NOW)?.deviceId).toBe('annadevice');
  });

  test('reads every stamp of a record: clock, vv, conflicts and deletion', () => {
    const record = { clock: { title: stamp(NOW, 'a1234') }, vv: {}, deleted: null, conflicts: { title: [{ stamp: stamp(NOW + 5 * DAY, 'b1234') }] } };
    expect(detectRemoteSkew(stampsOf([record]), NOW)?.deviceId).toBe('b1234');
    expect(remoteSkewNote(stampsOf([record]), NOW, { deviceId: 'b1234', memberName: 'Anna' })).toMatchObject({ memberName: 'Anna', aheadMs: 5 * DAY });
    expect(remoteSkewNote(stampsOf([record]), NOW, { deviceId: 'a1234', memberName: 'Ben' })).toMatchObject({ deviceId: 'b1234', memberName: null });
  });
});

describe('detectLocalSkew', () => {
  test('notices a device clock set back by days, since our own stamps then lie in its future', () => {
    const written = tickHlc(createHlcState('bendevice'), NOW).stamp;
    expect(detectLocalSkew(written, NOW)).toBeNull();
    expect(detectLocalSkew(written, NOW - 3 * DAY)).toEqual({ kind: 'local-behind', behindMs: 3 * DAY });
    expect(detectLocalSkew(undefined, NOW)).toBeNull();
  });

  test('is not set off by following a remote clock within the bound', () => {
    const followed = receiveHlc(createHlcState('bendevice'), stamp(NOW + DEFAULT_MAX_DRIFT_MS - 1, 'annadevice'), NOW);
    expect(detectLocalSkew(formatHlc(followed), NOW)).toBeNull();
    const notFollowed = receiveHlc(createHlcState('bendevice'), stamp(NOW + 3 * DAY, 'annadevice'), NOW);
    expect(detectLocalSkew(formatHlc(notFollowed), NOW)).toBeNull();
  });

  test('rounds to whole days, at least one', () => {
    expect([skewDays(DAY + 1), skewDays(3 * DAY - 1000), skewDays(-2 * DAY)]).toEqual([1, 3, 2]);
  });
});
