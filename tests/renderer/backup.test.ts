import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fail, ok, type Result } from '../../shared/errors/result';
import type { BackupKind, BackupStatus, IpcChannel, PreloadApi } from '../../shared/ipc/contract';
import { backupNeeds, ownBackupBytes, passphraseBackupBytes, restoreBackupFile } from '../../renderer/backup/backupFile';
import { dismissReminder, isReminderDue, LAST_DOWNLOAD_SETTING } from '../../renderer/backup/reminder';
import { DAY_MS, readBackupProblem, runDailyBackupIfDue } from '../../renderer/backup/scheduler';
import { readStorageInfo, requestPersistentStorage } from '../../renderer/backup/storage';
import { db } from '../../renderer/db/database';
import { updateCase } from '../../renderer/db/repositories/cases';
import { applyImport, prepareImport } from '../../renderer/exchange/importFile';
import { setSecretProtector } from '../../renderer/exchange/secrets';
import { setClock } from '../../renderer/platform/clock';
import { createElectronPlatform } from '../../renderer/platform/electron';
import { addCase, codeOf, exportFile, fakeKeychain, membersWhoKnowEachOther, must, resetDevices, syncedData, useDevice } from './exchange.support';

// The renderer's side of automatic backups: when the scheduler writes one, what is
// in it (everything, encrypted to my own key), restoring it in one step, the backup
// before an import (never blocking it), and the web reminder.

interface FakeMain {
  status: BackupStatus;
  written: Array<{ kind: BackupKind; data: Uint8Array }>;
  failWrites: boolean;
}

const main: FakeMain = { status: { folderName: null, lastBackupAt: null, files: 0 }, written: [], failWrites: false };

// Stands in for the preload: answers the backup channels as main would.
const api: PreloadApi = {
  invoke: (async (channel: IpcChannel, ...args: unknown[]): Promise<Result<unknown>> => {
    if (channel === 'rt:backup:status') return ok(main.status);
    if (channel === 'rt:backup:write') {
      if (main.failWrites) return fail('file/write-failed', 'disk full');
      const [data, kind] = args as [Uint8Array, BackupKind];
      main.written.push({ kind, data });
      main.status = { ...main.status, lastBackupAt: new Date(Date.now()).toISOString(), files: main.written.length };
      return ok({ fileName: `runder-tisch-${kind}.age`, removed: 0 });
    }
    return fail('ipc/unknown-channel', channel);
  }) as PreloadApi['invoke'],
  onMenuCommand: () => () => undefined,
};
const desktop = createElectronPlatform(api);
// applyImport finds the platform itself (renderer/platform/index.ts reads window.rtApi).
vi.stubGlobal('window', { rtApi: api });

beforeEach(async () => {
  setClock();
  setSecretProtector(fakeKeychain({ available: false }));
  main.status = { folderName: 'Sicherungen', lastBackupAt: null, files: 0 };
  main.written = [];
  main.failWrites = false;
  await resetDevices();
});
afterAll(() => {
  setClock();
  setSecretProtector();
  vi.unstubAllGlobals();
});

describe('the daily backup', () => {
  test('is written when none exists or the last is older than 24 hours, and not otherwise', async () => {
    await membersWhoKnowEachOther(['anna']);
    await addCase('K-2026-001', 'Wohnung gesucht');
    expect(must(await runDailyBackupIfDue(desktop))).toBe('written');
    expect(main.written.map((w) => w.kind)).toEqual(['daily']);
    main.status = { ...main.status, lastBackupAt: new Date(Date.now() - DAY_MS + 60_000).toISOString() };
    expect(must(await runDailyBackupIfDue(desktop))).toBe('not-due');
    main.status = { ...main.status, lastBackupAt: new Date(Date.now() - DAY_MS - 60_000).toISOString() };
    expect(must(await runDailyBackupIfDue(desktop))).toBe('written');
    expect(main.written).toHaveLength(2);
  });

  test('without a folder nothing is written', async () => {
    await membersWhoKnowEachOther(['anna']);
    main.status = { folderName: null, lastBackupAt: null, files: 0 };
    expect(must(await runDailyBackupIfDue(desktop))).toBe('no-folder');
    expect(main.written).toEqual([]);
  });

  test('a failure is recorded as a warning and cleared by the next success', async () => {
    await membersWhoKnowEachOther(['anna']);
    main.failWrites = true;
    expect(codeOf(await runDailyBackupIfDue(desktop))).toBe('file/write-failed');
    expect(await readBackupProblem()).toMatchObject({ kind: 'daily', code: 'file/write-failed' });
    main.failWrites = false;
    must(await runDailyBackupIfDue(desktop));
    expect(await readBackupProblem()).toBeNull();
  });
});

