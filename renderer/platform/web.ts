import { fail, ok, toAppError, type Result } from '../../shared/errors/result';
import { MAX_FILE_BYTES, type FileKind, type OpenedFile, type SaveOutcome } from '../../shared/ipc/contract';
import type { Platform } from './types';

/**
 * The platform in a plain browser ("web mode"): files leave as downloads, arrive
 * through a file input, and printing is the browser's own print dialog.
 */

// Same extensions as the desktop's save dialogs (electron/main/fileKinds.ts).
const EXTENSIONS: Readonly<Record<FileKind, string>> = {
  exchange: 'age',
  backup: 'age',
  'member-card': 'json',
  pdf: 'pdf',
  csv: 'csv',
  markdown: 'md',
  json: 'json',
  zip: 'zip',
};

function withExtension(name: string, kind: FileKind): string {
  const extension = `.${EXTENSIONS[kind]}`;
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}

function download(data: Uint8Array, fileName: string): void {
  // Copy into a fresh ArrayBuffer so a view on a larger or shared buffer cannot leak extra bytes.
  const blob = new Blob([data.slice()], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob asynchronously after the click; revoke once it had time to.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFile(kind: FileKind): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `.${EXTENSIONS[kind]}`;
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

async function readFile(file: File): Promise<Result<OpenedFile>> {
  if (file.size > MAX_FILE_BYTES) return fail('file/too-large', `${file.size} bytes > ${MAX_FILE_BYTES}`);
  try {
    return ok({ fileName: file.name, data: new Uint8Array(await file.arrayBuffer()) });
  } catch (thrown) {
    return fail('file/read-failed', toAppError(thrown).message);
  }
}

/** The browser implementation of Platform. */
export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    // __APP_VERSION__ is package.json's version, put in by Vite's `define` (vite.config.ts).
    appInfo: async () => ok({ version: __APP_VERSION__, platform: 'web', electron: null }),
    saveFile: async ({ suggestedName, kind, data }): Promise<Result<SaveOutcome>> => {
      if (data.byteLength > MAX_FILE_BYTES) return fail('file/too-large', `${data.byteLength} bytes > ${MAX_FILE_BYTES}`);
      const fileName = withExtension(suggestedName, kind);
      try {
        download(data, fileName);
        return ok({ saved: true, fileName });
      } catch (thrown) {
        return fail('file/write-failed', toAppError(thrown).message);
      }
    },
    openFile: async ({ kind }) => {
      const file = await pickFile(kind);
      return file ? readFile(file) : ok(null);
    },
    printToPdf: async () => {
      try {
        window.print();
        return ok({ saved: false, fileName: null });
      } catch (thrown) {
        return fail('print/failed', toAppError(thrown).message);
      }
    },
    // A browser has no keychain the page can use; secrets stay in IndexedDB (wrapped later by the app lock).
    protectSecret: async () => fail('secret/unavailable', 'web mode has no OS keychain'),
    unprotectSecret: async () => fail('secret/unavailable', 'web mode has no OS keychain'),
    // A page cannot write into a folder unasked; web mode reminds the user to download a backup instead.
    chooseBackupFolder: async () => fail('file/write-failed', 'web mode has no automatic backups'),
    writeBackup: async () => fail('file/write-failed', 'web mode has no automatic backups'),
    backupStatus: async () => fail('file/write-failed', 'web mode has no automatic backups'),
    setLanguage: async () => {},
    onMenuCommand: () => () => {},
  };
}
