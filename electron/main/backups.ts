import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { AppFailure } from '../../shared/errors/result';
import type { BackupKind, BackupStatus, BackupWritten } from '../../shared/ipc/contract';
import type { FileStore } from './files';

/**
 * Automatic backups on the desktop. Main owns everything about them: the folder
 * (chosen in main's own dialog, remembered in main's config file under userData,
 * never taken from the renderer), the file names, and which old files are deleted.
 * Only files whose names match BACKUP_NAME are ever counted or deleted, so nothing
 * the user keeps in the same folder is touched.
 */

/** runder-tisch-YYYY-MM-DD-HHMM-kind.age, in the computer's local time. */
export const BACKUP_NAME = /^runder-tisch-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})-(daily|before-import)\.age$/;

/** How many copies retention keeps (the issue: 7 daily and 4 weekly; the last few before imports). */
export const RETENTION = { days: 7, weeks: 4, beforeImport: 5 } as const;

const two = (n: number): string => String(n).padStart(2, '0');

/** The name main gives a backup written at `at`. */
export function backupFileName(at: Date, kind: BackupKind): string {
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  return `runder-tisch-${day}-${two(at.getHours())}${two(at.getMinutes())}-${kind}.age`;
}

interface ParsedName {
  readonly name: string;
  readonly kind: BackupKind;
  readonly day: string;
  readonly week: string;
  /** Sortable: YYYYMMDDHHMM. */
  readonly order: string;
}

/** The ISO 8601 week ('2026-W47') of a calendar day. */
export function isoWeek(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  // The Thursday of the same week decides the week's year.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${two(week)}`;
}

function parseName(name: string): ParsedName | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, kind] = match as unknown as [string, string, string, string, string, string, BackupKind];
  return { name, kind, day: `${y}-${mo}-${d}`, week: isoWeek(Number(y), Number(mo), Number(d)), order: `${y}${mo}${d}${h}${mi}` };
}

/**
 * Which of the folder's files retention deletes: of the daily backups it keeps the
 * newest of each of the 7 newest days and the newest of each of the 4 newest ISO
 * weeks; of the before-import ones the 5 newest. Names not ours are never listed.
 */
export function filesToDelete(names: readonly string[]): string[] {
  const ours = names.map(parseName).filter((parsed): parsed is ParsedName => parsed !== null);
  const newestFirst = (a: ParsedName, b: ParsedName) => (a.order < b.order ? 1 : a.order > b.order ? -1 : 0);
  const keep = new Set<string>();
  const daily = ours.filter((p) => p.kind === 'daily').sort(newestFirst);
  const keepNewestPer = (key: (p: ParsedName) => string, count: number) => {
    const seen = new Set<string>();
    for (const parsed of daily) {
      if (seen.has(key(parsed))) continue;
      if (seen.size === count) break;
      seen.add(key(parsed));
      keep.add(parsed.name);
    }
  };
  keepNewestPer((p) => p.day, RETENTION.days);
  keepNewestPer((p) => p.week, RETENTION.weeks);
  ours
    .filter((p) => p.kind === 'before-import')
    .sort(newestFirst)
    .slice(0, RETENTION.beforeImport)
    .forEach((p) => keep.add(p.name));
  return ours.filter((p) => !keep.has(p.name)).map((p) => p.name);
}

/** The folder operations backups need, beside the FileStore's atomic write. */
export interface BackupFolderStore {
  list(folder: string): Promise<string[]>;
  remove(path: string): Promise<void>;
  /** Reads main's config file, or null when there is none yet. */
  readConfig(): Promise<string | null>;
  writeConfig(text: string): Promise<void>;
}

/** What backups need from the outside world. */
export interface BackupDeps {
  readonly store: BackupFolderStore;
  /** Main's own folder dialog; null when the user cancels. */
  chooseFolder(): Promise<string | null>;
  now(): Date;
}

const configSchema = z.object({ folder: z.string().min(1).nullable(), lastBackupAt: z.string().nullable() });
type BackupConfig = z.infer<typeof configSchema>;
const EMPTY: BackupConfig = { folder: null, lastBackupAt: null };

/** Main's backup service over its dependencies: the three rt:backup:* channels' work. */
export function createBackupService(deps: BackupDeps, files: FileStore) {
  async function readConfig(): Promise<BackupConfig> {
    const text = await deps.store.readConfig().catch(() => null);
    if (text === null) return EMPTY;
    try {
      const parsed = configSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : EMPTY;
    } catch {
      return EMPTY;
    }
  }

  async function status(config: BackupConfig): Promise<BackupStatus> {
    if (config.folder === null) return { folderName: null, lastBackupAt: config.lastBackupAt, files: 0 };
    const names = await deps.store.list(config.folder).catch(() => []);
    return { folderName: basename(config.folder), lastBackupAt: config.lastBackupAt, files: names.filter((n) => BACKUP_NAME.test(n)).length };
  }

  return {
    status: async () => status(await readConfig()),

    async chooseFolder(): Promise<BackupStatus> {
      const config = await readConfig();
      const folder = await deps.chooseFolder();
      if (folder === null) return status(config);
      const next = { ...config, folder };
      await deps.store.writeConfig(JSON.stringify(next));
      return status(next);
    },

    async write(data: Uint8Array, kind: BackupKind): Promise<BackupWritten> {
      const config = await readConfig();
      if (config.folder === null) throw new AppFailure('file/write-failed', 'no backup folder chosen');
      const at = deps.now();
      const fileName = backupFileName(at, kind);
      try {
        await files.writeAtomic(join(config.folder, fileName), data);
      } catch (thrown) {
        throw new AppFailure('file/write-failed', `could not write ${fileName}: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
      }
      await deps.store.writeConfig(JSON.stringify({ ...config, lastBackupAt: at.toISOString() }));
      let removed = 0;
      const names = await deps.store.list(config.folder).catch(() => []);
      for (const name of filesToDelete(names)) {
        // A file that cannot be deleted stays; the backup that was just written counts.
        if (await deps.store.remove(join(config.folder, name)).then(() => true, () => false)) removed += 1;
      }
      return { fileName, removed };
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;

/** The folder store on the real file system; the config is a small JSON file. */
export function createNodeBackupFolderStore(configPath: string, files: FileStore): BackupFolderStore {
  return {
    list: (folder) => readdir(folder),
    async remove(path) {
      // Only regular files: a folder or link named like a backup is left alone.
      if ((await stat(path)).isFile()) await unlink(path);
    },
    readConfig: () => readFile(configPath, 'utf8').catch((thrown: NodeJS.ErrnoException) => (thrown.code === 'ENOENT' ? null : Promise.reject(thrown))),
    async writeConfig(text) {
      await mkdir(dirname(configPath), { recursive: true });
      await files.writeAtomic(configPath, new TextEncoder().encode(text));
    },
  };
}
