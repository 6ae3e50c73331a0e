import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openAppPage, type AppPage } from './support/browser';
import { captureDownload, createCase, generateKeys, importAndApply, openExchangeTab, openScreen, press, readMemberCard } from './support/exchange';
import { completeFirstStart } from './support/firstStart';
import { isAppRequest, NetworkRecorder, offendingUrls } from './support/network';

// Issue 9, "Nothing leaves over a network": a whole working day driven through the
// UI while every request of the pages and their workers is recorded through the
// Chrome DevTools Protocol (and, as a second channel, Playwright's request events).
// Only the app's own origin (the preview server on 127.0.0.1), data: and the app's
// own blob: URLs may appear. A control step first proves the recorder reports a
// foreign request from a page and from a worker, so a silent recorder cannot pass.

const PASSPHRASE = 'Kanu Tulpe Regen Brücke';
// TEST-NET-1 on the discard port: Chromium refuses the port at once, so the control
// requests are recorded without a single packet leaving this machine.
const FOREIGN = 'http://192.0.2.1:9';

/** A day `days` from now as the date fields take it: ddmmyyyy. */
function digitsIn(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  return `${String(day.getDate()).padStart(2, '0')}${String(day.getMonth() + 1).padStart(2, '0')}${day.getFullYear()}`;
}

/** Picks an option of a react-aria Select by keyboard. */
async function choose(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await press(select, 'Enter');
  const item = page.getByRole('option', { name: option }).first();
  await item.waitFor();
  await item.focus();
  await item.press('Enter');
}

/** Types a day into a react-aria date field; types again if a re-render took the focus mid-entry. */
async function typeDay(page: Page, group: Locator, digits: string): Promise<void> {
  const shown = `${Number(digits.slice(0, 2))}.${Number(digits.slice(2, 4))}.${digits.slice(4)}`;
  for (let attempt = 1; attempt <= 3; attempt++) {
    await group.getByRole('spinbutton').first().focus();
    await page.keyboard.type(digits);
    const ok = await expect
      .poll(() => group.textContent(), { timeout: 3000 })
      .toContain(shown)
      .then(() => true)
      .catch(() => false);
    if (ok) return;
  }
}

/** A fresh profile whose first page is recorded from before it loads the app. */
async function recordedApp(browser: Browser, recorder: NetworkRecorder, options: { bypassCSP?: boolean } = {}): Promise<AppPage> {
  await recorder.watchBrowser(browser);
  const context: BrowserContext = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 900 }, ...options });
  recorder.watchContext(context);
  await recorder.watchPage(await context.newPage());
  return openAppPage(context);
}

