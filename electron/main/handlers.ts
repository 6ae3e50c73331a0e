import { basename } from 'node:path';
import type { z } from 'zod';
import { AppFailure } from '../../shared/errors/result';
import {
  MAX_FILE_BYTES,
  type AppInfo,
  type FileKind,
  type IpcChannel,
  type IpcData,
  type IPC_CONTRACT,
  type Language,
} from '../../shared/ipc/contract';
import { filtersFor, safeFileName, type DialogFilter } from './fileKinds';
import type { BackupService } from './backups';
import { FileStoreError, type FileStore } from './files';

/** Who sent an IPC message: the URL of the sending frame and whether it is the top frame. */
export interface IpcSender {
  readonly url: string;
  readonly isMainFrame: boolean;
}

/** Main's own file dialogs, in the UI's language; each returns the chosen path, or null when the user cancels. */
export interface Dialogs {
  chooseSavePath(options: { defaultName: string; filters: DialogFilter[]; language: Language }): Promise<string | null>;
  chooseOpenPath(options: { filters: DialogFilter[]; language: Language }): Promise<string | null>;
}

/**
 * The OS keychain behind Electron's safeStorage. `isAvailable` is false where the
 * only backend would be a hard-coded key (Linux without a secret service), because
 * calling that "protected" would be a lie; the renderer then keeps its keys in
 * IndexedDB and says so.
 */
export interface SecretStore {
  isAvailable(): Promise<boolean>;
  encrypt(plaintext: string): Promise<Uint8Array>;
  decrypt(ciphertext: Uint8Array): Promise<string>;
}

/**
 * Everything the IPC handlers need from the outside world. `S` is whatever the
 * wiring knows about the sender beyond its URL (in Electron: its WebContents, which
 * printToPdf renders).
 */
export interface MainDeps<S extends IpcSender = IpcSender> {
  readonly dialogs: Dialogs;
  readonly files: FileStore;
  printToPdf(sender: S, options: { landscape: boolean }): Promise<Uint8Array>;
  appInfo(): AppInfo;
  /** Called after the UI language changed (Electron rebuilds the menu). */
  onLanguage(language: Language): void;
  /** The OS keychain; absent means there is none (secret channels answer 'secret/unavailable'). */
  readonly secrets?: SecretStore;
  /** Automatic backups into the user's chosen folder; absent means the backup channels answer 'file/write-failed'. */
  readonly backups?: BackupService;
}

type ParsedArgs<C extends IpcChannel> = z.output<(typeof IPC_CONTRACT)[C]['args']>;

/** One function per channel: gets the sender and the already validated arguments. */
export type IpcHandlers<S extends IpcSender = IpcSender> = {
  readonly [C in IpcChannel]: (sender: S, ...args: ParsedArgs<C>) => Promise<IpcData<C>>;
};

/** The real IPC handlers, bound to their dependencies. Paths come only from main's own dialogs. */
export function createHandlers<S extends IpcSender>(deps: MainDeps<S>): IpcHandlers<S> {
  // The dialogs follow the UI's language; German until the renderer says otherwise.
  let language: Language = 'de';

  async function saveBytes(suggestedName: string, kind: FileKind, data: Uint8Array): Promise<IpcData<'rt:file:save'>> {
    const path = await deps.dialogs.chooseSavePath({
      defaultName: safeFileName(suggestedName, kind),
      filters: filtersFor(kind, language),
      language,
    });
    if (path === null) return { saved: false, fileName: null };
    try {
      await deps.files.writeAtomic(path, data);
    } catch (thrown) {
      throw new AppFailure('file/write-failed', `could not write ${basename(path)}: ${describe(thrown)}`);
    }
    return { saved: true, fileName: basename(path) };
  }

  async function availableSecrets(): Promise<SecretStore> {
    const store = deps.secrets;
    if (store === undefined || !(await store.isAvailable().catch(() => false))) {
      throw new AppFailure('secret/unavailable', 'no OS keychain is available to protect secrets');
    }
    return store;
  }

  function backups(): BackupService {
    if (deps.backups === undefined) throw new AppFailure('file/write-failed', 'automatic backups are not available here');
    return deps.backups;
  }

  return {
    'rt:backup:choose-folder': async () => backups().chooseFolder(),
    'rt:backup:write': async (_sender, data, kind) => backups().write(data, kind),
    'rt:backup:status': async () => backups().status(),

    'rt:app:info': async () => deps.appInfo(),

    'rt:app:set-language': async (_sender, next) => {
      language = next;
      deps.onLanguage(next);
      return null;
    },

    'rt:file:save': async (_sender, request) => saveBytes(request.suggestedName, request.kind, request.data),

    'rt:file:open': async (_sender, request) => {
      const path = await deps.dialogs.chooseOpenPath({ filters: filtersFor(request.kind, language), language });
      if (path === null) return null;
      const fileName = basename(path);
      let data: Uint8Array<ArrayBuffer>;
      try {
        // The size is checked before a single byte is read, so a huge file never fills memory.
        const size = await deps.files.sizeOf(path);
        if (size > MAX_FILE_BYTES) throw new AppFailure('file/too-large', `${fileName} has ${size} bytes, more than ${MAX_FILE_BYTES}`);
        data = await deps.files.read(path, MAX_FILE_BYTES);
      } catch (thrown) {
        if (thrown instanceof AppFailure) throw thrown;
        if (thrown instanceof FileStoreError && thrown.reason === 'too-large') throw new AppFailure('file/too-large', thrown.message);
        throw new AppFailure('file/read-failed', `could not read ${fileName}: ${describe(thrown)}`);
      }
      return { fileName, data };
    },

    'rt:print:pdf': async (sender, request) => {
      let pdf: Uint8Array;
      try {
        pdf = await deps.printToPdf(sender, { landscape: request.landscape });
      } catch (thrown) {
        throw new AppFailure('print/failed', `printing failed: ${describe(thrown)}`);
      }
      return saveBytes(request.suggestedName, 'pdf', pdf);
    },

    'rt:secret:protect': async (_sender, plaintext) => {
      const store = await availableSecrets();
      try {
        return Buffer.from(await store.encrypt(plaintext)).toString('base64');
      } catch (thrown) {
        throw new AppFailure('secret/unavailable', `the keychain refused to encrypt: ${describe(thrown)}`);
      }
    },

    'rt:secret:unprotect': async (_sender, protectedSecret) => {
      const store = await availableSecrets();
      try {
        return await store.decrypt(Buffer.from(protectedSecret, 'base64'));
      } catch (thrown) {
        // Another OS user, a reset keychain or a damaged value: the secret is gone, not merely locked.
        throw new AppFailure('secret/unreadable', `the keychain could not decrypt the secret: ${describe(thrown)}`);
      }
    },
  };
}

function describe(thrown: unknown): string {
  if (thrown instanceof Error) return 'code' in thrown && typeof thrown.code === 'string' ? thrown.code : thrown.message;
  return String(thrown);
}
