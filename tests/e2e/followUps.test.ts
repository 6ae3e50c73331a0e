import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openAppPage, type AppPage } from './support/browser';
import { completeFirstStart } from './support/firstStart';
import { openScreen } from './support/exchange';

// A new volunteer's first weeks, in real Chromium against the built app, with the
// page's clock under the test's control: first start, a case, two follow-ups, one
// done, then days pass and the other turns gelb and rot — in the list, in the
// navigation's badge, on the Übersicht and in the printed Ampelliste.

const DAY_MS = 24 * 60 * 60 * 1000;
// Monday, 2 March 2026, 9:00 in Konstanz.
const START = new Date('2026-03-02T09:00:00+01:00');
const OPEN_TASK = 'Bescheid beim Sozialamt anfordern';
const DONE_TASK = 'Wohnungsangebote sammeln';

async function press(locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await locator.press(key);
}


/** Creates a follow-up for the case through the form, typing the due date (dd.mm.yyyy) by keyboard. */
async function createFollowUp(page: Page, title: string, caseCode: string, dueDigits: string): Promise<void> {
  await press(page.getByRole('button', { name: 'Neue Aufgabe' }), 'Enter');
  const dialog = page.getByRole('dialog', { name: 'Neue Aufgabe' });
  await dialog.waitFor();
  await dialog.getByLabel('Was ist zu tun?').fill(title);
  await press(dialog.getByRole('button', { name: /Fall$/ }), 'Enter');
  await page.getByRole('option', { name: new RegExp(caseCode) }).click();
  await expect.poll(() => dialog.getByRole('button', { name: /Fall$/ }).textContent()).toContain(caseCode);
  // The owner defaults to the member this device speaks for.
  expect(await dialog.getByRole('button', { name: /Zuständig$/ }).textContent()).toContain('Anna K.');
  // No meeting is planned yet, so there is no suggested due date.
  await dialog.getByText('Noch keine Sitzung geplant').waitFor();
  await dialog.getByRole('group', { name: 'Fällig am' }).getByRole('spinbutton').first().focus();
  await page.keyboard.type(dueDigits);
  await press(dialog.getByRole('button', { name: 'Aufgabe anlegen' }), 'Enter');
  await dialog.waitFor({ state: 'detached' });
}

/** Which light word (grün, gelb, rot) a follow-up's card shows; colour alone would not count. */
/** Fälle with the filter "hat überfällige Aufgaben" on: the codes of the cases listed ([] when none passes); the filter is switched off again. */
async function casesWithOverdueFollowUps(page: Page): Promise<string[]> {
  await openScreen(page, 'Fälle');
  // Fälle may still show the case's own page, opened when the case was created.
  const back = page.getByRole('button', { name: 'Zur Fallliste' });
  const filter = page.getByRole('checkbox', { name: 'hat überfällige Aufgaben' });
  await back.or(filter).first().waitFor();
  if ((await back.count()) > 0) await press(back, 'Enter');
  await press(filter, 'Space');
  const grid = page.getByRole('grid');
  const none = page.getByRole('heading', { name: 'Kein Fall passt zu Suche und Filtern' });
  await grid.or(none).first().waitFor();
  const codes = (await none.count()) > 0 ? [] : (await grid.locator('.case-code').allTextContents()).map((text) => text.trim());
  await press(filter, 'Space');
  return codes;
}

async function lightOf(page: Page, title: string): Promise<string[]> {
  const card = page.getByRole('article', { name: title });
  const shown: string[] = [];
  for (const word of ['grün', 'gelb', 'rot']) if (await card.getByText(word, { exact: true }).isVisible()) shown.push(word);
  return shown;
}