describe('restoring a backup file', () => {
  test('an automatic backup opens with my own key and brings every record back, after a before-restore snapshot', async () => {
    await membersWhoKnowEachOther(['anna']);
    const id = await addCase('K-2026-001', 'Wohnung gesucht');
    const backedUp = await syncedData();
    const bytes = must(await ownBackupBytes('Tägliche Sicherung'));
    expect(must(backupNeeds(bytes))).toBe('identity');
    // The content is not readable without the key.
    expect(new TextDecoder().decode(bytes)).not.toContain('Wohnung gesucht');
    must(await updateCase(id, { title: 'Später geändert' }));
    await addCase('K-2026-002', 'Neu');
    must(await restoreBackupFile(bytes, null));
    expect(await syncedData()).toBe(backedUp);
    expect((await db.snapshots.toArray()).map((s) => s.reason)).toContain('before-restore');
  });

  test('another member cannot open my automatic backup', async () => {
    await membersWhoKnowEachOther(['anna', 'ben']);
    await useDevice('anna');
    await addCase('K-2026-001', 'Wohnung gesucht');
    const bytes = must(await ownBackupBytes('Tägliche Sicherung'));
    await useDevice('ben');
    const before = await syncedData();
    expect(codeOf(await restoreBackupFile(bytes, null))).toBe('exchange/wrong-key');
    expect(await syncedData()).toBe(before);
  });

  test('a downloaded backup opens with its passphrase', async () => {
    await membersWhoKnowEachOther(['anna']);
    await addCase('K-2026-001', 'Wohnung gesucht');
    const backedUp = await syncedData();
    const bytes = must(await passphraseBackupBytes('Heruntergeladene Sicherung', 'korrekt pferd batterie klammer'));
    expect(must(backupNeeds(bytes))).toBe('passphrase');
    await addCase('K-2026-002', 'Neu');
    must(await restoreBackupFile(bytes, { passphrase: 'korrekt pferd batterie klammer' }));
    expect(await syncedData()).toBe(backedUp);
    // scrypt (age's work factor) twice on a loaded machine.
  }, 60_000);
});

describe('the backup before an import', () => {
  async function preparedImport() {
    await membersWhoKnowEachOther(['anna', 'ben']);
    await useDevice('anna');
    await addCase('K-2026-010', 'Sprachkurs');
    const file = await exportFile();
    await useDevice('ben');
    await addCase('K-2026-020', 'Schule');
    return must(await prepareImport(file, { mode: 'identity' }));
  }

  test('is written with the state before the import', async () => {
    const preview = await preparedImport();
    const before = await syncedData();
    must(await applyImport(preview, { confirmUnknownSigner: false }));
    expect(main.written.map((w) => w.kind)).toEqual(['before-import']);
    const afterImport = await syncedData();
    expect(afterImport).not.toBe(before);
    must(await restoreBackupFile(main.written[0]?.data as Uint8Array, null));
    expect(await syncedData()).toBe(before);
  });

  test('a failed backup does not block the import but leaves a warning', async () => {
    const preview = await preparedImport();
    main.failWrites = true;
    const summary = must(await applyImport(preview, { confirmUnknownSigner: false }));
    expect(summary.totals).toBeDefined();
    expect(await db.cases.count()).toBe(2);
    expect(await readBackupProblem()).toMatchObject({ kind: 'before-import', code: 'file/write-failed' });
  });
});

describe('the web reminder', () => {
  test('shows when there never was a download or the last is older than a week; "Später" hides it for a day', async () => {
    const start = Date.parse('2026-11-21T10:00:00Z');
    setClock(() => start);
    expect(await isReminderDue()).toBe(true);
    await db.settings.put({ key: LAST_DOWNLOAD_SETTING, value: new Date(start - 6 * DAY_MS).toISOString() });
    expect(await isReminderDue()).toBe(false);
    await db.settings.put({ key: LAST_DOWNLOAD_SETTING, value: new Date(start - 8 * DAY_MS).toISOString() });
    expect(await isReminderDue()).toBe(true);
    must(await dismissReminder());
    expect(await isReminderDue()).toBe(false);
    setClock(() => start + DAY_MS + 1);
    expect(await isReminderDue()).toBe(true);
  });
});

describe('persistent storage', () => {
  test('is asked for when not granted yet, and Einstellungen read the answer with usage and quota', async () => {
    let persisted = false;
    const asked: string[] = [];
    vi.stubGlobal('navigator', {
      storage: {
        persisted: async () => persisted,
        persist: async () => {
          asked.push('persist');
          persisted = true;
          return true;
        },
        estimate: async () => ({ usage: 2048, quota: 1_000_000 }),
      },
    });
    try {
      expect(await readStorageInfo()).toEqual({ persisted: false, usage: 2048, quota: 1_000_000 });
      expect(await requestPersistentStorage()).toBe(true);
      // Granted once, it is not asked again.
      expect(await requestPersistentStorage()).toBe(true);
      expect(asked).toEqual(['persist']);
      expect((await readStorageInfo()).persisted).toBe(true);
    } finally {
      vi.stubGlobal('navigator', undefined);
    }
  });
});
