import type { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { IPC_CONTRACT, MENU_EVENT_CHANNEL, type MenuCommand, type PreloadApi } from '../../shared/ipc/contract';

// The preload runs for real; Electron's contextBridge and ipcRenderer are stand-ins
// that record what the page would get and what would be sent to main.
const fake = vi.hoisted(() => ({
  exposed: [] as Array<{ key: string; api: unknown }>,
  invoked: [] as Array<{ channel: string; args: unknown[] }>,
  reply: null as null | ((channel: string) => Promise<unknown>),
  renderer: null as unknown as EventEmitter,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const renderer = Object.assign(new Emitter(), {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      fake.invoked.push({ channel, args });
      return fake.reply ? fake.reply(channel) : Promise.resolve({ ok: true, data: null });
    },
  });
  fake.renderer = renderer;
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.push({ key, api }) },
    ipcRenderer: renderer,
  };
});

let api: PreloadApi;
// The page may call with anything; the typed signature is what well-behaved callers use.
type LooseInvoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
let invoke: LooseInvoke;

beforeEach(async () => {
  vi.resetModules();
  fake.exposed.length = 0;
  fake.invoked.length = 0;
  fake.reply = null;
  await import('../../electron/preload/index');
  api = fake.exposed[0]?.api as PreloadApi;
  invoke = api.invoke as unknown as LooseInvoke;
});

describe('the preload', () => {
  test('exposes exactly one object, rtApi, with just invoke and onMenuCommand', () => {
    expect(fake.exposed.map((entry) => entry.key)).toEqual(['rtApi']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onMenuCommand']);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    // Nothing of Electron leaks through: not ipcRenderer, not its methods.
    expect(Object.values(api)).not.toContain(fake.renderer);
  });

  test('forwards every contract channel to main with its arguments', async () => {
    for (const channel of Object.keys(IPC_CONTRACT)) await invoke(channel, 'arg');
    expect(fake.invoked).toEqual(Object.keys(IPC_CONTRACT).map((channel) => ({ channel, args: ['arg'] })));
  });

  test.each(['rt:evil', 'rt:menu:command', 'ELECTRON_BROWSER_REQUIRE', 'rt:__proto__', 'hasOwnProperty'])(
    'refuses %s without sending anything',
    async (channel) => {
      await expect(invoke(channel)).resolves.toMatchObject({ ok: false, error: { code: 'ipc/unknown-channel' } });
      expect(fake.invoked).toEqual([]);
    },
  );

  test('a failing main answers with an error value, not a rejected promise', async () => {
    fake.reply = () => Promise.reject(new Error("No handler registered for 'rt:app:info'"));
    await expect(api.invoke('rt:app:info')).resolves.toMatchObject({ ok: false, error: { code: 'unknown' } });
  });

  test('menu commands reach the page as plain payloads, until unsubscribed', () => {
    const received: unknown[][] = [];
    const unsubscribe = api.onMenuCommand((...args: unknown[]) => received.push(args));
    const command: MenuCommand = { command: 'navigate', screen: 'cases' };
    const event = { sender: fake.renderer, senderId: 0, ports: [] };
    fake.renderer.emit(MENU_EVENT_CHANNEL, event, command);
    expect(received).toEqual([[command]]);
    unsubscribe();
    fake.renderer.emit(MENU_EVENT_CHANNEL, event, { command: 'print' });
    expect(received).toHaveLength(1);
    expect(fake.renderer.listenerCount(MENU_EVENT_CHANNEL)).toBe(0);
  });
});
