import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, newAppPage, openAppPage, type AppPage } from './support/browser';
import { completeFirstStart } from './support/firstStart';
import { openScreen } from './support/exchange';
import { unpackRecordClock } from '../../renderer/db/packedClock';

// A newcomer's first session in web mode, in real Chromium against the built app:
// create a case by keyboard, find it after a reload (and in real IndexedDB with its
// merge stamps), edit it on its page, meet a validation message, put it in the recycle
// bin and erase it, switch to English.

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const HLC = /^\d{15}\.\d{6}\.[A-Za-z0-9_-]{4,64}$/;

interface StoredCase {
  code: string;
  title: string;
  topics: string[];
  status: string;
  summary: string;
  deviceId: string;
  clock: Record<string, string>;
  vv: Record<string, string>;
  deleted: string | null;
}

/**
 * Reads the cases and this device's id straight from the page's IndexedDB, bypassing the app; the
 * clocks, stored packed, are unpacked here with the app's own function (they must be packed).
 */
async function readDatabase(page: Page): Promise<{ cases: StoredCase[]; deviceId: string | undefined }> {
  const stored = await readRawDatabase(page);
  for (const item of stored.cases) expect(Array.isArray(item.clock)).toBe(true);
  return { ...stored, cases: stored.cases.map((item) => unpackRecordClock(item)) };
}

