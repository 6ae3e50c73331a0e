import { createHlcState, formatHlc, parseHlc, tickHlc, type Hlc } from '../../shared/clock/hlc';
import type { WriteContext } from '../../shared/model/stamp';
import { now } from '../platform/clock';
import { db } from './database';

/** This installation's identity for merging: created once, at first start. */
export interface DeviceInfo {
  readonly deviceId: string;
  readonly createdAt: string;
}

const DEVICE_KEY = 'device';
const CLOCK_KEY = 'hlc';
const DEVICE_ID_LENGTH = 12;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function randomDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(DEVICE_ID_LENGTH));
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

/** Returns this device's id, creating and storing it on the very first start. */
export async function ensureDevice(): Promise<DeviceInfo> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(DEVICE_KEY);
    if (row) return row.value as DeviceInfo;
    const info: DeviceInfo = { deviceId: randomDeviceId(), createdAt: new Date(now()).toISOString() };
    await db.settings.put({ key: DEVICE_KEY, value: info });
    return info;
  });
}

/**
 * A fresh clock stamp for one write. Must run inside a transaction that includes
 * the settings table, so the clock advances atomically with the write it stamps.
 */
export async function nextWriteContext(): Promise<WriteContext> {
  const device = await ensureDevice();
  const row = await db.settings.get(CLOCK_KEY);
  const state = row ? parseHlc(row.value as Hlc) : createHlcState(device.deviceId);
  const wallNow = now();
  const { state: next } = tickHlc({ ...state, deviceId: device.deviceId }, wallNow);
  await db.settings.put({ key: CLOCK_KEY, value: formatHlc(next) });
  return { stamp: formatHlc(next), deviceId: device.deviceId, nowIso: new Date(wallNow).toISOString() };
}
