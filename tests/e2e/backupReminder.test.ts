import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, newAppPage, type AppPage } from './support/browser';
import { captureDownload, chooseFile, createCase, openScreen, press, readSyncTables, type SavedFile } from './support/exchange';
import { completeFirstStart } from './support/firstStart';

// Web mode cannot write backups into a folder, so the Übersicht reminds the user to
// download one when the last download is older than a week. The download is an age
// file with a passphrase; restoring it is one dialog in Einstellungen.

const PASSPHRASE = 'korrekt pferd batterie klammer';
const DAY_MS = 24 * 60 * 60 * 1000;

function banner(page: Page) {
  return page.getByRole('region', { name: 'Zeit für eine Sicherung' });
}

/** Writes a settings row straight into the page's IndexedDB, as if time had passed since. */
function putSetting(page: Page, key: string, value: unknown): Promise<void> {
  return page.evaluate(
    ({ key, value }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('runder-tisch');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const tx = database.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key, value });
          tx.oncomplete = () => {
            database.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key, value },
  );
}

describe('the backup reminder in web mode', () => {
  let browser: Browser;
  let app: AppPage;
  let saved: SavedFile;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await newAppPage(browser);
    await completeFirstStart(app.page, { name: 'Anna K.', organisation: 'Caritas' });
  });

  afterAll(async () => {
    await app?.context.close();
    await browser?.close();
  });

  test('asks for a first backup, downloads an encrypted one, and then keeps quiet', async () => {
    const { page } = app;
    await createCase(page, 'Wohnungssuche');
    await openScreen(page, 'Übersicht');
    await banner(page).getByText(/noch nie eine Sicherung heruntergeladen/).waitFor();
    await press(banner(page).getByRole('button', { name: 'Sicherung herunterladen' }), 'Enter');
    const dialog = page.getByRole('dialog', { name: 'Sicherung herunterladen' });
    await dialog.getByLabel(/^Passphrase\W*$/).fill(PASSPHRASE);
    await dialog.getByLabel('Passphrase wiederholen').fill(PASSPHRASE);
    saved = await captureDownload(page, () => press(dialog.getByRole('button', { name: 'Sicherung herunterladen' }), 'Enter'));
    expect(saved.fileName).toMatch(/^Runder-Tisch-Sicherung-\d{4}-\d{2}-\d{2}\.age$/);
    expect(saved.bytes.subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');
    expect(saved.bytes.includes(Buffer.from('Wohnungssuche'))).toBe(false);
    await page.getByRole('status').filter({ hasText: /^Sicherung gespeichert:/ }).waitFor();
    await page.reload();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    expect(await banner(page).count()).toBe(0);
  });

  test('reminds again after a week; "Später" hides it', async () => {
    const { page } = app;
    await putSetting(page, 'lastBackupDownloadAt', new Date(Date.now() - 8 * DAY_MS).toISOString());
    await page.reload();
    await banner(page).getByText(/älter als eine Woche/).waitFor();
    await press(banner(page).getByRole('button', { name: 'Später' }), 'Enter');
    await banner(page).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    expect(await banner(page).count()).toBe(0);
  });

  test('the downloaded backup restores in one dialog from Einstellungen', async () => {
    const { page } = app;
    await createCase(page, 'Nach der Sicherung angelegt');
    expect((await readSyncTables(page)).cases).toHaveLength(2);
    await openScreen(page, 'Einstellungen');
    await chooseFile(page, { name: saved.fileName, bytes: saved.bytes }, () => press(page.getByRole('button', { name: 'Sicherung wiederherstellen …' }), 'Enter'));
    const confirm = page.getByRole('alertdialog', { name: 'Sicherung wiederherstellen' });
    await press(confirm.getByRole('button', { name: 'Wiederherstellen' }), 'Enter');
    const prompt = page.getByRole('dialog', { name: 'Passphrase eingeben' });
    await prompt.getByLabel(/^Passphrase\W*$/).fill(PASSPHRASE);
    await press(prompt.getByRole('button', { name: 'Entschlüsseln' }), 'Enter');
    await page.getByRole('status').filter({ hasText: 'Die Sicherung wurde wiederhergestellt.' }).waitFor();
    const titles = ((await readSyncTables(page)).cases as Array<{ title: string }>).map((c) => c.title);
    expect(titles).toEqual(['Wohnungssuche']);
  });
});
