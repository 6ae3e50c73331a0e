import { z } from 'zod';
import { ERROR_CODES, fail, ok, type Result } from '../../shared/errors/result';
import type { BackupKind, BackupWritten } from '../../shared/ipc/contract';
import { db } from '../db/database';
import { getPlatform } from '../platform';
import { now } from '../platform/clock';
import type { Platform } from '../platform/types';
import { ownBackupBytes } from './backupFile';
import { lockStatus } from '../security/keyState';

/**
 * Automatic backups (desktop): on start and every hour, a daily backup when the
 * last one is older than 24 hours; and one before every import. Main writes the
 * file into the user's folder and applies retention. A failure never blocks what
 * the user is doing: it is recorded ('autoBackupProblem') and shown as a warning
 * on the Übersicht and in Einstellungen until the next backup succeeds.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
export const BACKUP_PROBLEM_SETTING = 'autoBackupProblem';

export const backupProblemSchema = z.object({
  at: z.string().max(40),
  kind: z.enum(['daily', 'before-import']),
  code: z.enum(ERROR_CODES),
});
export type BackupProblem = z.infer<typeof backupProblemSchema>;

/** The last automatic backup's failure, or null when the last one worked (reads only Dexie, for useLiveQuery). */
export async function readBackupProblem(): Promise<BackupProblem | null> {
  const parsed = backupProblemSchema.safeParse((await db.settings.get(BACKUP_PROBLEM_SETTING))?.value);
  return parsed.success ? parsed.data : null;
}

async function recordOutcome<T>(kind: BackupKind, result: Result<T>): Promise<Result<T>> {
  // Recording is best effort: a full disk must not turn a backup problem into a crash.
  const recorded: Promise<unknown> = result.ok
    ? db.settings.delete(BACKUP_PROBLEM_SETTING)
    : db.settings.put({ key: BACKUP_PROBLEM_SETTING, value: { at: new Date(now()).toISOString(), kind, code: result.error.code } });
  await recorded.catch(() => undefined);
  return result;
}

/** Writes one automatic backup now (everything, encrypted to my own key) into the chosen folder. */
export async function writeAutomaticBackup(kind: BackupKind, platform: Platform = getPlatform()): Promise<Result<BackupWritten>> {
  const label = kind === 'daily' ? 'Tägliche Sicherung' : 'Sicherung vor dem Import';
  const bytes = await ownBackupBytes(label);
  if (!bytes.ok) return recordOutcome(kind, bytes);
  return recordOutcome(kind, await platform.writeBackup(bytes.data, kind));
}

export type DailyOutcome = 'written' | 'not-due' | 'no-folder' | 'web';

/** Writes the daily backup when a folder is chosen and the last backup is older than 24 hours. */
export async function runDailyBackupIfDue(platform: Platform = getPlatform()): Promise<Result<DailyOutcome>> {
  if (platform.kind !== 'electron') return ok('web');
  const status = await platform.backupStatus();
  // No status means no backup service (main without one): nothing was tried, so nothing to warn about.
  if (!status.ok) return status;
  if (status.data.folderName === null) return ok('no-folder');
  const last = status.data.lastBackupAt === null ? Number.NaN : Date.parse(status.data.lastBackupAt);
  // A last backup "in the future" (clock set back) counts as due, so backups never stop.
  if (Number.isFinite(last) && now() - last < DAY_MS && last <= now()) return ok('not-due');
  const written = await writeAutomaticBackup('daily', platform);
  return written.ok ? ok('written') : written;
}

/**
 * The backup before an import. Never throws and never blocks the import: without a
 * folder (or in web mode) it does nothing; a failure is recorded as a warning.
 */
export async function beforeImportBackup(platform?: Platform): Promise<Result<BackupWritten | null>> {
  try {
    const chosen = platform ?? getPlatform();
    if (chosen.kind !== 'electron') return ok(null);
    const status = await chosen.backupStatus();
    if (!status.ok) return status;
    if (status.data.folderName === null) return ok(null);
    return await writeAutomaticBackup('before-import', chosen);
  } catch (thrown) {
    // No window (unit tests in Node) or anything unforeseen: the import goes on.
    return fail('unknown', thrown instanceof Error ? thrown.message : String(thrown));
  }
}

let stopCurrent: (() => void) | null = null;

/** Starts the hourly check (once per page; later calls do nothing) and runs it right away. */
export function startBackupScheduler(platform: Platform = getPlatform()): () => void {
  if (stopCurrent !== null) return stopCurrent;
  if (platform.kind !== 'electron') return () => undefined;
  // While the app is locked the texts cannot be read: the next hourly check after unlocking makes the backup.
  const check = () => void (lockStatus() !== 'locked' && runDailyBackupIfDue(platform));
  check();
  const timer = setInterval(check, HOUR_MS);
  stopCurrent = () => {
    clearInterval(timer);
    stopCurrent = null;
  };
  return stopCurrent;
}
