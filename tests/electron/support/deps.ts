import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Language } from '../../../shared/ipc/contract';
import type { DialogFilter } from '../../../electron/main/fileKinds';
import { createNodeFileStore, type FileStore } from '../../../electron/main/files';
import type { IpcSender, MainDeps } from '../../../electron/main/handlers';

/** A sender as Electron reports the app's own top frame. */
export const APP_SENDER: IpcSender = { url: 'app://runder-tisch/index.html', isMainFrame: true };

export interface DialogCall {
  readonly kind: 'save' | 'open';
  readonly defaultName?: string;
  readonly filters: DialogFilter[];
  readonly language: Language;
}

/**
 * Real handler dependencies on a real temp folder; only the native dialogs (which
 * need a screen and a user) answer with what the test decided beforehand.
 */
export interface TestDeps extends MainDeps {
  /** The path the next save/open dialog answers with; null means the user cancelled. */
  savePath: string | null;
  openPath: string | null;
  readonly dialogCalls: DialogCall[];
  readonly languages: Language[];
  readonly fileCalls: string[];
  pdf: Uint8Array | Error;
}

/** Builds TestDeps whose file store is the real one, recording which operations ran. */
export function createTestDeps(): TestDeps {
  const real = createNodeFileStore();
  const fileCalls: string[] = [];
  // Wraps the real store so a test can prove an operation never ran (e.g. no read of a too-large file).
  const files: FileStore = {
    sizeOf: (path) => (fileCalls.push('sizeOf'), real.sizeOf(path)),
    read: (path, max) => (fileCalls.push('read'), real.read(path, max)),
    writeAtomic: (path, data) => (fileCalls.push('writeAtomic'), real.writeAtomic(path, data)),
  };
  const deps: TestDeps = {
    savePath: null,
    openPath: null,
    dialogCalls: [],
    languages: [],
    fileCalls,
    pdf: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    dialogs: {
      chooseSavePath: async ({ defaultName, filters, language }) => {
        deps.dialogCalls.push({ kind: 'save', defaultName, filters, language });
        return deps.savePath;
      },
      chooseOpenPath: async ({ filters, language }) => {
        deps.dialogCalls.push({ kind: 'open', filters, language });
        return deps.openPath;
      },
    },
    files,
    printToPdf: async () => {
      if (deps.pdf instanceof Error) throw deps.pdf;
      return deps.pdf;
    },
    appInfo: () => ({ version: '1.2.3', platform: 'linux', electron: '45.4.1' }),
    onLanguage: (language) => deps.languages.push(language),
  };
  return deps;
}

/** A fresh temp folder and its cleanup. */
export async function tempFolder(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'rt-electron-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