describe('Aufgaben with their Ampel in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'de-DE' });
    await context.clock.install({ time: START });
    // In web mode "drucken / als PDF" opens the browser's print dialog; record the call instead.
    await context.addInitScript(() => {
      const calls: string[] = [];
      Object.defineProperty(window, '__printCalls', { value: calls });
      window.print = () => {
        calls.push(new Date().toISOString());
      };
    });
    app = await openAppPage(context);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test('first start, a case, two follow-ups; one done, the other turns gelb and then rot', async () => {
    const { page } = app;

    // The first start comes instead of the app, with the focus on its heading.
    const welcome = page.getByRole('heading', { level: 1, name: 'Willkommen beim Runden Tisch' });
    await welcome.waitFor();
    expect(await welcome.evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await page.getByRole('button', { name: 'Demodaten laden' }).isDisabled()).toBe(false);
    expect(await page.getByRole('button', { name: 'Datei vom Moderator importieren' }).isDisabled()).toBe(false);
    await completeFirstStart(page, { name: 'Anna K.', organisation: 'Caritas' });
    expect(await page.getByRole('heading', { level: 1 }).evaluate((h) => h === document.activeElement)).toBe(true);

    // A case, through the cases screen.
    const code = 'RT-2026-001';
    await openScreen(page, 'Fälle');
    await press(page.getByRole('button', { name: 'Neuer Fall' }), 'Enter');
    const caseDialog = page.getByRole('dialog', { name: 'Neuer Fall' });
    await caseDialog.waitFor();
    expect(await caseDialog.getByLabel('Kürzel').inputValue()).toBe(code);
    await caseDialog.getByLabel('Titel').fill('Wohnungssuche nach Auszug');
    await press(caseDialog.getByRole('checkbox', { name: 'Wohnen' }), 'Space');
    await press(caseDialog.getByRole('button', { name: 'Fall anlegen' }), 'Enter');
    await caseDialog.waitFor({ state: 'detached' });

    // Two follow-ups for it, due on 20 and 13 March: both grün today (2 March).
    await openScreen(page, 'Aufgaben');
    await page.getByText('Sie haben gerade keine offenen Aufgaben.').waitFor();
    await createFollowUp(page, OPEN_TASK, code, '20032026');
    await createFollowUp(page, DONE_TASK, code, '13032026');
    // The cards render after a live query; poll until both show their light.
    await expect.poll(() => lightOf(page, OPEN_TASK)).toEqual(['grün']);
    await expect.poll(() => lightOf(page, DONE_TASK)).toEqual(['grün']);
    const openCard = page.getByRole('article', { name: OPEN_TASK });
    expect(await openCard.textContent()).toContain('20.03.2026');
    expect(await openCard.textContent()).toContain(code);

    // One is done, with a completion note.
    await press(page.getByRole('button', { name: `Aufgabe „${DONE_TASK}“ als erledigt melden` }), 'Enter');
    const doneDialog = page.getByRole('dialog', { name: DONE_TASK });
    await doneDialog.waitFor();
    await doneDialog.getByLabel('Abschlussnotiz').fill('Drei Angebote liegen vor.');
    await press(doneDialog.getByRole('button', { name: 'Als erledigt markieren' }), 'Enter');
    await doneDialog.waitFor({ state: 'detached' });
    await page.getByRole('article', { name: DONE_TASK }).waitFor({ state: 'detached' });
    await page.getByText('1 Ihrer Aufgaben ist erledigt').waitFor();

    // Twelve days later (14 March) the open one is due within 7 days: gelb, and says why.
    await page.clock.fastForward(12 * DAY_MS);
    await expect.poll(() => lightOf(page, OPEN_TASK)).toEqual(['gelb']);
    expect(await openCard.textContent()).toContain('Frist naht');
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(await nav.getByRole('button', { name: 'Aufgaben 1 überfällig' }).count()).toBe(0);
    // Not overdue yet: the case list's filter lets no case through.
    expect(await casesWithOverdueFollowUps(page)).toEqual([]);
    await openScreen(page, 'Aufgaben');

    // A week later (21 March) it is overdue: rot, and the navigation says so.
    await page.clock.fastForward(7 * DAY_MS);
    await expect.poll(() => lightOf(page, OPEN_TASK)).toEqual(['rot']);
    expect(await openCard.textContent()).toContain('überfällig');
    const badge = nav.getByRole('button', { name: 'Aufgaben 1 überfällig' });
    await badge.waitFor();
    expect(await badge.textContent()).toContain('1');
    // Now the case list's filter finds its case.
    expect(await casesWithOverdueFollowUps(page)).toEqual([code]);
    await openScreen(page, 'Aufgaben');

    // "Alle" groups by colour; the done one is folded away.
    await press(page.getByRole('tab', { name: 'Alle' }), 'Enter');
    await page.getByRole('heading', { name: 'Rot (1)' }).waitFor();
    await page.getByRole('heading', { name: 'Gelb (0)' }).waitFor();
    const doneToggle = page.getByRole('button', { name: 'Erledigt (1)' });
    expect(await doneToggle.getAttribute('aria-expanded')).toBe('false');

    // The Übersicht shows it too, and its count leads into the list.
    await openScreen(page, 'Übersicht');
    const overview = page.getByRole('region', { name: 'Aufgaben nach Ampel' });
    await overview.getByText('1 Aufgabe ist überfällig.').waitFor();
    const redCount = overview.getByRole('button', { name: '1 rot' });
    await redCount.waitFor();
    expect(await overview.getByRole('button', { name: '0 gelb' }).count()).toBe(1);
    expect(await overview.getByRole('button', { name: '1 grün' }).count()).toBe(0);
    await page.getByRole('region', { name: 'Nächste Sitzung' }).getByText('Noch keine Sitzung geplant.').waitFor();
    await page.getByRole('region', { name: 'Letzter Austausch' }).getByText('Noch kein Austausch').waitFor();
    await page.getByRole('region', { name: 'Fälle ohne Zuständige' }).getByText(code).waitFor();
    await press(redCount, 'Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Aufgaben');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Rot (1)');

    // The Ampelliste: every follow-up by colour with its history, ready to print.
    await press(page.getByRole('tab', { name: 'Ampelliste' }), 'Enter');
    const list = page.getByRole('article', { name: 'Ampelliste – Runder Tisch' });
    await list.waitFor();
    const text = (await list.textContent()) ?? '';
    expect(text).toContain('Stand: 21.03.2026');
    expect(text).toMatch(/Rot \(1\).*Bescheid beim Sozialamt anfordern.*Erledigt \(1\).*Wohnungsangebote sammeln/s);
    const openEntry = list.getByRole('article', { name: OPEN_TASK });
    const openHistory = (await openEntry.textContent()) ?? '';
    expect(openHistory).toContain('Angelegt (Status: offen)');
    expect(openHistory).toContain('Anna K.');
    expect(openHistory).toMatch(/13\.03\.2026.*automatisch.*Ampel wechselt auf.*gelb/s);
    expect(openHistory).toMatch(/21\.03\.2026.*automatisch.*Ampel wechselt auf.*rot/s);
    const doneHistory = (await list.getByRole('article', { name: DONE_TASK }).textContent()) ?? '';
    expect(doneHistory).toContain('Status: offen → erledigt');
    expect(doneHistory).toContain('Grund: Drei Angebote liegen vor.');

    await press(page.getByRole('button', { name: 'Ampelliste drucken / als PDF' }), 'Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printCalls: string[] }).__printCalls.length)).toBe(1);

    // On paper only the document remains: no navigation, no buttons, no tabs.
    await page.emulateMedia({ media: 'print' });
    expect(await nav.isVisible()).toBe(false);
    expect(await page.getByRole('tablist').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Ampelliste drucken / als PDF' }).isVisible()).toBe(false);
    expect(await list.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    expect(app.cspViolations).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
