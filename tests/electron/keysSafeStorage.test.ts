import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SecretStore } from '../../electron/main/handlers';
import { createIpcRouter } from '../../electron/main/ipcRouter';
import type { PreloadApi } from '../../shared/ipc/contract';
import { createElectronPlatform } from '../../renderer/platform/electron';
import { createWebPlatform } from '../../renderer/platform/web';
import { createFakeElectron, type FakeElectron } from './support/fakeElectron';
import { APP_SENDER, createTestDeps, tempFolder } from './support/deps';

// The two secret channels that keep the exchange keys' private halves in the OS
// keychain: first the handlers behind the router with a stand-in keychain, then the
// real main process wired to a stand-in of Electron's safeStorage.

/** A keychain stand-in that really transforms the text, so a pass-through would be noticed. */
function standInKeychain(options: { available?: boolean; decryptFails?: boolean } = {}): SecretStore & { encrypted: string[] } {
  const encrypted: string[] = [];
  return {
    encrypted,
    isAvailable: async () => options.available ?? true,
    encrypt: async (plaintext) => {
      encrypted.push(plaintext);
      return new TextEncoder().encode(`sealed:${[...plaintext].reverse().join('')}`);
    },
    decrypt: async (ciphertext) => {
      if (options.decryptFails) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return [...new TextDecoder().decode(ciphertext).slice('sealed:'.length)].reverse().join('');
    },
  };
}

describe('rt:secret:protect and rt:secret:unprotect', () => {
  const secret = JSON.stringify({ identity: 'AGE-SECRET-KEY-1ABC', signingSecretKey: 'c2VjcmV0' });

  test('protect returns base64 ciphertext that unprotect turns back into the secret', async () => {
    const keychain = standInKeychain();
    const route = createIpcRouter({ ...createTestDeps(), secrets: keychain });
    const sealed = await route(APP_SENDER, 'rt:secret:protect', [secret]);
    expect(sealed.ok).toBe(true);
    if (!sealed.ok) return;
    expect(sealed.data).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(sealed.data as string, 'base64').toString()).not.toContain('AGE-SECRET-KEY');
    expect(await route(APP_SENDER, 'rt:secret:unprotect', [sealed.data])).toEqual({ ok: true, data: secret });
  });

  test('without a keychain both answer secret/unavailable, so the renderer falls back and says so', async () => {
    for (const deps of [{ ...createTestDeps(), secrets: standInKeychain({ available: false }) }, createTestDeps()]) {
      const route = createIpcRouter(deps);
      expect(await route(APP_SENDER, 'rt:secret:protect', [secret])).toMatchObject({ ok: false, error: { code: 'secret/unavailable' } });
      expect(await route(APP_SENDER, 'rt:secret:unprotect', ['AAAA'])).toMatchObject({ ok: false, error: { code: 'secret/unavailable' } });
    }
  });

  test('a ciphertext the keychain cannot decrypt is secret/unreadable', async () => {
    const route = createIpcRouter({ ...createTestDeps(), secrets: standInKeychain({ decryptFails: true }) });
    expect(await route(APP_SENDER, 'rt:secret:unprotect', ['AAAA'])).toMatchObject({ ok: false, error: { code: 'secret/unreadable' } });
  });

  test('arguments outside the contract and foreign senders never reach the keychain', async () => {
    const keychain = standInKeychain();
    const route = createIpcRouter({ ...createTestDeps(), secrets: keychain });
    for (const args of [[], [''], [42], ['x'.repeat(8193)], [secret, 'extra']]) {
      expect(await route(APP_SENDER, 'rt:secret:protect', args)).toMatchObject({ ok: false, error: { code: 'ipc/bad-args' } });
    }
    for (const args of [['not base64!'], ['AAA'], [null]]) {
      expect(await route(APP_SENDER, 'rt:secret:unprotect', args)).toMatchObject({ ok: false, error: { code: 'ipc/bad-args' } });
    }
    for (const sender of [{ url: 'https://evil.example/', isMainFrame: true }, { url: APP_SENDER.url, isMainFrame: false }]) {
      expect(await route(sender, 'rt:secret:protect', [secret])).toMatchObject({ ok: false, error: { code: 'ipc/bad-sender' } });
    }
    expect(keychain.encrypted).toEqual([]);
  });
});

