import { mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { createIpcRouter } from '../../electron/main/ipcRouter';
import { APP_SENDER, createTestDeps, tempFolder, type TestDeps } from './support/deps';

// The real handlers behind the router, on a real temp folder. Only the native
// dialogs are stand-ins: they answer with the path the test chose.
vi.mock('electron', () => {
  throw new Error('the IPC handlers must not import electron');
});

let deps: TestDeps;
let folder: Awaited<ReturnType<typeof tempFolder>>;
const call = (channel: string, ...args: unknown[]) => createIpcRouter(deps)(APP_SENDER, channel, args);
// One router for tests that need state across calls (the language).
const session = () => {
  const route = createIpcRouter(deps);
  return (channel: string, ...args: unknown[]) => route(APP_SENDER, channel, args);
};

beforeEach(async () => {
  deps = createTestDeps();
  folder = await tempFolder();
});
afterEach(async () => {
  await folder.remove();
});

describe('rt:file:save', () => {
  const bytes = new Uint8Array([0, 1, 2, 250, 255]);

  test('writes exactly the bytes to the path the user chose and names the file', async () => {
    deps.savePath = join(folder.path, 'Fälle.json');
    const result = await call('rt:file:save', { suggestedName: 'Fälle', kind: 'json', data: bytes });
    expect(result).toEqual({ ok: true, data: { saved: true, fileName: 'Fälle.json' } });
    expect(new Uint8Array(await readFile(deps.savePath))).toEqual(bytes);
    // No temp file is left beside it.
    expect(await readdir(folder.path)).toEqual(['Fälle.json']);
  });

  test('a cancelled dialog saves nothing', async () => {
    deps.savePath = null;
    const result = await call('rt:file:save', { suggestedName: 'x', kind: 'json', data: bytes });
    expect(result).toEqual({ ok: true, data: { saved: false, fileName: null } });
    expect(deps.fileCalls).toEqual([]);
    expect(await readdir(folder.path)).toEqual([]);
  });

  test('replaces an existing file whole', async () => {
    deps.savePath = join(folder.path, 'sicherung.age');
    await writeFile(deps.savePath, 'old content that is longer than the new one');
    await call('rt:file:save', { suggestedName: 'sicherung', kind: 'backup', data: bytes });
    expect(new Uint8Array(await readFile(deps.savePath))).toEqual(bytes);
    expect(await readdir(folder.path)).toEqual(['sicherung.age']);
  });

  test('offers a cleaned-up name with the kind’s extension and filter', async () => {
    deps.savePath = null;
    await call('rt:file:save', { suggestedName: '..versteckt. ', kind: 'exchange', data: bytes });
    expect(deps.dialogCalls[0]).toMatchObject({
      kind: 'save',
      defaultName: 'versteckt.age',
      filters: [{ name: 'Austauschdatei', extensions: ['age'] }, { name: 'Alle Dateien', extensions: ['*'] }],
      language: 'de',
    });
  });

  test('reports a failed write as file/write-failed and leaves no temp file', async () => {
    deps.savePath = join(folder.path, 'missing-folder', 'x.json');
    const result = await call('rt:file:save', { suggestedName: 'x', kind: 'json', data: bytes });
    expect(result).toMatchObject({ ok: false, error: { code: 'file/write-failed' } });
    expect(await readdir(folder.path)).toEqual([]);
  });
});

describe('rt:file:open', () => {
  test('returns the bytes and only the base name of the chosen file', async () => {
    deps.openPath = join(folder.path, 'karte.json');
    await writeFile(deps.openPath, new Uint8Array([7, 8, 9]));
    const result = await call('rt:file:open', { kind: 'member-card' });
    expect(result).toEqual({ ok: true, data: { fileName: 'karte.json', data: new Uint8Array([7, 8, 9]) } });
    expect(deps.dialogCalls[0]).toMatchObject({ kind: 'open', filters: [{ name: 'Mitgliedskarte', extensions: ['json'] }, {}] });
  });

  test('a cancelled dialog returns null and reads nothing', async () => {
    deps.openPath = null;
    await expect(call('rt:file:open', { kind: 'exchange' })).resolves.toEqual({ ok: true, data: null });
    expect(deps.fileCalls).toEqual([]);
  });

  test('refuses a file larger than the limit before reading a single byte', async () => {
    deps.openPath = join(folder.path, 'riesig.age');
    // A sparse file: it reports MAX_FILE_BYTES + 1 bytes without taking space on disk.
    await writeFile(deps.openPath, '');
    await truncate(deps.openPath, MAX_FILE_BYTES + 1);
    const result = await call('rt:file:open', { kind: 'exchange' });
    expect(result).toMatchObject({ ok: false, error: { code: 'file/too-large' } });
    expect(deps.fileCalls).toEqual(['sizeOf']);
  });

  test('an empty file opens as zero bytes', async () => {
    deps.openPath = join(folder.path, 'leer.json');
    await writeFile(deps.openPath, '');
    await expect(call('rt:file:open', { kind: 'json' })).resolves.toEqual({ ok: true, data: { fileName: 'leer.json', data: new Uint8Array() } });
  });

  test('a folder or a vanished file is a read failure, not a crash', async () => {
    deps.openPath = join(folder.path, 'ordner');
    await mkdir(deps.openPath);
    await expect(call('rt:file:open', { kind: 'json' })).resolves.toMatchObject({ ok: false, error: { code: 'file/read-failed' } });
    deps.openPath = join(folder.path, 'gibt-es-nicht.json');
    await expect(call('rt:file:open', { kind: 'json' })).resolves.toMatchObject({ ok: false, error: { code: 'file/read-failed' } });
  });
});

describe('rt:print:pdf', () => {
  test('saves the rendered PDF where the user chose', async () => {
    deps.savePath = join(folder.path, 'Ampelliste.pdf');
    const result = await call('rt:print:pdf', { suggestedName: 'Ampelliste', landscape: true });
    expect(result).toEqual({ ok: true, data: { saved: true, fileName: 'Ampelliste.pdf' } });
    expect(new Uint8Array(await readFile(deps.savePath))).toEqual(deps.pdf);
    expect(deps.dialogCalls[0]).toMatchObject({ defaultName: 'Ampelliste.pdf', filters: [{ extensions: ['pdf'] }, {}] });
  });

  test('a failing renderer becomes print/failed and no dialog opens', async () => {
    deps.pdf = new Error('render process gone');
    deps.savePath = join(folder.path, 'x.pdf');
    await expect(call('rt:print:pdf', { suggestedName: 'x', landscape: false })).resolves.toMatchObject({
      ok: false,
      error: { code: 'print/failed' },
    });
    expect(deps.dialogCalls).toEqual([]);
  });
});

describe('rt:app:set-language', () => {
  test('tells the shell and switches the dialogs to that language', async () => {
    const send = session();
    await expect(send('rt:app:set-language', 'en')).resolves.toEqual({ ok: true, data: null });
    expect(deps.languages).toEqual(['en']);
    await send('rt:file:open', { kind: 'csv' });
    expect(deps.dialogCalls[0]).toMatchObject({ language: 'en', filters: [{ name: 'CSV table' }, { name: 'All files' }] });
  });
});
