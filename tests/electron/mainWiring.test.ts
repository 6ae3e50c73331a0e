import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IPC_CONTRACT, MENU_EVENT_CHANNEL } from '../../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { createFakeElectron, FakeWebContents, type FakeElectron } from './support/fakeElectron';
import { tempFolder } from './support/deps';

// electron/main/index.ts is the one module that talks to Electron. It runs for real
// here; only the 'electron' module itself is replaced (the binary cannot run here).
// The mocked module is created once per file, so its exports read through to the
// fake of the current test, which startMain creates afresh.
const holder = vi.hoisted(() => ({ electron: null as unknown as FakeElectron }));
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
}));

let folder: Awaited<ReturnType<typeof tempFolder>>;

/** Loads the main process afresh, as Electron would at start-up. */
async function startMain(options: { hasLock?: boolean } = {}): Promise<FakeElectron> {
  holder.electron = createFakeElectron(folder.path);
  holder.electron.app.hasLock = options.hasLock ?? true;
  vi.resetModules();
  await import('../../electron/main/index');
  return holder.electron;
}

async function startReady(): Promise<FakeElectron> {
  const electron = await startMain();
  await electron.app.becomeReady();
  return electron;
}

function mainWindow(electron: FakeElectron) {
  const window = electron.windows[0];
  if (!window) throw new Error('no window was created');
  return window;
}

function ipc(electron: FakeElectron, channel: string, event: { sender: unknown; senderFrame: unknown }, ...args: unknown[]) {
  const handler = electron.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
}

beforeEach(async () => {
  folder = await tempFolder();
  await mkdir(join(folder.path, 'dist', 'renderer'), { recursive: true });
  await writeFile(join(folder.path, 'dist', 'renderer', 'index.html'), '<!doctype html><title>RT</title>');
  await writeFile(join(folder.path, 'package.json'), '{"secret": true}');
});
afterEach(async () => {
  await folder.remove();
});