describe('the platforms', () => {
  test('the desktop asks main by channel; the browser has no keychain and says so', async () => {
    const calls: Array<{ channel: string; args: unknown[] }> = [];
    const api: PreloadApi = {
      invoke: async (channel, ...args) => {
        calls.push({ channel, args });
        return { ok: true, data: 'x' } as never;
      },
      onMenuCommand: () => () => undefined,
    };
    const desktop = createElectronPlatform(api);
    await desktop.protectSecret('geheim');
    await desktop.unprotectSecret('AAAA');
    expect(calls).toEqual([
      { channel: 'rt:secret:protect', args: ['geheim'] },
      { channel: 'rt:secret:unprotect', args: ['AAAA'] },
    ]);
    const web = createWebPlatform();
    expect(await web.protectSecret('geheim')).toMatchObject({ ok: false, error: { code: 'secret/unavailable' } });
    expect(await web.unprotectSecret('AAAA')).toMatchObject({ ok: false, error: { code: 'secret/unavailable' } });
  });
});

// The real main process with safeStorage replaced: what backend counts as a keychain.
const holder = vi.hoisted(() => ({
  electron: null as unknown as FakeElectron,
  safeStorage: { available: true, backend: 'gnome_libsecret', encryptCalls: 0 },
}));
vi.mock('electron', () => ({
  get app() {
    return holder.electron.app;
  },
  get BrowserWindow() {
    return holder.electron.BrowserWindow;
  },
  get protocol() {
    return holder.electron.protocol;
  },
  get session() {
    return holder.electron.session;
  },
  get ipcMain() {
    return holder.electron.ipcMain;
  },
  get Menu() {
    return holder.electron.Menu;
  },
  get dialog() {
    return holder.electron.dialog;
  },
  safeStorage: {
    isAsyncEncryptionAvailable: async () => holder.safeStorage.available,
    getSelectedStorageBackend: () => holder.safeStorage.backend,
    encryptStringAsync: async (plaintext: string) => {
      holder.safeStorage.encryptCalls++;
      return Buffer.from(`v11${plaintext}`);
    },
    decryptStringAsync: async (encrypted: Buffer) => ({ shouldReEncrypt: false, result: encrypted.toString().slice(3) }),
  },
}));

describe('safeStorage as wired in main', () => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  beforeEach(async () => {
    folder = await tempFolder();
    await mkdir(join(folder.path, 'dist', 'renderer'), { recursive: true });
    await writeFile(join(folder.path, 'dist', 'renderer', 'index.html'), '<!doctype html>');
    holder.safeStorage = { available: true, backend: 'gnome_libsecret', encryptCalls: 0 };
  });
  afterEach(async () => {
    await folder.remove();
  });

  async function call(channel: string, ...args: unknown[]): Promise<unknown> {
    holder.electron = createFakeElectron(folder.path);
    vi.resetModules();
    await import('../../electron/main/index');
    await holder.electron.app.becomeReady();
    const contents = holder.electron.windows[0]?.webContents;
    const handler = holder.electron.ipcMain.handlers.get(channel);
    if (!handler || !contents) throw new Error(`${channel} is not wired`);
    return handler({ sender: contents, senderFrame: contents.mainFrame }, ...args);
  }

  test('round-trips a secret through the OS keychain', async () => {
    const sealed = (await call('rt:secret:protect', 'geheim')) as { ok: true; data: string };
    expect(sealed.ok).toBe(true);
    expect(await call('rt:secret:unprotect', sealed.data)).toEqual({ ok: true, data: 'geheim' });
  });

  test("refuses Linux's basic_text backend, whose key is hard-coded", async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform') as PropertyDescriptor;
    Object.defineProperty(process, 'platform', { ...platform, value: 'linux' });
    try {
      holder.safeStorage.backend = 'basic_text';
      expect(await call('rt:secret:protect', 'geheim')).toMatchObject({ ok: false, error: { code: 'secret/unavailable' } });
      expect(holder.safeStorage.encryptCalls).toBe(0);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  test('says unavailable when the keychain is', async () => {
    holder.safeStorage.available = false;
    expect(await call('rt:secret:protect', 'geheim')).toMatchObject({ ok: false, error: { code: 'secret/unavailable' } });
  });
});
