import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, newAppPage, openAppPage } from './support/browser';
import { openScreen } from './support/exchange';
import { completeFirstStart } from './support/firstStart';

// Einstellungen → App-Passphrase und Sperre: set it later than the first start (existing
// texts get encrypted), lock and unlock, change it, remove it (texts are plain again).

const SUMMARY = 'Braucht Begleitung zur Sprechstunde der Schuldnerberatung';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function press(locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await locator.press(key);
}

/** The cases store as IndexedDB holds it, read past the app. */
function storedCasesText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('runder-tisch');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('cases', 'readonly').objectStore('cases').getAll();
          read.onsuccess = () => {
            request.result.close();
            resolve(JSON.stringify(read.result));
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Runder Tisch ist gesperrt' }).waitFor();
  await page.getByLabel('App-Passphrase').fill(passphrase);
  await press(page.getByRole('button', { name: 'Entsperren' }), 'Enter');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
}

test('set, lock, change and remove the app passphrase in Einstellungen', async () => {
  const app = await newAppPage(browser);
  const { page } = app;
  await completeFirstStart(page, { name: 'Rosa P.' });
  await openScreen(page, 'Fälle');
  await press(page.getByRole('button', { name: 'Neuer Fall' }), 'Enter');
  const dialog = page.getByRole('dialog', { name: 'Neuer Fall' });
  await dialog.getByRole('textbox', { name: 'Titel', exact: true }).fill('Schulden');
  await press(dialog.getByRole('checkbox', { name: 'Wohnen' }), 'Space');
  await dialog.getByRole('textbox', { name: 'Zusammenfassung' }).fill(SUMMARY);
  await press(dialog.getByRole('button', { name: 'Fall anlegen' }), 'Enter');
  await dialog.waitFor({ state: 'detached' });
  expect(await storedCasesText(page)).toContain(SUMMARY);
  expect(await page.getByRole('button', { name: 'Sperren', exact: true }).count()).toBe(0);

  await openScreen(page, 'Einstellungen');
  const panel = page.getByRole('region', { name: 'App-Passphrase und Sperre' });
  await panel.getByText('Keine App-Passphrase gesetzt').waitFor();
  await panel.getByLabel('Neue App-Passphrase').fill('kurz');
  await press(panel.getByRole('button', { name: 'App-Passphrase festlegen' }), 'Enter');
  await panel.getByText('Die Passphrase braucht mindestens 8 Zeichen.').waitFor();
  await panel.getByLabel('Neue App-Passphrase').fill('Schwalben über dem Rhein');
  await panel.getByLabel('App-Passphrase wiederholen').fill('Schwalben über dem Rhein!');
  await press(panel.getByRole('button', { name: 'App-Passphrase festlegen' }), 'Enter');
  await panel.getByText('Die beiden Eingaben stimmen nicht überein.').waitFor();
  await panel.getByLabel('App-Passphrase wiederholen').fill('Schwalben über dem Rhein');
  await press(panel.getByRole('button', { name: 'App-Passphrase festlegen' }), 'Enter');
  await panel.getByText('Die App-Passphrase ist gesetzt').waitFor();
  expect(await storedCasesText(page)).not.toContain(SUMMARY);

  await press(page.getByRole('button', { name: 'Sperren', exact: true }), 'Enter');
  await unlock(page, 'Schwalben über dem Rhein');

  await openScreen(page, 'Einstellungen');
  const change = panel.getByRole('form', { name: 'Passphrase ändern' });
  await change.getByLabel('Jetzige App-Passphrase').fill('Schwalben über dem Rhein');
  await change.getByLabel('Neue App-Passphrase').fill('Möwen über dem Bodensee');
  await change.getByLabel('App-Passphrase wiederholen').fill('Möwen über dem Bodensee');
  await press(change.getByRole('button', { name: 'Passphrase ändern' }), 'Enter');
  await change.getByText('Die App-Passphrase wurde geändert.').waitFor();
  await press(page.getByRole('button', { name: 'Sperren', exact: true }), 'Enter');
  await unlock(page, 'Möwen über dem Bodensee');

  await openScreen(page, 'Einstellungen');
  const remove = panel.getByRole('form', { name: 'Passphrase entfernen' });
  await remove.getByLabel('Jetzige App-Passphrase').fill('Schwalben über dem Rhein');
  await press(remove.getByRole('button', { name: 'Passphrase entfernen' }), 'Enter');
  await remove.getByText('Die Passphrase stimmt nicht.').waitFor();
  await remove.getByLabel('Jetzige App-Passphrase').fill('Möwen über dem Bodensee');
  await press(remove.getByRole('button', { name: 'Passphrase entfernen' }), 'Enter');
  await panel.getByText('Keine App-Passphrase gesetzt').waitFor();
  expect(await storedCasesText(page)).toContain(SUMMARY);
  expect(await page.getByRole('button', { name: 'Sperren', exact: true }).count()).toBe(0);
  expect(app.errors).toEqual([]);
});

test('other tabs follow: setting the passphrase in one locks the others, and so does "Sperren"', async () => {
  const first = await newAppPage(browser);
  await completeFirstStart(first.page, { name: 'Timo R.' });
  const second = await openAppPage(first.context);
  await second.page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();

  await openScreen(first.page, 'Einstellungen');
  const panel = first.page.getByRole('region', { name: 'App-Passphrase und Sperre' });
  await panel.getByLabel('Neue App-Passphrase').fill('Zwei Fenster ein Schlüssel');
  await panel.getByLabel('App-Passphrase wiederholen').fill('Zwei Fenster ein Schlüssel');
  await press(panel.getByRole('button', { name: 'App-Passphrase festlegen' }), 'Enter');
  await panel.getByText('Die App-Passphrase ist gesetzt').waitFor();
  // The other tab must not go on writing text in the clear: it locks.
  await second.page.getByRole('heading', { level: 1, name: 'Runder Tisch ist gesperrt' }).waitFor();

  await unlock(second.page, 'Zwei Fenster ein Schlüssel');
  await press(first.page.getByRole('button', { name: 'Sperren', exact: true }), 'Enter');
  await second.page.getByRole('heading', { level: 1, name: 'Runder Tisch ist gesperrt' }).waitFor();
  expect(first.errors).toEqual([]);
  expect(second.errors).toEqual([]);
});