function readRawDatabase(page: Page): Promise<{ cases: StoredCase[]; deviceId: string | undefined }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('runder-tisch');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const tx = database.transaction(['cases', 'settings'], 'readonly');
          const cases = tx.objectStore('cases').getAll();
          const device = tx.objectStore('settings').get('device');
          tx.oncomplete = () => {
            database.close();
            resolve({ cases: cases.result, deviceId: device.result?.value?.deviceId });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Moves keyboard focus to an element and presses a key there, as a keyboard user would. */
async function press(locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await locator.press(key);
}


/** What the app logged as errors, minus the browser's own favicon probe (not part of the app). */
function appErrors(app: AppPage): string[] {
  return app.errors.filter((error) => !/favicon|status of 404/.test(error));
}

describe('Fälle in Chromium', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await newAppPage(browser);
    await completeFirstStart(app.page, { name: 'Anna K.', organisation: 'Caritas' });
  });

  afterAll(async () => {
    await app?.context.close();
    await browser?.close();
  });

  test('create, reload, edit, validate, delete, and switch the language', async () => {
    const { page } = app;
    const code = `RT-${new Date().getFullYear()}-001`;

    await openScreen(page, 'Fälle');
    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('button', { name: 'Fälle' }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('heading', { name: 'Noch keine Fälle' }).waitFor();

    // Create, by keyboard, finding every control by its label.
    await press(page.getByRole('button', { name: 'Neuer Fall' }), 'Enter');
    const dialog = page.getByRole('dialog', { name: 'Neuer Fall' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Kürzel').inputValue()).toBe(code);
    await dialog.getByLabel('Titel').focus();
    await page.keyboard.type('Wohnungssuche nach Auszug');
    await press(dialog.getByRole('checkbox', { name: 'Wohnen' }), 'Space');
    // The case form's drop-downs are the browser's own: the arrow key moves to the next status.
    const status = dialog.getByRole('combobox', { name: 'Status', exact: true });
    await press(status, 'ArrowDown');
    await expect.poll(() => status.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)).toBe('in Bearbeitung');
    await dialog.getByLabel('Zusammenfassung').focus();
    await page.keyboard.type('Familie mit zwei Kindern sucht eine größere Wohnung.');
    await press(dialog.getByRole('button', { name: 'Fall anlegen' }), 'Enter');
    await dialog.waitFor({ state: 'detached' });

    // The new case opens on its own page; the list shows it too.
    await page.getByRole('heading', { level: 2, name: new RegExp(`${code}.*Wohnungssuche nach Auszug`) }).waitFor();
    await press(page.getByRole('button', { name: 'Zur Fallliste' }), 'Enter');
    const row = page.getByRole('grid', { name: 'Fälle' }).getByRole('row').filter({ hasText: code });
    await row.waitFor();
    expect(await row.textContent()).toContain('Wohnungssuche nach Auszug');
    expect(await row.textContent()).toContain('in Bearbeitung');

    // Persisted: after a reload the case is still listed, and IndexedDB holds it with its stamps.
    await page.reload();
    await openScreen(page, 'Fälle');
    await row.waitFor();
    const afterCreate = await readDatabase(page);
    expect(afterCreate.cases).toHaveLength(1);
    const created = afterCreate.cases[0] as StoredCase;
    expect(created).toMatchObject({ code, title: 'Wohnungssuche nach Auszug', topics: ['housing'], status: 'in_progress', deleted: null });
    expect(afterCreate.deviceId).toMatch(/^[a-z2-7]{12}$/);
    expect(created.deviceId).toBe(afterCreate.deviceId);
    expect(created.clock.title).toMatch(HLC);
    expect(created.clock.title?.endsWith(`.${afterCreate.deviceId}`)).toBe(true);

    // Edit in place on the case's page: only the changed field gets a new stamp.
    await press(row, 'Enter');
    const details = page.getByRole('region', { name: 'Angaben zum Fall' });
    await details.waitFor();
    await details.getByLabel('Titel').fill('Wohnungssuche, Frist läuft');
    await press(details.getByRole('button', { name: 'Änderungen speichern' }), 'Enter');
    await details.getByText('Gespeichert.').waitFor();
    await page.getByRole('heading', { level: 2, name: /Wohnungssuche, Frist läuft/ }).waitFor();
    const edited = (await readDatabase(page)).cases[0] as StoredCase;
    expect(edited.title).toBe('Wohnungssuche, Frist läuft');
    expect(edited.clock.title! > created.clock.title!).toBe(true);
    expect(edited.clock.code).toBe(created.clock.code);

    // An invalid case is not saved: the message sits at the field, which gets the focus.
    const title = details.getByLabel('Titel');
    await title.fill('');
    await press(details.getByRole('button', { name: 'Änderungen speichern' }), 'Enter');
    await details.getByText('Bitte füllen Sie dieses Feld aus.').waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await title.evaluate((input) => input === document.activeElement)).toBe(true);
    const describedBy = (await title.getAttribute('aria-describedby')) ?? '';
    const descriptions = await page.evaluate(
      (ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? ''),
      describedBy,
    );
    expect(descriptions).toContain('Bitte füllen Sie dieses Feld aus.');
    await press(page.getByRole('button', { name: 'Zur Fallliste' }), 'Enter');
    await row.waitFor();
    expect((await readDatabase(page)).cases[0]?.title).toBe('Wohnungssuche, Frist läuft');

    // Delete puts the case in the recycle bin; erasing it there asks first (an alert dialog), then leaves only a tombstone.
    await press(page.getByRole('button', { name: `Fall ${code} in den Papierkorb legen` }), 'Enter');
    await page.getByRole('heading', { name: 'Noch keine Fälle' }).waitFor();
    await press(page.getByRole('button', { name: 'Papierkorb (1)' }), 'Enter');
    await press(page.getByRole('button', { name: `Fall ${code} endgültig löschen` }), 'Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Fall endgültig löschen?' });
    await confirm.waitFor();
    await press(confirm.getByRole('button', { name: 'Endgültig löschen' }), 'Enter');
    await confirm.waitFor({ state: 'detached' });
    await page.getByText('Der Papierkorb ist leer.').waitFor();
    const erased = (await readDatabase(page)).cases[0] as StoredCase;
    expect(erased.deleted).toMatch(HLC);
    // Erasure keeps nothing of what was written: a placeholder title and an empty summary.
    expect(erased.title).not.toContain('Wohn');
    expect(erased.title).toBe('-');
    expect(erased.summary).toBe('');
    await press(page.getByRole('button', { name: 'Zur Fallliste' }), 'Enter');
    await page.getByRole('heading', { name: 'Noch keine Fälle' }).waitFor();

    // English at runtime, and still English after a reload.
    await press(page.getByRole('banner').getByRole('radio', { name: 'English' }), 'Space');
    await openScreen(page, 'Cases');
    await page.getByRole('button', { name: 'New case' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await openScreen(page, 'Settings');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('main').getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    await page.getByText(version, { exact: true }).waitFor();

    expect(app.cspViolations).toEqual([]);
    expect(appErrors(app)).toEqual([]);
  });

  test('says clearly when IndexedDB cannot be opened', async () => {
    const context = await browser.newContext();
    // A browser that refuses storage: the app must explain, not show a blank page.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const broken = await openAppPage(context);
    try {
      await broken.page.getByRole('heading', { name: 'Die Datenbank lässt sich nicht öffnen' }).waitFor();
      await broken.page.getByRole('button', { name: 'Erneut versuchen' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
