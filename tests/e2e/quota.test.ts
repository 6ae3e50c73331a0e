import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openAppPage, type AppPage } from './support/browser';
import { createCase, openScreen, press, readSyncTables, tableChecksums } from './support/exchange';
import { completeFirstStart } from './support/firstStart';

// A full disk in real Chromium. The DevTools protocol's Storage.overrideQuotaForOrigin
// exists in this Chromium and reports the override as active, but IndexedDB keeps
// accepting writes far beyond it (checked with a 2 MB put against a 1,000-byte quota,
// in an incognito and in a persistent profile). So the disk is "filled" inside the
// page instead: once the test says so, IndexedDB's put/add throw the DOMException
// named QuotaExceededError that a full disk produces. Everything above IndexedDB (Dexie,
// the transaction, the repository, the UI) runs for real. The user reads what to do,
// and what was stored before is untouched. Einstellungen show the storage state.

declare global {
  interface Window {
    rtDiskFull?: boolean;
  }
}

/** Installed before the app loads: IndexedDB writes fail as on a full disk while window.rtDiskFull is set. */
function fillableDisk(): void {
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (window.rtDiskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
}

describe('a full disk in Chromium', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext();
    await context.addInitScript(fillableDisk);
    app = await openAppPage(context);
    await completeFirstStart(app.page, { name: 'Anna K.', organisation: 'Caritas' });
  });

  afterAll(async () => {
    await app?.context.close();
    await browser?.close();
  });

  test('a rejected write says so in plain words and leaves the stored data intact', async () => {
    const { page } = app;
    const code = await createCase(page, 'Wohnungssuche nach Auszug');
    const before = await tableChecksums(page);

    await openScreen(page, 'Fälle');
    const back = page.getByRole('button', { name: 'Zur Fallliste' });
    if (await back.isVisible()) await press(back, 'Enter');
    await press(page.getByRole('button', { name: 'Neuer Fall' }).first(), 'Enter');
    const dialog = page.getByRole('dialog', { name: 'Neuer Fall' });
    await dialog.getByLabel('Titel').fill('Passt nicht mehr auf die Platte');
    await dialog.getByLabel('Zusammenfassung').fill('Eine lange Geschichte.');
    await press(dialog.getByRole('checkbox', { name: 'Wohnen' }), 'Space');
    await page.evaluate(() => (window.rtDiskFull = true));
    await press(dialog.getByRole('button', { name: 'Fall anlegen' }), 'Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'Der Speicher ist voll' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/nicht gespeichert.*Sicherungen.*herunter/s);
    await press(dialog.getByRole('button', { name: 'Abbrechen' }), 'Enter');

    // Nothing of the failed write, and everything from before.
    expect(await tableChecksums(page)).toEqual(before);
    await page.evaluate(() => (window.rtDiskFull = false));
    await page.reload();
    const { cases } = await readSyncTables(page);
    expect((cases as Array<{ code: string; title: string }>).map((c) => [c.code, c.title])).toEqual([[code, 'Wohnungssuche nach Auszug']]);
  });

  test('Einstellungen show whether the data is kept for good and how much space it uses', async () => {
    const { page } = app;
    await openScreen(page, 'Einstellungen');
    const panel = page.getByRole('region', { name: 'Speicher' });
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    await panel.getByText(persisted ? /Dauerhaft gespeichert/ : /Nicht dauerhaft gespeichert/).waitFor();
    expect(await panel.textContent()).toMatch(/Belegt: .+ von .+/);
  });
});
