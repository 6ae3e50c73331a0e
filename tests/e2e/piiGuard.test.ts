import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, newAppPage, type AppPage } from './support/browser';
import { openScreen, press } from './support/exchange';
import { completeFirstStart } from './support/firstStart';

// The personal-data guard in the one free-text field: type a note with a phone number and a
// name, see both flagged, redact one, dismiss the other — and the dismissal holds after a reload.

describe('Personal-data guard in Chromium', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await newAppPage(browser);
    await completeFirstStart(app.page, { name: 'Anna K.' });
  });

  afterAll(async () => {
    await app?.context.close();
    await browser?.close();
  });

  test('flags a phone number and a name, redacts one, dismisses the other for good', async () => {
    const { page } = app;
    await openScreen(page, 'Fälle');
    await press(page.getByRole('button', { name: 'Neuer Fall' }), 'Enter');
    const dialog = page.getByRole('dialog', { name: 'Neuer Fall' });
    await dialog.getByLabel('Titel').fill('Wohnungssuche');
    await press(dialog.getByRole('checkbox', { name: 'Wohnen' }), 'Space');
    const summary = dialog.getByLabel('Zusammenfassung');
    await summary.focus();
    await page.keyboard.type('Herr Haddad sucht eine Wohnung, erreichbar unter 0171 2345678.');

    // Both are listed under the field with what they look like, and announced politely.
    const findings = dialog.getByRole('list', { name: 'Mögliche personenbezogene Angaben' });
    const phone = findings.locator('[data-pii-type="PHONE"]');
    const name = findings.locator('[data-pii-type="PERSON"]');
    await phone.waitFor();
    await name.waitFor();
    expect(await phone.textContent()).toContain('Telefonnummer?');
    expect(await name.textContent()).toContain('Name?');
    expect(await dialog.getByRole('status').filter({ hasText: /mögliche personenbezogene Angaben/ }).textContent()).toContain('2');
    expect(await summary.getAttribute('aria-describedby')).toBeTruthy();

    // One click redacts: the text now holds the placeholder instead of the number.
    await press(phone.getByRole('button', { name: /durch \[Telefon\] ersetzen/ }), 'Enter');
    await expect.poll(() => summary.inputValue()).toContain('[Telefon]');
    expect(await summary.inputValue()).not.toContain('2345678');
    await phone.waitFor({ state: 'detached' });

    // "kein Personenbezug" dismisses the name.
    await press(name.getByRole('button', { name: /kein Personenbezug/ }), 'Enter');
    await name.waitFor({ state: 'detached' });
    expect(await summary.inputValue()).toContain('Haddad');

    await press(dialog.getByRole('button', { name: 'Fall anlegen' }), 'Enter');
    await dialog.waitFor({ state: 'detached' });

    // After a reload the case's summary still holds the name, and it stays dismissed.
    await page.reload();
    await openScreen(page, 'Fälle');
    const row = page.getByRole('grid', { name: 'Fälle' }).getByRole('row').filter({ hasText: 'Wohnungssuche' });
    await press(row, 'Enter');
    const details = page.getByRole('region', { name: 'Angaben zum Fall' });
    const field = details.getByLabel('Zusammenfassung');
    await expect.poll(() => field.inputValue()).toContain('Herr Haddad');
    // Wait past the debounce, then check nothing is flagged; a new phone number still is.
    await page.waitForTimeout(600);
    expect(await details.locator('[data-pii-type]').count()).toBe(0);
    await field.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Neu: 0151 9876543');
    await details.locator('[data-pii-type="PHONE"]').waitFor();
    expect(await details.locator('[data-pii-type="PERSON"]').count()).toBe(0);
    expect(app.errors.filter((error) => !/favicon|status of 404/.test(error))).toEqual([]);
  });
});
