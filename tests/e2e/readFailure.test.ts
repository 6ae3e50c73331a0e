import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openAppPage, type AppPage } from './support/browser';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createCase, openScreen, press, tableChecksums } from './support/exchange';
import { completeFirstStart } from './support/firstStart';

// A database that fails to read (a damaged profile, a disk error) in real Chromium.
// As in the full-disk test, the failure is made inside the page: once the test says
// so, IndexedDB's reads throw the DOMException a broken backing store produces.
// Dexie, the live queries and the screens above them run for real. The screen must
// say so in plain words instead of "Wird geladen …" for ever or a blank window, the
// navigation must stay usable, "Erneut versuchen" must read again, and nothing stored
// may change.

declare global {
  interface Window {
    rtReadsFail?: boolean;
  }
}

/** Installed before the app loads: IndexedDB reads fail while window.rtReadsFail is set. */
function breakableReads(): void {
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as const) {
    for (const method of ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count'] as const) {
      const original = proto[method] as (...args: unknown[]) => IDBRequest;
      (proto as unknown as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
        if (window.rtReadsFail) throw new DOMException('Internal error reading from the backing store.', 'UnknownError');
        return original.apply(this, args);
      };
    }
  }
}

describe('a database that cannot be read', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    await context.addInitScript(breakableReads);
    app = await openAppPage(context);
    await completeFirstStart(app.page, { name: 'Anna K.', organisation: 'Caritas' });
  });

  afterAll(async () => {
    await app?.context.close();
    await browser?.close();
  });

  test('a screen says so in plain words, the navigation still works, and "Erneut versuchen" reads again', async () => {
    const { page } = app;
    const code = await createCase(page, 'Wohnungssuche nach Auszug');
    await press(page.getByRole('button', { name: 'Zur Fallliste' }), 'Enter');
    await page.getByRole('row', { name: new RegExp(code) }).first().waitFor();
    await openScreen(page, 'Übersicht');
    const before = await tableChecksums(page);

    await page.evaluate(() => (window.rtReadsFail = true));
    await openScreen(page, 'Fälle');
    const failed = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Diese Ansicht konnte nicht geladen werden' }) });
    await failed.waitFor();
    expect(await failed.textContent()).toContain('Gespeichertes ist dabei nicht verändert worden.');
    expect(await page.getByRole('main').getByRole('status').filter({ hasText: 'Wird geladen' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'Fälle, unreadable');

    // Another screen that reads fails the same way, on its own; the app around it stays.
    await openScreen(page, 'Sitzungen');
    await failed.waitFor();
    await expect.poll(() => page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button').count()).toBe(7);

    // Back on Fälle with the database readable again: "Erneut versuchen" shows the list.
    await openScreen(page, 'Fälle');
    await failed.waitFor();
    await page.evaluate(() => (window.rtReadsFail = false));
    await press(failed.getByRole('button', { name: 'Erneut versuchen' }), 'Enter');
    await page.getByRole('row', { name: new RegExp(code) }).first().waitFor();
    expect(await failed.count()).toBe(0);

    expect(await tableChecksums(page)).toEqual(before);
  });

  test('in English too', async () => {
    const { page } = app;
    await openScreen(page, 'Übersicht');
    await press(page.getByRole('radio', { name: 'English' }), 'Space');
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await page.evaluate(() => (window.rtReadsFail = true));
    await press(page.getByRole('navigation').getByRole('button', { name: 'Cases' }), 'Enter');
    const failed = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'This view could not be loaded' }) });
    await failed.waitFor();
    expect(await failed.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await page.evaluate(() => (window.rtReadsFail = false));
  });
});
