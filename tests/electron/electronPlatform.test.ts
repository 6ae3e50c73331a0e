import { describe, expect, test } from 'vitest';
import type { IpcChannel, MenuCommand, PreloadApi } from '../../shared/ipc/contract';
import { createElectronPlatform } from '../../renderer/platform/electron';

// The renderer's desktop platform over a recording PreloadApi (the object the real
// preload exposes); no module is mocked.
function recordingApi() {
  const calls: Array<{ channel: IpcChannel; args: unknown[] }> = [];
  let menuListener: ((command: MenuCommand) => void) | null = null;
  const api: PreloadApi = {
    invoke: async (channel, ...args) => {
      calls.push({ channel, args });
      return { ok: true, data: null } as never;
    },
    onMenuCommand: (listener) => {
      menuListener = listener;
      return () => (menuListener = null);
    },
  };
  return { api, calls, emit: (command: unknown) => menuListener?.(command as MenuCommand) };
}

describe('the desktop platform', () => {
  test('asks main, by channel, for everything a file or print needs', async () => {
    const { api, calls } = recordingApi();
    const platform = createElectronPlatform(api);
    const data = new Uint8Array([1]);
    await platform.saveFile({ suggestedName: 'x', kind: 'csv', data });
    await platform.openFile({ kind: 'exchange' });
    await platform.printToPdf({ suggestedName: 'p', landscape: true });
    await platform.setLanguage('en');
    await platform.appInfo();
    expect(platform.kind).toBe('electron');
    expect(calls).toEqual([
      { channel: 'rt:file:save', args: [{ suggestedName: 'x', kind: 'csv', data }] },
      { channel: 'rt:file:open', args: [{ kind: 'exchange' }] },
      { channel: 'rt:print:pdf', args: [{ suggestedName: 'p', landscape: true }] },
      { channel: 'rt:app:set-language', args: ['en'] },
      { channel: 'rt:app:info', args: [] },
    ]);
  });

  test('passes on menu commands of the contract and drops anything else', () => {
    const { api, emit } = recordingApi();
    const received: MenuCommand[] = [];
    const unsubscribe = createElectronPlatform(api).onMenuCommand((command) => received.push(command));
    emit({ command: 'navigate', screen: 'reports' });
    emit({ command: 'navigate', screen: 'admin' });
    emit({ command: 'format-disk' });
    emit(null);
    expect(received).toEqual([{ command: 'navigate', screen: 'reports' }]);
    unsubscribe();
    emit({ command: 'print' });
    expect(received).toHaveLength(1);
  });

  test('switching language never fails the UI, even if the shell does not answer', async () => {
    const api: PreloadApi = { invoke: () => Promise.reject(new Error('gone')), onMenuCommand: () => () => undefined };
    await expect(createElectronPlatform(api).setLanguage('de')).resolves.toBeUndefined();
  });
});
