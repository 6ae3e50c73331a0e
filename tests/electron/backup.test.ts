import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { backupFileName, createBackupService, createNodeBackupFolderStore, filesToDelete, isoWeek } from '../../electron/main/backups';
import { createNodeFileStore } from '../../electron/main/files';
import { createIpcRouter } from '../../electron/main/ipcRouter';
import { APP_SENDER, createTestDeps, tempFolder, type TestDeps } from './support/deps';

// Automatic backups as main writes them: into the folder main's own dialog chose,
// under names main makes, with retention, on a real temp folder. Only the folder
// dialog and the clock are stand-ins.
vi.mock('electron', () => {
  throw new Error('the backup service must not import electron');
});

let deps: TestDeps;
let root: Awaited<ReturnType<typeof tempFolder>>;
let backupFolder: string;
let chosenFolder: string | null;
let clock: Date;

function install(): void {
  const files = createNodeFileStore();
  deps = Object.assign(createTestDeps(), {
    backups: createBackupService(
      {
        store: createNodeBackupFolderStore(join(root.path, 'userData', 'backups.json'), files),
        chooseFolder: async () => chosenFolder,
        now: () => clock,
      },
      files,
    ),
  });
}
const call = (channel: string, ...args: unknown[]) => createIpcRouter(deps)(APP_SENDER, channel, args);

beforeEach(async () => {
  root = await tempFolder();
  backupFolder = join(root.path, 'Sicherungen');
  await mkdir(backupFolder);
  chosenFolder = backupFolder;
  clock = new Date(2026, 10, 21, 9, 30);
  install();
});
afterEach(async () => {
  await root.remove();
});

describe('file names and retention', () => {
  test('names carry the local date, time and kind', () => {
    expect(backupFileName(new Date(2026, 0, 5, 7, 3), 'daily')).toBe('runder-tisch-2026-01-05-0703-daily.age');
    expect(backupFileName(new Date(2026, 11, 31, 23, 59), 'before-import')).toBe('runder-tisch-2026-12-31-2359-before-import.age');
  });

  test('ISO weeks follow the Thursday rule across the year end', () => {
    expect(isoWeek(2026, 1, 1)).toBe('2026-W01');
    expect(isoWeek(2027, 1, 1)).toBe('2026-W53');
    expect(isoWeek(2024, 12, 30)).toBe('2025-W01');
  });

  test('keeps the newest of each of 7 days and 4 weeks, and the 5 newest before imports; never touches other files', () => {
    const names: string[] = [];
    // 60 days of dailies (two on each day), ten imports, and files that are not ours.
    for (let day = 0; day < 60; day++) {
      const date = new Date(2026, 8, 1 + day, 8, 0);
      names.push(backupFileName(date, 'daily'), backupFileName(new Date(date.getTime() + 3 * 3_600_000), 'daily'));
    }
    for (let i = 0; i < 10; i++) names.push(backupFileName(new Date(2026, 9, 1 + i, 12, 0), 'before-import'));
    names.push('notizen.txt', 'runder-tisch-2020-01-01-0000-daily.age.bak', 'Runder-Tisch-Sicherung-2026-10-01.age');
    const deleted = new Set(filesToDelete(names));
    const kept = names.filter((name) => !deleted.has(name));
    const keptDaily = kept.filter((name) => name.endsWith('-daily.age'));
    // 7 days (the last seven, each its later copy) plus the weeks before them: 4 weeks overlap the 7 days by at most 2.
    expect(keptDaily.slice(-7)).toEqual(
      Array.from({ length: 7 }, (_, i) => backupFileName(new Date(2026, 8, 54 + i, 11, 0), 'daily')),
    );
    const weeks = new Set(keptDaily.map((name) => name.slice(13, 23)).map((day) => isoWeek(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)))));
    expect(weeks.size).toBe(4);
    expect(keptDaily.length).toBeLessThanOrEqual(11);
    expect(kept.filter((name) => name.endsWith('-before-import.age'))).toHaveLength(5);
    expect(kept).toEqual(expect.arrayContaining(['notizen.txt', 'runder-tisch-2020-01-01-0000-daily.age.bak', 'Runder-Tisch-Sicherung-2026-10-01.age']));
    expect([...deleted].every((name) => /^runder-tisch-\d{4}-\d{2}-\d{2}-\d{4}-(daily|before-import)\.age$/.test(name))).toBe(true);
  });
});

