import { EventEmitter } from 'node:events';

/**
 * A stand-in for the parts of Electron's main-process API that electron/main/index.ts
 * wires together. The real binary cannot run here; this fake records what the
 * wiring asked for and lets a test fire the events Electron would fire.
 */

export interface FakeFrame {
  readonly url: string;
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: FakeFrame;
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  loadedUrl: string | null = null;

  constructor(url = 'app://runder-tisch/index.html') {
    super();
    this.mainFrame = { url };
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  async printToPDF(): Promise<Buffer> {
    return Buffer.from('%PDF-fake');
  }
  /** Fires a navigation-like event the way Electron does and says whether it was prevented. */
  attempt(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate' | 'will-attach-webview', url = ''): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

export function createFakeElectron(appPath: string) {
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const calls: string[] = [];

  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    hasLock: true,
    quitCalled: false,
    aboutOptions: null as unknown,
    requestSingleInstanceLock(): boolean {
      calls.push('requestSingleInstanceLock');
      return app.hasLock;
    },
    quit(): void {
      app.quitCalled = true;
    },
    enableSandbox(): void {
      calls.push('enableSandbox');
    },
    whenReady: () => ready,
    getAppPath: () => appPath,
    getPath: (name: string) => `/home/user/${name}`,
    getVersion: () => '9.8.7',
    setAboutPanelOptions(options: unknown): void {
      app.aboutOptions = options;
    },
    /** What Electron does once it is ready. */
    becomeReady(): Promise<void> {
      resolveReady();
      return ready.then(() => new Promise((resolve) => setImmediate(resolve)));
    },
  });

  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
    readonly webContents = new FakeWebContents();
    minimized = false;
    focused = 0;
    restored = 0;
    destroyed = false;
    constructor(options: FakeBrowserWindow['options']) {
      super();
      this.options = options;
      windows.push(this);
      // Electron announces every new WebContents before anyone can use it.
      app.emit('web-contents-created', {}, this.webContents);
    }
    async loadURL(url: string): Promise<void> {
      this.webContents.loadedUrl = url;
    }
    isDestroyed = () => this.destroyed;
    isMinimized = () => this.minimized;
    restore = () => void this.restored++;
    show = () => undefined;
    focus = () => void this.focused++;
    static getFocusedWindow = () => windows[0] ?? null;
  }

  const protocol = {
    privileged: [] as unknown[],
    handlers: new Map<string, (request: { url: string; method: string }) => Promise<Response>>(),
    registerSchemesAsPrivileged(schemes: unknown[]): void {
      calls.push('registerSchemesAsPrivileged');
      protocol.privileged.push(...schemes);
    },
    handle(scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>): void {
      protocol.handlers.set(scheme, handler);
    },
  };

  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void;
  type CheckHandler = (...args: unknown[]) => boolean;
  type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
  const defaultSession = {
    permissionRequestHandler: null as RequestHandler | null,
    permissionCheckHandler: null as CheckHandler | null,
    devicePermissionHandler: null as CheckHandler | null,
    beforeRequest: null as BeforeRequest | null,
    setPermissionRequestHandler(handler: RequestHandler | null): void {
      defaultSession.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: CheckHandler | null): void {
      defaultSession.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler(handler: CheckHandler | null): void {
      defaultSession.devicePermissionHandler = handler;
    },
    webRequest: {
      onBeforeRequest(handler: BeforeRequest | null): void {
        defaultSession.beforeRequest = handler;
      },
    },
  };

  const ipcMain = {
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    handle(channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>): void {
      ipcMain.handlers.set(channel, handler);
    },
  };

  interface Template {
    label?: string;
    submenu?: Template[];
  }
  const Menu = {
    current: null as Template[] | null,
    buildFromTemplate: (template: Template[]) => ({ template }),
    setApplicationMenu(menu: { template: Template[] } | null): void {
      Menu.current = menu?.template ?? null;
    },
  };

  const dialog = {
    savePath: undefined as string | undefined,
    saveOptions: [] as unknown[],
    async showSaveDialog(...args: unknown[]) {
      dialog.saveOptions.push(args.at(-1));
      return { canceled: dialog.savePath === undefined, filePath: dialog.savePath ?? '' };
    },
    async showOpenDialog() {
      return { canceled: true, filePaths: [] };
    },
  };

  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol,
    session: { defaultSession },
    ipcMain,
    Menu,
    dialog,
    // Test-side views, not part of Electron's API.
    windows,
    calls,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
