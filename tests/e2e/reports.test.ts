import { mkdirSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { csvCounts, readCount } from '../shared/report.support';
import { launchChromium, openAppPage, type AppPage } from './support/browser';
import { captureDownload } from './support/exchange';

// The Bericht für Politik und Verwaltung in real Chromium against the built app: a new
// member loads the demo data on the first start (60 invented cases over three years,
// read in through the import path), builds the report for the last twelve months,
// reads its tables and charts, prints it to PDF and saves the tables as a CSV zip.
// Nowhere does a count from 1 to k−1 appear.

// Monday, 16 November 2026, 10:00 in Konstanz; the demo's story ends on this day.
const NOW = new Date('2026-11-16T10:00:00+01:00');
const SCREENSHOTS = process.env.E2E_SCREENSHOTS ?? 'test-results/reports';

async function press(locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await locator.press(key);
}

async function pdfText(pdf: Uint8Array): Promise<string> {
  // pdf.js wants a plain Uint8Array, not Node's Buffer subclass.
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages.join(' ').replace(/\s+/g, ' ');
}

/** The counts the report's tables show on screen: "." → null. */
async function shownCounts(page: Page): Promise<(number | null)[]> {
  const texts = await page.locator('.rp-document table td.rp-count').evaluateAll((cells) => cells.map((cell) => cell.querySelector('[aria-hidden]')?.textContent ?? cell.textContent ?? ''));
  return texts.map((text) => {
    const count = readCount(text);
    if (count === undefined) throw new Error(`not a count: '${text}'`);
    return count;
  });
}

/** Builds the report and waits until the one for these choices (k) is shown. */
async function buildReport(page: Page, k: number): Promise<void> {
  await press(page.getByRole('button', { name: 'Bericht erstellen' }), 'Enter');
  await page.getByRole('article').getByText(`Kleinste veröffentlichte Zahl: k = ${k}`).waitFor({ timeout: 60_000 });
  await page.getByText('Die Auswahl hat sich geändert.').waitFor({ state: 'detached' });
  await page.getByRole('status').filter({ hasText: 'Der Bericht ist erstellt.' }).waitFor();
}

describe('Berichte in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.clock.install({ time: NOW });
    // In web mode "Als PDF" opens the browser's print dialog; record the call instead.
    await context.addInitScript(() => {
      const calls: string[] = [];
      Object.defineProperty(window, '__printCalls', { value: calls });
      window.print = () => {
        calls.push(document.querySelector('.rp-document')?.textContent ?? '');
      };
    });
    app = await openAppPage(context);
    page = app.page;
    // First start with the demo data, through the real form.
    await page.getByRole('heading', { level: 1, name: 'Willkommen beim Runden Tisch' }).waitFor();
    await page.getByLabel('Name oder Initialen').fill('Rita B.');
    await press(page.getByRole('button', { name: 'Demodaten laden' }), 'Enter');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor({ timeout: 90_000 });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test('builds the report over the demo data: tables and charts, no count from 1 to k−1', async () => {
    await press(page.getByRole('navigation').getByRole('button', { name: 'Berichte', exact: true }), 'Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Berichte');
    // The last twelve months: from 17.11.2025; "Bis" is today.
    await page.getByRole('group', { name: 'Von' }).getByRole('spinbutton').first().focus();
    await page.keyboard.type('17112025');
    await buildReport(page, 3);

    const report = page.getByRole('article', { name: 'Bericht für Politik und Verwaltung' });
    await expect.poll(() => report.getByText('Zeitraum: 17.11.2025 bis 16.11.2026').count()).toBe(1);
    const tables = report.getByRole('table');
    expect(await tables.count()).toBeGreaterThanOrEqual(7);
    for (const name of ['Fälle nach Eröffnung und Stand am Ende des Zeitraums', 'Fälle nach Themenfeld und Stand am Ende des Zeitraums', 'Aufgaben nach Ampel am Ende des Zeitraums']) {
      await report.getByRole('table', { name }).waitFor();
    }
    // Every header cell says what it heads.
    expect(await report.locator('table th:not([scope])').count()).toBe(0);

    const counts = await shownCounts(page);
    expect(counts.length).toBeGreaterThan(50);
    expect(counts.filter((n) => n !== null && n >= 1 && n < 3)).toEqual([]);
    // 60 cases spread over twelve topic areas: some counts must be withheld, and are read out as such.
    expect(counts).toContain(null);
    await report.getByText('geheim gehalten').first().waitFor({ state: 'attached' });
    // Charts are pictures of the tables: hidden from screen readers, and a withheld count never gets a bar.
    expect(await report.locator('svg.rp-chart').count()).toBeGreaterThan(3);
    expect(await report.locator('svg.rp-chart:not([aria-hidden="true"])').count()).toBe(0);
    expect(await report.locator('svg.rp-chart .rp-bar-withheld rect').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/report.png`, fullPage: true });

    // k = 5: nothing from 1 to 4.
    const k = page.getByRole('textbox', { name: /Kleinste Zahl, die gezeigt wird/ });
    await k.fill('5');
    await k.press('Tab');
    await page.getByText('Die Auswahl hat sich geändert.').waitFor();
    await buildReport(page, 5);
    expect((await shownCounts(page)).filter((n) => n !== null && n >= 1 && n < 5)).toEqual([]);
    // k below 3 cannot be entered: the field comes back to 3.
    await k.fill('2');
    await k.press('Tab');
    await expect.poll(() => k.inputValue()).toBe('3');
  });

  test('prints the report to PDF through the print path, without the app around it', async () => {
    await buildReport(page, 3);
    await press(page.getByRole('button', { name: 'Als PDF' }), 'Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printCalls: string[] }).__printCalls.length)).toBe(1);
    const text = await pdfText(await page.pdf({ format: 'A4' }));
    expect(text).toContain('Bericht für Politik und Verwaltung');
    expect(text).toContain('Zeitraum: 17.11.2025 bis 16.11.2026');
    expect(text).toContain('Fälle nach Themenfeld und Stand am Ende des Zeitraums');
    expect(text).toContain('Zahlenwert geheim zu halten');
    // Nothing of the app (navigation, choices, buttons) reaches the paper.
    for (const word of ['Hauptnavigation', 'Bericht erstellen', 'Als CSV-Tabellen', 'Was soll der Bericht umfassen?']) expect(text).not.toContain(word);
  });

  test('saves the tables as a CSV zip, one table per file, no count from 1 to k−1', async () => {
    const saved = await captureDownload(page, () => press(page.getByRole('button', { name: 'Als CSV-Tabellen (ZIP)' }), 'Enter'));
    expect(saved.fileName).toBe('Bericht-2025-11-17-bis-2026-11-16.zip');
    const files = unzipSync(new Uint8Array(saved.bytes));
    const names = Object.keys(files).sort();
    expect(names).toContain('README.txt');
    expect(names).toContain('02-case-flow.csv');
    expect(names.filter((n) => n.endsWith('.csv')).length).toBeGreaterThanOrEqual(8);
    const csv = names.filter((n) => n.endsWith('.csv')).map((n) => strFromU8(files[n] as Uint8Array));
    const counts = csv.flatMap(csvCounts);
    expect(counts.filter((n) => n !== null && n >= 1 && n < 3)).toEqual([]);
    // The same numbers as on screen.
    expect(counts.filter((n) => n !== null).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      (await shownCounts(page)).filter((n) => n !== null).sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    expect(strFromU8(files['README.txt'] as Uint8Array)).toContain('Zeitraum: 17.11.2025 bis 16.11.2026');
    expect(app.errors.filter((error) => !/favicon/.test(error))).toEqual([]);
  });
});