describe('rt:backup:* channels', () => {
  test('without a chosen folder nothing is written and the status says so', async () => {
    expect(await call('rt:backup:status')).toEqual({ ok: true, data: { folderName: null, lastBackupAt: null, files: 0 } });
    expect(await call('rt:backup:write', new Uint8Array([1]), 'daily')).toMatchObject({ ok: false, error: { code: 'file/write-failed' } });
  });

  test('the folder comes from main\'s dialog, is remembered in main\'s config, and the renderer only sees its name', async () => {
    expect(await call('rt:backup:choose-folder')).toEqual({ ok: true, data: { folderName: 'Sicherungen', lastBackupAt: null, files: 0 } });
    const config = JSON.parse(await readFile(join(root.path, 'userData', 'backups.json'), 'utf8')) as { folder: string };
    expect(config.folder).toBe(backupFolder);
    // A new main process (same config file) still knows the folder.
    install();
    expect(await call('rt:backup:status')).toMatchObject({ ok: true, data: { folderName: 'Sicherungen' } });
    // Cancelling the dialog keeps the folder.
    chosenFolder = null;
    expect(await call('rt:backup:choose-folder')).toMatchObject({ ok: true, data: { folderName: 'Sicherungen' } });
  });

  test('a path from the renderer is refused: the channels take no folder and no name', async () => {
    await call('rt:backup:choose-folder');
    expect(await call('rt:backup:choose-folder', '/etc')).toMatchObject({ ok: false, error: { code: 'ipc/bad-args' } });
    expect(await call('rt:backup:write', new Uint8Array([1]), 'daily', '../evil.age')).toMatchObject({ ok: false, error: { code: 'ipc/bad-args' } });
    expect(await call('rt:backup:write', new Uint8Array([1]), '../../etc/passwd')).toMatchObject({ ok: false, error: { code: 'ipc/bad-args' } });
    expect(await readdir(backupFolder)).toEqual([]);
  });

  test('writes the bytes under main\'s name, records the time, and applies retention over many days', async () => {
    await call('rt:backup:choose-folder');
    await writeFile(join(backupFolder, 'meine-notizen.txt'), 'bleibt');
    const bytes = new Uint8Array([0x61, 0x67, 0x65, 0, 255]);
    const first = await call('rt:backup:write', bytes, 'daily');
    expect(first).toEqual({ ok: true, data: { fileName: 'runder-tisch-2026-11-21-0930-daily.age', removed: 0 } });
    expect(new Uint8Array(await readFile(join(backupFolder, 'runder-tisch-2026-11-21-0930-daily.age')))).toEqual(bytes);
    expect(await call('rt:backup:status')).toEqual({ ok: true, data: { folderName: 'Sicherungen', lastBackupAt: clock.toISOString(), files: 1 } });
    // Forty more days, one daily and one before-import backup each.
    for (let day = 1; day <= 40; day++) {
      clock = new Date(2026, 10, 21 + day, 9, 30);
      expect((await call('rt:backup:write', bytes, 'daily')).ok).toBe(true);
      clock = new Date(2026, 10, 21 + day, 15, 0);
      expect((await call('rt:backup:write', bytes, 'before-import')).ok).toBe(true);
    }
    const names = await readdir(backupFolder);
    expect(names).toContain('meine-notizen.txt');
    expect(names.filter((name) => name.endsWith('-before-import.age'))).toHaveLength(5);
    const dailies = names.filter((name) => name.endsWith('-daily.age'));
    expect(dailies.length).toBeGreaterThanOrEqual(7);
    expect(dailies.length).toBeLessThanOrEqual(11);
    expect(dailies).toContain(backupFileName(new Date(2026, 10, 61, 9, 30), 'daily'));
    // No temp file is left behind by the atomic writes.
    expect(names.some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  test('without the backup service (e.g. the e2e bridge) the channels fail with a code', async () => {
    deps = createTestDeps();
    expect(await call('rt:backup:status')).toMatchObject({ ok: false, error: { code: 'file/write-failed' } });
  });
});