describe('nothing leaves over a network', () => {
  let browser: Browser;
  const appOrigin = new URL(inject('baseUrl')).origin;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the allow-list takes the app’s origin, data: and the app’s blob: URLs, and nothing else', () => {
    expect(isAppRequest(`${appOrigin}/assets/index.js`, appOrigin)).toBe(true);
    expect(isAppRequest('data:image/png;base64,AAAA', appOrigin)).toBe(true);
    expect(isAppRequest(`blob:${appOrigin}/8d2c6a1e-1b7f-4c55-9d7e-000000000000`, appOrigin)).toBe(true);
    for (const url of [
      'https://fonts.googleapis.com/css2?family=Inter',
      'http://127.0.0.1:1/',
      `http://localhost:${new URL(appOrigin).port}/`,
      'ws://127.0.0.1:9/',
      'blob:https://evil.example/1234',
      'chrome-extension://abc/script.js',
      'not a url',
    ]) {
      expect(isAppRequest(url, appOrigin), url).toBe(false);
    }
  });

  test('control: a foreign request from the page, a worker and a shared worker is reported', async () => {
    const recorder = new NetworkRecorder();
    // CSP off for this profile only, so the requests reach the network layer at all.
    const app = await recordedApp(browser, recorder, { bypassCSP: true });
    await app.page.getByRole('heading', { level: 1 }).first().waitFor();
    await app.page.evaluate((foreign) => {
      void fetch(`${foreign}/from-page`).catch(() => undefined);
      const source = `fetch('${foreign}/from-worker').catch(() => undefined); new WebSocket('${foreign.replace('http', 'ws')}/socket-from-worker');`;
      new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
      // A shared worker belongs to no page: only the browser-level session sees it. It waits a moment, as a real one would.
      const shared = `setTimeout(() => fetch('${foreign}/from-shared-worker').catch(() => undefined), 500);`;
      new SharedWorker(URL.createObjectURL(new Blob([shared], { type: 'text/javascript' })));
    }, FOREIGN);
    await expect
      .poll(() => offendingUrls(recorder.requests, appOrigin).map((entry) => entry.split(' ')[0]))
      .toEqual(
        expect.arrayContaining([`${FOREIGN}/from-page`, `${FOREIGN}/from-worker`, `${FOREIGN.replace('http', 'ws')}/socket-from-worker`, `${FOREIGN}/from-shared-worker`]),
      );
    // The DevTools channel itself saw the page's and the shared worker's requests, not only Playwright.
    expect(recorder.requests).toContainEqual({ url: `${FOREIGN}/from-page`, via: 'page' });
    expect(recorder.requests.filter((request) => request.url === `${FOREIGN}/from-shared-worker`).map((request) => request.via)).toContainEqual(
      expect.stringMatching(/^worker blob:/),
    );
    await recorder.detach();
    await app.context.close();
  });

  test('first start, case, follow-up, meeting and agenda, export, import elsewhere, report: only the app’s own origin', async () => {
    const recorder = new NetworkRecorder();
    const anna = await recordedApp(browser, recorder);
    const { page } = anna;
    await completeFirstStart(page, { name: 'Anna K.', organisation: 'Caritas' });

    // A case and a follow-up for it.
    const code = await createCase(page, 'Wohnungssuche nach Auszug');
    await openScreen(page, 'Aufgaben');
    await press(page.getByRole('button', { name: 'Neue Aufgabe' }), 'Enter');
    const task = page.getByRole('dialog', { name: 'Neue Aufgabe' });
    await task.getByLabel('Was ist zu tun?').fill('Besichtigung begleiten');
    await choose(page, task.getByRole('button', { name: /Fall$/ }), new RegExp(code));
    await typeDay(page, task.getByRole('group', { name: 'Fällig am' }), digitsIn(10));
    await press(task.getByRole('button', { name: 'Aufgabe anlegen' }), 'Enter');
    await task.waitFor({ state: 'detached' });

    // A meeting on the proposed date, with the standing items and one more on its agenda.
    await openScreen(page, 'Sitzungen');
    await press(page.getByRole('button', { name: 'Neue Sitzung' }), 'Enter');
    const meeting = page.getByRole('dialog', { name: 'Neue Sitzung' });
    await meeting.getByLabel('Ort').fill('Rathaus Konstanz, Raum 2');
    await choose(page, meeting.getByRole('button', { name: /Moderation$/ }), 'Anna K.');
    await choose(page, meeting.getByRole('button', { name: /Protokoll$/ }), 'Anna K.');
    await press(meeting.getByRole('button', { name: 'Sitzung anlegen' }), 'Enter');
    await meeting.waitFor({ state: 'detached' });
    await press(page.getByRole('button', { name: 'TOP hinzufügen' }), 'Enter');
    const item = page.getByRole('dialog', { name: 'Neuer Tagesordnungspunkt' });
    await item.getByRole('textbox', { name: 'Titel' }).fill('Sprachkurse im Frühjahr');
    await press(item.getByRole('button', { name: 'TOP anlegen' }), 'Enter');
    await item.waitFor({ state: 'detached' });
    await page.getByRole('list', { name: 'Tagesordnung' }).getByText('Sprachkurse im Frühjahr').waitFor();

    // Keys to sign with, then an export for whoever knows the passphrase.
    const annaCard = await generateKeys(page);
    await openExchangeTab(page, 'Exportieren');
    await press(page.getByRole('radio', { name: /Wer die Passphrase kennt/ }), 'Space');
    await page.getByLabel(/^Passphrase\W*$/).fill(PASSPHRASE);
    await page.getByLabel('Passphrase wiederholen').fill(PASSPHRASE);
    const exportButton = page.getByRole('button', { name: 'Exportieren und speichern' });
    await expect.poll(() => exportButton.isEnabled()).toBe(true);
    const exported = await captureDownload(page, () => press(exportButton, 'Enter'));
    await page.getByRole('status').filter({ hasText: /^Exportiert:/ }).waitFor();

    // A second laptop (a fresh profile) takes Anna's member card and reads the file in, then builds the report and saves it.
    const ben = await recordedApp(browser, recorder);
    await completeFirstStart(ben.page, { name: 'Ben M.' });
    await readMemberCard(ben.page, annaCard);
    await importAndApply(ben.page, { name: exported.fileName, bytes: exported.bytes }, PASSPHRASE);
    await openScreen(ben.page, 'Berichte');
    await press(ben.page.getByRole('button', { name: 'Bericht erstellen' }), 'Enter');
    await ben.page.getByRole('status').filter({ hasText: 'Der Bericht ist erstellt.' }).waitFor({ timeout: 60_000 });
    const report = await captureDownload(ben.page, () => press(ben.page.getByRole('button', { name: 'Als CSV-Tabellen (ZIP)' }), 'Enter'));
    expect(report.bytes.byteLength).toBeGreaterThan(0);

    await recorder.detach();
    // The recorder was listening: the app's own page, scripts and workers went through it.
    expect(recorder.cdpCount()).toBeGreaterThan(5);
    // The exchange, report and any other workers were attached (and watched) as well.
    expect(recorder.attachedWorkers().length).toBeGreaterThanOrEqual(2);
    expect(offendingUrls(recorder.requests, appOrigin)).toEqual([]);
    expect(anna.cspViolations).toEqual([]);
    expect(ben.cspViolations).toEqual([]);
    await anna.context.close();
    await ben.context.close();
  });
});