describe('start-up', () => {
  test('registers app:// as a privileged standard, secure scheme before the app is ready', async () => {
    const electron = await startMain();
    expect(electron.protocol.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    expect(electron.calls).toContain('enableSandbox');
    expect(electron.windows).toEqual([]);
    expect(electron.protocol.handlers.size).toBe(0);
  });

  test('a second copy of the app quits and opens no window', async () => {
    const electron = await startMain({ hasLock: false });
    await electron.app.becomeReady();
    expect(electron.app.quitCalled).toBe(true);
    expect(electron.windows).toEqual([]);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  test('when a second copy starts, the first window comes back to the front', async () => {
    const electron = await startReady();
    const window = mainWindow(electron);
    window.minimized = true;
    electron.app.emit('second-instance');
    expect(window.restored).toBe(1);
    expect(window.focused).toBe(1);
  });

  test('opens one hardened window on the app’s own page', async () => {
    const electron = await startReady();
    expect(electron.windows).toHaveLength(1);
    const window = mainWindow(electron);
    expect(window.webContents.loadedUrl).toBe('app://runder-tisch/index.html');
    // The whole object, so a setting added or loosened later shows up here.
    expect(window.options.webPreferences).toEqual({
      preload: join(folder.path, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  test('developer tools are on only in an unpackaged (development) run', async () => {
    holder.electron = createFakeElectron(folder.path);
    holder.electron.app.isPackaged = false;
    vi.resetModules();
    await import('../../electron/main/index');
    await holder.electron.app.becomeReady();
    expect(mainWindow(holder.electron).options.webPreferences).toMatchObject({ devTools: true, sandbox: true, contextIsolation: true });
  });

  test('the session is guarded before the first window exists', async () => {
    const electron = await startMain();
    const guardedAtFirstWindow: boolean[] = [];
    electron.app.on('web-contents-created', () => {
      const session = electron.session.defaultSession;
      guardedAtFirstWindow.push(session.permissionRequestHandler !== null && session.permissionCheckHandler !== null && session.beforeRequest !== null);
    });
    await electron.app.becomeReady();
    expect(guardedAtFirstWindow).toEqual([true]);
  });
});

describe('the app:// protocol as wired', () => {
  test('serves the built renderer with the CSP and nothing outside it', async () => {
    const electron = await startReady();
    const handler = electron.protocol.handlers.get('app');
    if (!handler) throw new Error('app:// is not handled');
    const page = await handler({ url: 'app://runder-tisch/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    for (const url of ['app://runder-tisch/../../package.json', 'app://runder-tisch/..%2f..%2fpackage.json']) {
      const response = await handler({ url, method: 'GET' });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });
});

describe('guards on every web page', () => {
  test('navigation away from the app, new windows and <webview> are refused', async () => {
    const electron = await startReady();
    // Any WebContents, not just the main window's, gets the guards.
    const stray = new FakeWebContents('about:blank');
    electron.app.emit('web-contents-created', {}, stray);
    for (const contents of [mainWindow(electron).webContents, stray]) {
      expect(contents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
      expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
      expect(contents.attempt('will-redirect', 'https://evil.example/')).toBe(true);
      expect(contents.attempt('will-frame-navigate', 'https://evil.example/')).toBe(true);
      expect(contents.attempt('will-frame-navigate', 'app://runder-tisch/index.html')).toBe(false);
      expect(contents.attempt('will-redirect', 'app://runder-tisch/index.html')).toBe(false);
      expect(contents.attempt('will-navigate', 'app://runder-tisch/index.html')).toBe(false);
      expect(contents.attempt('will-attach-webview')).toBe(true);
      expect(contents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
      expect(contents.windowOpenHandler?.({ url: 'app://runder-tisch/index.html' })).toEqual({ action: 'deny' });
    }
  });

  test('every permission but persistent storage is denied and remote requests are cancelled', async () => {
    const electron = await startReady();
    const session = electron.session.defaultSession;
    const details = { requestingUrl: 'app://runder-tisch/index.html' };
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'storage-access']) {
      const answers: boolean[] = [];
      session.permissionRequestHandler?.({}, permission, (granted) => answers.push(granted), details);
      expect(answers).toEqual([false]);
      expect(session.permissionCheckHandler?.({}, permission, 'app://runder-tisch', {})).toBe(false);
    }
    expect(session.devicePermissionHandler?.({})).toBe(false);
    // navigator.storage.persist() asks for exactly this one, and only the app's own pages get it.
    const persist: boolean[] = [];
    session.permissionRequestHandler?.({}, 'persistent-storage', (granted) => persist.push(granted), details);
    session.permissionRequestHandler?.({}, 'persistent-storage', (granted) => persist.push(granted), { requestingUrl: 'https://evil.example/' });
    expect(persist).toEqual([true, false]);
    expect(session.permissionCheckHandler?.({}, 'persistent-storage', 'app://runder-tisch', {})).toBe(true);
    expect(session.permissionCheckHandler?.({}, 'persistent-storage', 'https://evil.example', {})).toBe(false);
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      session.beforeRequest?.({ url }, (response) => (answer = response.cancel));
      return answer;
    };
    expect(cancelled('https://fonts.example/font.woff2')).toBe(true);
    expect(cancelled('app://runder-tisch/assets/index.js')).toBe(false);
  });
});

describe('IPC as wired', () => {
  test('every contract channel has a handler, and only those', async () => {
    const electron = await startReady();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(IPC_CONTRACT).sort());
  });

  test('answers the app window’s top frame', async () => {
    const electron = await startReady();
    const contents = mainWindow(electron).webContents;
    await expect(ipc(electron, 'rt:app:info', { sender: contents, senderFrame: contents.mainFrame })).resolves.toEqual({
      ok: true,
      data: { version: '9.8.7', platform: process.platform, electron: null },
    });
  });

  test('refuses a sub-frame, another web page and a vanished frame', async () => {
    const electron = await startReady();
    const contents = mainWindow(electron).webContents;
    const subFrame = { url: 'app://runder-tisch/index.html' };
    const stranger = new FakeWebContents('app://runder-tisch/index.html');
    for (const event of [
      { sender: contents, senderFrame: subFrame },
      { sender: stranger, senderFrame: stranger.mainFrame },
      { sender: contents, senderFrame: null },
    ]) {
      await expect(ipc(electron, 'rt:app:info', event)).resolves.toMatchObject({ ok: false, error: { code: 'ipc/bad-sender' } });
    }
  });

  test.each(Object.keys(IPC_CONTRACT))('%s refuses another window, a sub-frame and a vanished frame', async (channel) => {
    const electron = await startReady();
    const contents = mainWindow(electron).webContents;
    const stranger = new FakeWebContents('app://runder-tisch/index.html');
    for (const event of [
      { sender: stranger, senderFrame: stranger.mainFrame },
      { sender: contents, senderFrame: { url: 'app://runder-tisch/index.html' } },
      { sender: contents, senderFrame: { url: 'https://evil.example/' } },
      { sender: contents, senderFrame: null },
    ]) {
      await expect(ipc(electron, channel, event)).resolves.toMatchObject({ ok: false, error: { code: 'ipc/bad-sender' } });
    }
    expect(electron.dialog.saveOptions).toEqual([]);
  });

  test('prints the sender’s window to a PDF file the user chose', async () => {
    const electron = await startReady();
    const contents = mainWindow(electron).webContents;
    electron.dialog.savePath = join(folder.path, 'liste.pdf');
    const result = await ipc(electron, 'rt:print:pdf', { sender: contents, senderFrame: contents.mainFrame }, { suggestedName: 'liste', landscape: false });
    expect(result).toEqual({ ok: true, data: { saved: true, fileName: 'liste.pdf' } });
    expect(await readFile(join(folder.path, 'liste.pdf'), 'utf8')).toBe('%PDF-fake');
    expect(electron.dialog.saveOptions[0]).toMatchObject({ title: 'Speichern unter', defaultPath: '/home/user/documents/liste.pdf' });
  });
});

describe('the menu as wired', () => {
  test('starts in German, follows rt:app:set-language, and sends its commands to the window', async () => {
    const electron = await startReady();
    const contents = mainWindow(electron).webContents;
    expect(electron.Menu.current?.map((item) => item.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);
    await ipc(electron, 'rt:app:set-language', { sender: contents, senderFrame: contents.mainFrame }, 'en');
    expect(electron.Menu.current?.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);

    const cases = electron.Menu.current?.[2]?.submenu?.[1] as { label: string; click: () => void };
    expect(cases.label).toBe('Cases');
    cases.click();
    expect(contents.sent).toEqual([{ channel: MENU_EVENT_CHANNEL, payload: { command: 'navigate', screen: 'cases' } }]);
  });
});
