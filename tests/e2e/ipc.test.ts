import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import type { Language } from '../../shared/ipc/contract';
import { createNodeFileStore } from '../../electron/main/files';
import { createIpcRouter, type MainDeps } from '../../electron/main/ipcRouter';
import { launchChromium, openAppPage, type AppPage } from './support/browser';
import { completeFirstStart } from './support/firstStart';
import { installStandInPreload, type BridgeSender } from './support/preloadBridge';

// The IPC path runs for real: the page calls window.rtApi.invoke, the call crosses
// into Node through Playwright's binding (standing in for the preload and Electron's
// ipcMain), and the real router validates the sender and the arguments and runs the
// real handlers, which write and read real files. Only Electron's own APIs are faked:
// the native dialogs (they answer with a path the test picked) and app metadata.

const APP_INFO = { version: '0.1.0-e2e', platform: process.platform, electron: '45.0.0-e2e' };

interface FakeDialogs {
  /** What the next save dialog answers: a path, or null for "cancelled". */
  savePath: string | null;
  openPath: string | null;
  saveRequests: { defaultName: string; language: Language }[];
}

let browser: Browser;
let folder: string;
let dialogs: FakeDialogs;
let languages: Language[];

function mainDeps(): MainDeps<BridgeSender> {
  return {
    dialogs: {
      chooseSavePath: async ({ defaultName, language }) => {
        dialogs.saveRequests.push({ defaultName, language });
        return dialogs.savePath;
      },
      chooseOpenPath: async () => dialogs.openPath,
    },
    files: createNodeFileStore(),
    // Chromium's own PDF renderer stands in for webContents.printToPDF.
    printToPdf: async (sender, { landscape }) => new Uint8Array(await sender.page.pdf({ landscape })),
    appInfo: () => APP_INFO,
    onLanguage: (language) => languages.push(language),
  };
}

/** A context whose pages get the stand-in preload, wired to the real router. */
async function desktopContext(options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  // The app is served from http://127.0.0.1:<port> here, not from app://runder-tisch, so
  // the router is told to trust the test server's origin instead; everything else about
  // the sender check (main frame only, exact origin) stays as in production.
  const router = createIpcRouter(mainDeps(), { trustedOrigins: [new URL(inject('baseUrl')).origin] });
  await installStandInPreload(context, router);
  return context;
}

