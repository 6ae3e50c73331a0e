import { z } from 'zod';
import type { Result } from '../../shared/errors/result';
import { AppFailure } from '../../shared/errors/result';
import { db } from '../db/database';
import { asResult } from '../db/write';
import { getPlatform } from '../platform';
import { now } from '../platform/clock';
import { passphraseBackupBytes } from './backupFile';

/**
 * Web mode has no folder to write into, so it reminds the user to download a
 * backup when the last download is older than a week (or there never was one).
 * "Später" hides the reminder for a day.
 */

export const LAST_DOWNLOAD_SETTING = 'lastBackupDownloadAt';
export const REMINDER_DISMISSED_SETTING = 'backupReminderDismissedAt';
export const REMINDER_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
const DISMISS_FOR_MS = 24 * 60 * 60 * 1000;
const moment = z.string().max(40);

async function readMoment(key: string): Promise<number | null> {
  const parsed = moment.safeParse((await db.settings.get(key))?.value);
  const at = parsed.success ? Date.parse(parsed.data) : Number.NaN;
  return Number.isFinite(at) ? at : null;
}

/** When a backup was last downloaded on this device (ISO), or null. Reads only Dexie. */
export async function readLastDownloadAt(): Promise<string | null> {
  const at = await readMoment(LAST_DOWNLOAD_SETTING);
  return at === null ? null : new Date(at).toISOString();
}

/** Whether the reminder shows now: last download older than a week, and not dismissed within the last day. Reads only Dexie. */
export async function isReminderDue(): Promise<boolean> {
  const [last, dismissed] = await Promise.all([readMoment(LAST_DOWNLOAD_SETTING), readMoment(REMINDER_DISMISSED_SETTING)]);
  const current = now();
  if (last !== null && current - last < REMINDER_AFTER_MS && last <= current) return false;
  return dismissed === null || current - dismissed >= DISMISS_FOR_MS || dismissed > current;
}

/** Hides the reminder for a day. */
export function dismissReminder(): Promise<Result<void>> {
  return asResult(async () => {
    await db.settings.put({ key: REMINDER_DISMISSED_SETTING, value: new Date(now()).toISOString() });
  });
}

/** Exports everything as a passphrase backup file (a download in web mode) and records when. */
export function downloadBackup(passphrase: string): Promise<Result<{ fileName: string | null }>> {
  return asResult(async () => {
    const at = new Date(now()).toISOString();
    const bytes = await passphraseBackupBytes('Heruntergeladene Sicherung', passphrase);
    if (!bytes.ok) throw new AppFailure(bytes.error.code, bytes.error.message);
    const saved = await getPlatform().saveFile({ suggestedName: `Runder-Tisch-Sicherung-${at.slice(0, 10)}`, kind: 'backup', data: bytes.data });
    if (!saved.ok) throw new AppFailure(saved.error.code, saved.error.message);
    if (saved.data.saved) await db.settings.put({ key: LAST_DOWNLOAD_SETTING, value: at });
    return { fileName: saved.data.fileName };
  });
}
