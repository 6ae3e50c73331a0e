import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { IPC_PREFIX, IpcChannel, MENU_EVENT_CHANNEL, MenuCommand, PreloadApi } from '../../shared/ipc/contract';

// The whole bridge between page and main: two functions, no ipcRenderer, no Node.
// The page gets plain values only; the Electron event object never crosses over.
// Only types come from the contract: importing its values would bundle zod into
// every window's preload. The compiler keeps this copy in step with the contract.

const PREFIX: typeof IPC_PREFIX = 'rt:';
const MENU_CHANNEL: typeof MENU_EVENT_CHANNEL = 'rt:menu:command';
// A Record over IpcChannel: a channel added to or removed from the contract fails type-checking here.
const CHANNELS: Readonly<Record<IpcChannel, true>> = {
  'rt:app:info': true,
  'rt:app:set-language': true,
  'rt:file:save': true,
  'rt:file:open': true,
  'rt:print:pdf': true,
  'rt:secret:protect': true,
  'rt:secret:unprotect': true,
  'rt:backup:choose-folder': true,
  'rt:backup:write': true,
  'rt:backup:status': true,
};

function isKnownChannel(channel: unknown): channel is IpcChannel {
  return typeof channel === 'string' && channel.startsWith(PREFIX) && Object.hasOwn(CHANNELS, channel);
}

/** The API object exposed as window.rtApi. */
export function createPreloadApi(): PreloadApi {
  return {
    invoke(channel, ...args) {
      if (!isKnownChannel(channel)) {
        return Promise.resolve({ ok: false, error: { code: 'ipc/unknown-channel', message: `no such channel: ${String(channel).slice(0, 80)}` } });
      }
      return ipcRenderer.invoke(channel, ...args).catch((thrown: unknown) => ({
        ok: false as const,
        error: { code: 'unknown' as const, message: thrown instanceof Error ? thrown.message : String(thrown) },
      }));
    },
    onMenuCommand(listener) {
      const forward = (_event: IpcRendererEvent, command: MenuCommand): void => listener(command);
      ipcRenderer.on(MENU_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(MENU_CHANNEL, forward);
      };
    },
  };
}

contextBridge.exposeInMainWorld('rtApi', createPreloadApi());
