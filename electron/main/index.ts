import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, type WebContents } from 'electron';
import { join } from 'node:path';
import { fail } from '../../shared/errors/result';
import { IPC_CONTRACT, MENU_EVENT_CHANNEL, type IpcChannel, type Language, type MenuCommand } from '../../shared/ipc/contract';
import { APP_ENTRY_URL, APP_SCHEME } from './appOrigin';
import { createBackupService, createNodeBackupFolderStore } from './backups';
import { createNodeFileStore } from './files';
import type { IpcSender, MainDeps } from './handlers';
import { createIpcRouter } from './ipcRouter';
import { buildMenuTemplate } from './menu';
import { MENU_LABELS } from './menuLabels';
import { createAppProtocolHandler } from './protocol';
import { hardenSession, hardenWebContents } from './security';

// The only module that touches Electron at run time: it wires the pure modules
// beside it (router, handlers, protocol, menu, security) to the real APIs.

interface ElectronSender extends IpcSender {
  readonly contents: WebContents;
}

// Must happen before `ready`: a standard, secure scheme gets a real origin
// (IndexedDB, fetch, module scripts) without being a web origin anyone else can reach.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let language: Language = 'de';
const devTools = !app.isPackaged;

function isOurContents(contents: WebContents): boolean {
  return mainWindow !== null && !mainWindow.isDestroyed() && mainWindow.webContents === contents;
}

function focusMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function sendMenuCommand(command: MenuCommand): void {
  if (mainWindow === null || mainWindow.isDestroyed()) return;
  mainWindow.webContents.send(MENU_EVENT_CHANNEL, command);
}

function installMenu(): void {
  const template = buildMenuTemplate(language, { isPackaged: app.isPackaged, platform: process.platform, send: sendMenuCommand });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function parentWindow(): BrowserWindow | null {
  return mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null;
}

const fileStore = createNodeFileStore();
const BACKUP_FOLDER_TITLE: Readonly<Record<Language, string>> = { de: 'Ordner für Sicherungen wählen', en: 'Choose a folder for backups' };

const deps: MainDeps<ElectronSender> = {
  dialogs: {
    async chooseSavePath({ defaultName, filters, language: dialogLanguage }) {
      const options = {
        title: MENU_LABELS[dialogLanguage].saveTitle,
        defaultPath: join(app.getPath('documents'), defaultName),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
      };
      const parent = parentWindow();
      const answer = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
    async chooseOpenPath({ filters, language: dialogLanguage }) {
      const options = { title: MENU_LABELS[dialogLanguage].openTitle, filters, properties: ['openFile'] as Array<'openFile'> };
      const parent = parentWindow();
      const answer = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
  },
  files: fileStore,
  // Main's own config file holds the folder; the renderer never names a path.
  backups: createBackupService(
    {
      store: createNodeBackupFolderStore(join(app.getPath('userData'), 'backups.json'), fileStore),
      async chooseFolder() {
        const options = { title: BACKUP_FOLDER_TITLE[language], properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
        const parent = parentWindow();
        const answer = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
        return answer.canceled ? null : (answer.filePaths[0] ?? null);
      },
      now: () => new Date(),
    },
    fileStore,
  ),
  async printToPdf(sender, { landscape }) {
    const pdf = await sender.contents.printToPDF({ landscape, printBackground: true, pageSize: 'A4' });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  },
  appInfo: () => ({ version: app.getVersion(), platform: process.platform, electron: process.versions.electron ?? null }),
  onLanguage(next) {
    language = next;
    installMenu();
  },
  // safeStorage is read only when a secret channel is called (after `ready`), never at load time.
  secrets: {
    async isAvailable() {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
      // Linux without a secret service falls back to a hard-coded key: that protects nothing.
      return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
    },
    async encrypt(plaintext) {
      const encrypted = await safeStorage.encryptStringAsync(plaintext);
      return new Uint8Array(encrypted.buffer, encrypted.byteOffset, encrypted.byteLength);
    },
    async decrypt(ciphertext) {
      return (await safeStorage.decryptStringAsync(Buffer.from(ciphertext))).result;
    },
  },
};

function registerIpc(): void {
  const route = createIpcRouter(deps);
  for (const channel of Object.keys(IPC_CONTRACT) as IpcChannel[]) {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const frame = event.senderFrame;
      if (!isOurContents(event.sender) || frame === null) return fail('ipc/bad-sender', 'message from a window that is not the app');
      return route({ url: frame.url, isMainFrame: frame === event.sender.mainFrame, contents: event.sender }, channel, args);
    });
  }
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Runder Tisch',
    // Written out here, not built by a helper, so electronegativity (npm run lint:electron)
    // can read every setting where the window is made; tests/electron/mainWiring.test.ts
    // checks the whole object.
    webPreferences: {
      preload: join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'),
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
      // Middle-click would open links in new windows behind the window-open handler's back.
      disableBlinkFeatures: 'Auxclick',
      devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', focusMainWindow);
  // Every WebContents, planned or not, is guarded the moment it exists.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null) mainWindow = createMainWindow();
  });
  app.setAboutPanelOptions({ applicationName: 'Runder Tisch', applicationVersion: app.getVersion() });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, { devTools });
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(app.getAppPath(), 'dist', 'renderer')));
    registerIpc();
    installMenu();
    mainWindow = createMainWindow();
  });
}

start();
