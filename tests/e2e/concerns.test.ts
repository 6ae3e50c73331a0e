import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, newAppPage, type AppPage } from './support/browser';
import { openScreen, press } from './support/exchange';
import { completeFirstStart } from './support/firstStart';

// Anliegen: create a concern, link a case from the case's page, see the case's code on the
// concern's page, and approve its public statement after the personal-data scan.

describe('Anliegen in Chromium', () => {
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

  test('create a concern, link a case, see its code, approve the statement after the scan', async () => {
    const { page } = app;
    const code = `RT-${new Date().getFullYear()}-001`;
    await openScreen(page, 'Fälle');
    const views = page.getByRole('group', { name: 'Ansicht' });

    // A case first, so there is something to link.
    await press(page.getByRole('button', { name: 'Neuer Fall' }), 'Enter');
    const dialog = page.getByRole('dialog', { name: 'Neuer Fall' });
    await dialog.getByLabel('Titel').fill('Wohnungssuche');
    await press(dialog.getByRole('checkbox', { name: 'Wohnen' }), 'Space');
    await press(dialog.getByRole('button', { name: 'Fall anlegen' }), 'Enter');
    await dialog.waitFor({ state: 'detached' });
    await press(page.getByRole('button', { name: 'Zur Fallliste' }), 'Enter');

    // Create the concern in the Anliegen view.
    await press(views.getByRole('button', { name: 'Anliegen' }), 'Enter');
    await page.getByLabel('Titel des neuen Anliegens').fill('Bezahlbarer Wohnraum fehlt');
    await press(page.getByRole('button', { name: 'Anlegen' }), 'Enter');
    await page.getByRole('heading', { level: 2, name: 'Bezahlbarer Wohnraum fehlt' }).waitFor();

    // Link the case on its page.
    await press(views.getByRole('button', { name: 'Fälle' }), 'Enter');
    await press(page.getByRole('grid', { name: 'Fälle' }).getByRole('row').filter({ hasText: code }), 'Enter');
    const details = page.getByRole('region', { name: 'Angaben zum Fall' });
    await press(details.getByRole('checkbox', { name: 'Bezahlbarer Wohnraum fehlt' }), 'Space');
    await press(details.getByRole('button', { name: 'Änderungen speichern' }), 'Enter');
    await details.getByText('Gespeichert.').waitFor();
    const panel = page.getByRole('region', { name: 'Anliegen' });
    await press(panel.getByRole('button', { name: 'Anliegen „Bezahlbarer Wohnraum fehlt“ öffnen' }), 'Enter');

    // The concern's page lists the case by its code.
    await page.getByRole('heading', { level: 2, name: 'Bezahlbarer Wohnraum fehlt' }).waitFor();
    const cases = page.getByRole('list', { name: 'Verknüpfte Fälle' });
    await expect.poll(() => cases.textContent()).toBe(code);

    // Write a statement with a phone number in it; approval waits until the finding is resolved.
    const statement = page.getByRole('region', { name: 'Aussage für die Öffentlichkeit' });
    await statement.getByLabel('Aussage für die Öffentlichkeit').fill('Viele Familien finden keine Wohnung. Rückfragen unter 0171 2345678.');
    await press(statement.getByRole('button', { name: 'Aussage speichern' }), 'Enter');
    await statement.getByText('Aussage gespeichert.', { exact: false }).waitFor();
    await press(statement.getByRole('button', { name: 'Aussage freigeben' }), 'Enter');
    const approve = page.getByRole('dialog', { name: 'Aussage freigeben' });
    await approve.locator('[data-pii-type="PHONE"]').waitFor();
    expect(await approve.getByRole('button', { name: 'Freigeben' }).isDisabled()).toBe(true);
    await press(approve.getByRole('button', { name: /durch \[Telefon\] ersetzen/ }), 'Enter');
    await approve.getByText('Die Prüfung hat keine personenbezogenen Angaben gefunden.').waitFor();
    await press(approve.getByRole('button', { name: 'Freigeben' }), 'Enter');
    await approve.waitFor({ state: 'detached' });
    await expect.poll(() => statement.getByTestId('statement-approval').textContent()).toMatch(/^Freigegeben am/);
    expect(await statement.getByLabel('Aussage für die Öffentlichkeit').inputValue()).toContain('[Telefon]');

    // Its history shows the approval.
    await page.getByRole('region', { name: 'Verlauf' }).getByText('Aussage freigegeben').waitFor();

    // A second housing case gets the concern suggested on its page; one click links it.
    const second = `RT-${new Date().getFullYear()}-002`;
    await press(views.getByRole('button', { name: 'Fälle' }), 'Enter');
    await press(page.getByRole('button', { name: 'Neuer Fall' }), 'Enter');
    await dialog.getByLabel('Titel').fill('Zweite Wohnungssuche');
    await press(dialog.getByRole('checkbox', { name: 'Wohnen' }), 'Space');
    await press(dialog.getByRole('button', { name: 'Fall anlegen' }), 'Enter');
    await dialog.waitFor({ state: 'detached' });
    const suggestions = page.getByRole('region', { name: 'Anliegen' }).getByRole('list', { name: 'Vorschläge' });
    await suggestions.getByText('Gemeinsam: Wohnen').waitFor();
    await press(suggestions.getByRole('button', { name: 'Mit „Bezahlbarer Wohnraum fehlt“ verknüpfen' }), 'Enter');
    await press(page.getByRole('button', { name: 'Anliegen „Bezahlbarer Wohnraum fehlt“ öffnen' }), 'Enter');
    await expect.poll(() => page.getByRole('list', { name: 'Verknüpfte Fälle' }).textContent()).toBe(`${code}${second}`);
    expect(app.errors.filter((error) => !/favicon|status of 404/.test(error))).toEqual([]);
  });
});
