import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, newAppPage, type AppPage } from './support/browser';
import { openExchangeTab, openScreen, press, readSyncTables } from './support/exchange';

// "Demodaten laden" on the first start, in real Chromium under the app's CSP: the demo
// is generated and sealed in a Worker, read in through the import path, the device's
// own member stays, and the import can be undone under Austausch like any other.

type Row = Record<string, unknown>;

describe('Demodaten on the first start', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await newAppPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('loads invented training data, keeps "Wer bin ich?", and can be undone', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Willkommen beim Runden Tisch' }).waitFor();
    // The first start says plainly that these are invented training data.
    await page.getByText(/Demodaten sind erfundene Übungsdaten/).waitFor();

    await page.getByLabel('Name oder Initialen').fill('AK');
    await page.getByLabel('Organisation').fill('Diakonie');
    const started = Date.now();
    await press(page.getByRole('button', { name: 'Demodaten laden' }), 'Enter');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor({ timeout: 60_000 });
    const loadMs = Date.now() - started;

    const tables = await readSyncTables(page);
    const members = tables.members as Row[];
    expect(tables.cases).toHaveLength(60);
    expect((tables.meetings as Row[]).length).toBeGreaterThan(30);
    expect(members.map((m) => m.name)).toEqual(expect.arrayContaining(['AK', 'Demo-Moderation', 'Demo-Caritas']));
    const me = members.find((m) => m.name === 'AK');
    expect(me).toMatchObject({ organisation: 'Diakonie', deleted: null });
    expect(String(me?.recipient)).toMatch(/^age1/);

    // The cases are in the list, with their codes.
    await openScreen(page, 'Fälle');
    const grid = page.getByRole('grid', { name: 'Fälle' });
    await grid.getByRole('row').filter({ hasText: /RT-\d{4}-\d{3}/ }).first().waitFor();

    // Austausch knows it as the last import, signed by the demo moderation, and undoes it.
    await openExchangeTab(page, 'Einlesen');
    await page.getByText(/^Demo-Moderation, \d{4}-\d{2}-\d{2}, eingelesen am /).waitFor();
    await press(page.getByRole('button', { name: 'Import rückgängig machen' }), 'Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Import rückgängig machen?' });
    await confirm.waitFor();
    await press(confirm.getByRole('button', { name: 'Rückgängig machen' }), 'Enter');
    await page.getByRole('status').filter({ hasText: 'Der Import wurde rückgängig gemacht.' }).waitFor();
    const after = await readSyncTables(page);
    expect(after.cases).toHaveLength(0);
    expect((after.members as Row[]).map((m) => m.name)).toEqual(['AK']);

    expect(app.errors).toEqual([]);
    console.log(`[e2e] Demodaten laden took ${loadMs} ms`);
  });
});
