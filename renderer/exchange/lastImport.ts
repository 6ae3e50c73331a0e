import { z } from 'zod';
import { createHlcState, formatHlc, isHlc, parseHlc, receiveHlc } from '../../shared/clock/hlc';
import { newestStamp } from '../../shared/merge/dataset';
import type { SyncMeta } from '../../shared/model/sync';
import { db } from '../db/database';
import { ensureDevice } from '../db/device';
import { now } from '../platform/clock';

/**
 * Local bookkeeping of imports in the settings table: the device clock that an
 * import advances, and which import "Import rückgängig machen" would undo.
 */

/** The settings row of the device clock (owned by renderer/db/device.ts, which keeps the key private). */
const CLOCK_SETTING = 'hlc';

/** The settings row describing the last import that can be undone. */
export const LAST_IMPORT_SETTING = 'lastImport';

export const lastImportSchema = z.strictObject({
  importId: z.string().max(64),
  at: z.string().max(40),
  label: z.string().max(300),
  /** The device clock right after the import: a local write since then moves it on. */
  clockAfter: z.string().max(100).nullable(),
});
export type LastImportRow = z.infer<typeof lastImportSchema>;

async function readClock(): Promise<string | null> {
  const value = (await db.settings.get(CLOCK_SETTING))?.value;
  return isHlc(value) ? value : null;
}

/**
 * Folds the newest incoming stamp into the device clock, so later local writes sort
 * after everything imported. Stamps more than the drift bound (24 h) ahead of this
 * device's wall clock are passed over (newestStamp, receiveHlc): a laptop whose
 * clock runs fast cannot drag ours into its future. Call inside the import's transaction.
 */
export async function foldIncomingStamps(records: readonly SyncMeta[]): Promise<void> {
  const wallNow = now();
  const newest = newestStamp(records, wallNow);
  if (newest === undefined) return;
  const device = await ensureDevice();
  const stored = await readClock();
  const state = stored ? parseHlc(stored) : createHlcState(device.deviceId);
  const next = formatHlc(receiveHlc({ ...state, deviceId: device.deviceId }, newest, wallNow));
  if (next !== stored) await db.settings.put({ key: CLOCK_SETTING, value: next });
}

/** Remembers an applied import for "Import rückgängig machen". Call inside the import's transaction, after the fold. */
export async function rememberImport(importId: string, label: string): Promise<void> {
  const row: LastImportRow = { importId, at: new Date(now()).toISOString(), label, clockAfter: await readClock() };
  await db.settings.put({ key: LAST_IMPORT_SETTING, value: row });
}

/** What "Import rückgängig machen" refers to. */
export interface LastImport {
  readonly importId: string;
  readonly at: string;
  readonly label: string;
  /** Something was written on this device since: undoing the import would undo that too. */
  readonly changedSince: boolean;
}

/** The last import that can still be undone, or null (reads only Dexie, so useLiveQuery can wrap it). */
export async function lastImport(): Promise<LastImport | null> {
  const parsed = lastImportSchema.safeParse((await db.settings.get(LAST_IMPORT_SETTING))?.value);
  if (!parsed.success) return null;
  // Retention may have dropped its snapshot; then there is nothing to undo with.
  if ((await db.snapshots.where('importId').equals(parsed.data.importId).count()) === 0) return null;
  const { importId, at, label, clockAfter } = parsed.data;
  return { importId, at, label, changedSince: (await readClock()) !== clockAfter };
}