/** Calls window.rtApi.invoke in the page with any channel and arguments, as a hostile page could. */
function invoke(page: Page, channel: string, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ([name, rest]) => {
      const api = (window as unknown as { rtApi: { invoke(c: string, ...a: unknown[]): Promise<unknown> } }).rtApi;
      return api.invoke(name, ...rest);
    },
    [channel, args] as const,
  );
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rt-e2e-ipc-'));
  dialogs = { savePath: null, openPath: null, saveRequests: [] };
  languages = [];
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('IPC from the page to the real main-process handlers', () => {
  let context: BrowserContext;
  let app: AppPage;

  beforeEach(async () => {
    context = await desktopContext();
    app = await openAppPage(context);
    // The app tells main its language while it starts; finishing the first start and waiting
    // for the navigation keeps that call from landing in the middle of a test's own calls.
    await completeFirstStart(app.page, { name: 'Anna K.' });
  });

  afterEach(async () => {
    await context.close();
  });

  test('app info comes from main', async () => {
    expect(await invoke(app.page, 'rt:app:info')).toEqual({ ok: true, data: APP_INFO });
    expect(app.errors).toEqual([]);
  });

  test('with the preload present the app runs as the desktop app: Einstellungen shows main’s app info', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button', { name: 'Einstellungen' }).click();
    const about = page.getByRole('region', { name: 'Über diese App' });
    await about.getByText(APP_INFO.version).waitFor();
    await about.getByText('Desktop-App').waitFor();

    // Switching the language reaches main too (it rebuilds the menu there).
    // The visible label is what a user clicks; the radio input itself is visually hidden.
    await page.getByRole('radiogroup', { name: 'Sprache der Oberfläche' }).getByText('English').click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    expect(languages.at(-1)).toBe('en');
    expect(app.errors).toEqual([]);
  });

  test('saving writes exactly the given bytes to the file chosen in main’s dialog', async () => {
    dialogs.savePath = join(folder, 'Fallliste.csv');
    const result = await app.page.evaluate(async () => {
      // Every byte value, so no encoding step on the way can go unnoticed.
      const data = Uint8Array.from({ length: 256 * 3 }, (_, i) => (i * 7) % 256);
      const api = (window as unknown as { rtApi: { invoke(c: string, ...a: unknown[]): Promise<unknown> } }).rtApi;
      return api.invoke('rt:file:save', { suggestedName: 'Fallliste', kind: 'csv', data });
    });

    expect(result).toEqual({ ok: true, data: { saved: true, fileName: 'Fallliste.csv' } });
    const written = await readFile(join(folder, 'Fallliste.csv'));
    expect([...written]).toEqual(Array.from({ length: 256 * 3 }, (_, i) => (i * 7) % 256));
    // Main named the file itself, from the suggestion plus the kind's extension.
    expect(dialogs.saveRequests).toEqual([{ defaultName: 'Fallliste.csv', language: 'de' }]);
    expect(app.errors).toEqual([]);
  });

  test('cancelling the save dialog writes nothing and says so', async () => {
    dialogs.savePath = null;
    // Playwright hands the Uint8Array to the page as one, so the request itself is valid.
    const result = await invoke(app.page, 'rt:file:save', { suggestedName: 'Sicherung', kind: 'backup', data: new Uint8Array([1, 2]) });
    expect(result).toEqual({ ok: true, data: { saved: false, fileName: null } });
    expect(dialogs.saveRequests).toEqual([{ defaultName: 'Sicherung.age', language: 'de' }]);
    expect(await readdir(folder)).toEqual([]);
  });

  test('opening returns the bytes of the file chosen in main’s dialog', async () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 255, 10, 13]);
    dialogs.openPath = join(folder, 'karte.json');
    await writeFile(dialogs.openPath, bytes);

    const result = await app.page.evaluate(async () => {
      const api = (window as unknown as { rtApi: { invoke(c: string, ...a: unknown[]): Promise<unknown> } }).rtApi;
      const answer = (await api.invoke('rt:file:open', { kind: 'member-card' })) as { ok: boolean; data: { fileName: string; data: Uint8Array } };
      // Reports what arrived in the page, to prove the result came back as real bytes.
      return { ok: answer.ok, fileName: answer.data.fileName, isBytes: answer.data.data instanceof Uint8Array, data: [...answer.data.data] };
    });

    expect(result).toEqual({ ok: true, fileName: 'karte.json', isBytes: true, data: [...bytes] });
  });

  test('printing renders the page to a PDF saved where the dialog says, with dialogs in the chosen language', async () => {
    expect(await invoke(app.page, 'rt:app:set-language', 'en')).toEqual({ ok: true, data: null });
    expect(languages).toContain('en');
    dialogs.savePath = join(folder, 'agenda.pdf');

    expect(await invoke(app.page, 'rt:print:pdf', { suggestedName: 'Tagesordnung', landscape: false })).toEqual({
      ok: true,
      data: { saved: true, fileName: 'agenda.pdf' },
    });
    expect((await readFile(dialogs.savePath)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(dialogs.saveRequests).toEqual([{ defaultName: 'Tagesordnung.pdf', language: 'en' }]);
  });

  test('main refuses malformed arguments as ipc/bad-args and touches no file', async () => {
    dialogs.savePath = join(folder, 'should-not-exist');
    dialogs.openPath = join(folder, 'should-not-exist');
    // One page for all cases: opening the app per case would double this file's run time.
    const cases: [string, string, unknown[]][] = [
      ['a file name with a path in it', 'rt:file:save', [{ suggestedName: '../../etc/passwd', kind: 'csv', data: new Uint8Array([1]) }]],
      ['data that is not bytes', 'rt:file:save', [{ suggestedName: 'liste', kind: 'csv', data: [1, 2, 3] }]],
      ['an unknown file kind', 'rt:file:open', [{ kind: 'exe' }]],
      ['a language the app does not have', 'rt:app:set-language', ['fr']],
      ['extra arguments', 'rt:app:info', ['surprise']],
      ['no arguments at all', 'rt:file:save', []],
    ];
    for (const [label, channel, args] of cases) {
      expect(await invoke(app.page, channel, ...args), label).toMatchObject({ ok: false, error: { code: 'ipc/bad-args' } });
    }
    expect(dialogs.saveRequests).toEqual([]);
    expect(languages).not.toContain('fr');
    expect(await readdir(folder)).toEqual([]);
  });

  test('an unknown channel is refused', async () => {
    // The real preload already drops unknown channels; the stand-in passes them on, so this proves main refuses them too.
    for (const channel of ['rt:shell:exec', 'fs:readFile', '__proto__']) {
      expect(await invoke(app.page, channel)).toMatchObject({ ok: false, error: { code: 'ipc/unknown-channel' } });
    }
  });
});

test('a call from an embedded frame is refused as ipc/bad-sender, even from the app’s own origin', async () => {
  // The app's CSP forbids framing (frame-src and frame-ancestors 'none'), so this one
  // context lets a frame in on purpose: the point here is main's sender check, which
  // must hold even if a frame got in some other way.
  const context = await desktopContext({ bypassCSP: true });
  try {
    await context.route('**/index.html?embedded', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    });
    const app = await openAppPage(context);
    await app.page.evaluate(async () => {
      const frame = document.createElement('iframe');
      frame.src = '/index.html?embedded';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
    });
    const subFrame = app.page.frames().find((frame) => frame !== app.page.mainFrame());
    if (!subFrame) throw new Error('the iframe did not load');
    expect(new URL(subFrame.url()).origin).toBe(new URL(inject('baseUrl')).origin);

    const fromSubFrame = await subFrame.evaluate(() => {
      const api = (window as unknown as { rtApi: { invoke(c: string): Promise<unknown> } }).rtApi;
      return api.invoke('rt:app:info');
    });
    expect(fromSubFrame).toMatchObject({ ok: false, error: { code: 'ipc/bad-sender' } });
    // The same call from the top frame of the same page is answered.
    expect(await invoke(app.page, 'rt:app:info')).toEqual({ ok: true, data: APP_INFO });
  } finally {
    await context.close();
  }
});
