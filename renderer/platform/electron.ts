import { menuCommandSchema, type PreloadApi } from '../../shared/ipc/contract';
import type { Platform } from './types';

/**
 * The desktop platform: every call goes through the preload's API (window.rtApi,
 * handed in by platform/index.ts), so main shows its own dialogs and writes files.
 */
export function createElectronPlatform(api: PreloadApi): Platform {
  return {
    kind: 'electron',
    appInfo: () => api.invoke('rt:app:info'),
    saveFile: (request) => api.invoke('rt:file:save', request),
    openFile: (request) => api.invoke('rt:file:open', request),
    printToPdf: (request) => api.invoke('rt:print:pdf', request),
    protectSecret: (plaintext) => api.invoke('rt:secret:protect', plaintext),
    unprotectSecret: (protectedSecret) => api.invoke('rt:secret:unprotect', protectedSecret),
    chooseBackupFolder: () => api.invoke('rt:backup:choose-folder'),
    writeBackup: (data, kind) => api.invoke('rt:backup:write', data, kind),
    backupStatus: () => api.invoke('rt:backup:status'),
    setLanguage: async (language) => {
      // The menu language is a convenience; a failure must not block switching the UI.
      await api.invoke('rt:app:set-language', language).catch(() => undefined);
    },
    onMenuCommand: (listener) =>
      api.onMenuCommand((command) => {
        // Main is trusted, but a command outside the contract is dropped rather than half-handled.
        const parsed = menuCommandSchema.safeParse(command);
        if (parsed.success) listener(parsed.data);
      }),
  };
}
