import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, newAppPage, type AppPage } from './support/browser';
import { press } from './support/exchange';

// A newcomer who got a file from the moderator: the first start saves who they are and
// leads straight to Austausch → Einlesen, where the file is read in.

describe('first start with a file from the moderator', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await newAppPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('saves "Wer bin ich?" and opens the import tab', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Willkommen beim Runden Tisch' }).waitFor();
    await page.getByLabel('Name oder Initialen').fill('B. M.');
    await press(page.getByRole('button', { name: 'Datei vom Moderator importieren' }), 'Enter');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Austausch' }).waitFor();
    const importTab = page.getByRole('tab', { name: 'Einlesen' });
    expect(await importTab.getAttribute('aria-selected')).toBe('true');
    const members = await page.evaluate(async () => {
      const open = indexedDB.open('runder-tisch');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const all = db.transaction('members').objectStore('members').getAll();
      return new Promise<{ name: string }[]>((resolve) => (all.onsuccess = () => resolve(all.result as { name: string }[])));
    });
    expect(members.map((m) => m.name)).toEqual(['B. M.']);
    expect(app.errors).toEqual([]);
  });
});
