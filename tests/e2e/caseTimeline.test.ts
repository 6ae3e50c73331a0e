import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, newAppPage, type AppPage } from './support/browser';
import { completeFirstStart } from './support/firstStart';
import { openScreen } from './support/exchange';

// A volunteer's case from start to GDPR erasure, in real Chromium against the built
// app: create it, write two notes and correct one, change its status, find it by
// filter and by a word from a note, put it in the recycle bin, undo, put it there
// again, erase it for good, and check that IndexedDB keeps only tombstones.

const TITLE = 'Wohnungssuche nach Auszug';
const NOTE_ONE = 'Besichtigung in der Altstadt am Montag.';
const NOTE_TWO = 'Vermieter verlangt eine Kaution von drei Monatsmieten.';
const NOTE_TWO_CORRECTED = 'Vermieter verlangt eine Kaution von zwei Monatsmieten.';
const SECRET_WORDS = ['Wohnungssuche', 'Besichtigung', 'Altstadt', 'Vermieter', 'Kaution', 'Monatsmieten', 'Familie'];

interface StoredRecord {
  id: string;
  deleted: string | null;
  [field: string]: unknown;
}

/** Every record of the synchronised stores, straight from the page's IndexedDB. */
function readStores(page: Page): Promise<Record<string, StoredRecord[]>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('runder-tisch');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const names = ['cases', 'caseNotes', 'history', 'followUps'];
          const tx = database.transaction(names, 'readonly');
          const reads = names.map((name) => tx.objectStore(name).getAll());
          tx.oncomplete = () => {
            database.close();
            resolve(Object.fromEntries(names.map((name, i) => [name, reads[i]?.result ?? []])));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function press(locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await locator.press(key);
}


/** Picks an option of a react-aria Select by keyboard: open with Enter, choose by its name. */
async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await press(select, 'Enter');
  const item = page.getByRole('option', { name: option, exact: true });
  await item.waitFor();
  await item.focus();
  await item.press('Enter');
  await expect.poll(() => select.textContent()).toContain(option);
}

/** Picks an option of a native drop-down (the case form's) by keyboard: arrow down until it is chosen. */
async function chooseNative(page: Page, select: Locator, option: string): Promise<void> {
  await select.focus();
  const chosen = () => select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.text);
  for (let step = await select.locator('option').count(); step > 0 && (await chosen()) !== option; step--) await page.keyboard.press('ArrowDown');
  expect(await chosen()).toBe(option);
}

async function createCase(page: Page, title: string, topic: string, summary: string): Promise<string> {
  await press(page.getByRole('button', { name: 'Neuer Fall' }), 'Enter');
  const dialog = page.getByRole('dialog', { name: 'Neuer Fall' });
  await dialog.waitFor();
  const code = await dialog.getByRole('textbox', { name: 'Kürzel' }).inputValue();
  await dialog.getByRole('textbox', { name: 'Titel', exact: true }).fill(title);
  await press(dialog.getByRole('checkbox', { name: topic }), 'Space');
  await dialog.getByRole('textbox', { name: 'Zusammenfassung' }).fill(summary);
  await press(dialog.getByRole('button', { name: 'Fall anlegen' }), 'Enter');
  await dialog.waitFor({ state: 'detached' });
  return code;
}

async function addNote(page: Page, text: string): Promise<void> {
  const timeline = page.getByRole('region', { name: 'Verlauf' });
  await timeline.getByRole('textbox', { name: 'Notiz', exact: true }).fill(text);
  await press(timeline.getByRole('button', { name: 'Notiz hinzufügen' }), 'Enter');
  await timeline.getByRole('listitem').filter({ hasText: text }).waitFor();
}

function rowOf(page: Page, code: string): Locator {
  return page.getByRole('grid', { name: 'Fälle' }).getByRole('row').filter({ hasText: code });
}

describe('a case with its Verlauf in Chromium', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await newAppPage(browser);
  });

  afterAll(async () => {
    await app?.context.close();
    await browser?.close();
  });

  test('notes, correction, status, filter and search, recycle bin with undo, erasure to tombstones', async () => {
    const { page } = app;
    await completeFirstStart(page, { name: 'Anna K.' });
    await openScreen(page, 'Fälle');

    // A new case opens on its own page, with the focus on its heading.
    const code = await createCase(page, TITLE, 'Wohnen', 'Familie mit zwei Kindern sucht eine größere Wohnung.');
    const heading = page.getByRole('heading', { level: 2, name: new RegExp(`${code}.*${TITLE}`) });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);

    // Two notes, written by the member this device speaks for, newest first.
    const timeline = page.getByRole('region', { name: 'Verlauf' });
    await timeline.getByText('Verfasst von: Anna K.').waitFor();
    await addNote(page, NOTE_ONE);
    await addNote(page, NOTE_TWO);
    const entries = timeline.getByRole('list', { name: /Einträge im Verlauf/ }).getByRole('listitem');
    expect(await entries.nth(0).textContent()).toContain(NOTE_TWO);
    expect(await entries.nth(1).textContent()).toContain(NOTE_ONE);
    expect(await entries.nth(0).textContent()).toContain('von Anna K.');

    // The author corrects the second note; the earlier wording stays in its history.
    const second = entries.filter({ hasText: 'Kaution' });
    await press(second.getByRole('button', { name: /korrigieren$/ }), 'Enter');
    const correction = second.getByRole('textbox', { name: 'Korrigierter Text' });
    await expect.poll(() => correction.evaluate((input) => input === document.activeElement)).toBe(true);
    await correction.fill(NOTE_TWO_CORRECTED);
    await press(second.getByRole('button', { name: 'Korrektur speichern' }), 'Enter');
    await second.getByText(NOTE_TWO_CORRECTED).waitFor();
    await second.getByText('korrigiert', { exact: true }).waitFor();
    const earlier = second.getByText('Frühere Fassung (1)');
    expect(await second.getByText(NOTE_TWO).isVisible()).toBe(false);
    await press(earlier, 'Enter');
    await second.getByText(NOTE_TWO).waitFor();

    // A status change is saved in place and appears in the Verlauf by itself.
    const details = page.getByRole('region', { name: 'Angaben zum Fall' });
    await chooseNative(page, details.getByRole('combobox', { name: 'Status', exact: true }), 'wartet auf Dritte');
    await press(details.getByRole('button', { name: 'Änderungen speichern' }), 'Enter');
    await details.getByText('Gespeichert.').waitFor();
    await timeline.getByText('Status: neu → wartet auf Dritte').waitFor();

    // The coarse attributes, by keyboard: a household size beyond 30 is brought into range on leaving the field.
    await chooseNative(page, details.getByRole('combobox', { name: 'Altersgruppe' }), '27–45 Jahre');
    const household = details.getByRole('spinbutton', { name: 'Haushaltsgröße (Personen)' });
    await household.focus();
    await page.keyboard.type('45');
    await page.keyboard.press('Tab');
    await expect.poll(() => household.inputValue()).toBe('30');
    await household.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => household.inputValue()).toBe('29');
    await press(details.getByRole('button', { name: 'Änderungen speichern' }), 'Enter');
    await details.getByText('Gespeichert.').waitFor();
    // Stored: the case's page, opened again from the list, shows them.
    await press(page.getByRole('button', { name: 'Zur Fallliste' }), 'Enter');
    await press(rowOf(page, code), 'Enter');
    await page.getByRole('heading', { level: 2, name: new RegExp(code) }).waitFor();
    const ageBand = details.getByRole('combobox', { name: 'Altersgruppe' });
    await expect.poll(() => ageBand.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)).toBe('27–45 Jahre');
    expect(await details.getByRole('spinbutton', { name: 'Haushaltsgröße (Personen)' }).inputValue()).toBe('29');

    // A second case, so the filters have something to leave out.
    await press(page.getByRole('button', { name: 'Zur Fallliste' }), 'Enter');
    const otherCode = await createCase(page, 'Sprachkurs gesucht', 'Sprache', 'Deutschkurs für Erwachsene.');
    await page.getByRole('heading', { level: 2, name: new RegExp(otherCode) }).waitFor();
    await press(page.getByRole('button', { name: 'Zur Fallliste' }), 'Enter');
    await page.getByText('2 Fälle', { exact: true }).waitFor();

    // Filter by status, then search by a word that only a note contains.
    await choose(page, page.getByRole('search').getByRole('button', { name: /Status/ }), 'wartet auf Dritte');
    await page.getByText('1 von 2 Fällen').waitFor();
    await rowOf(page, code).waitFor();
    expect(await rowOf(page, otherCode).count()).toBe(0);
    await press(page.getByRole('button', { name: 'Filter zurücksetzen' }), 'Enter');
    await page.getByText('2 Fälle', { exact: true }).waitFor();
    await page.getByRole('searchbox', { name: 'Suche' }).fill('altstadt');
    await page.getByText('1 von 2 Fällen').waitFor();
    await rowOf(page, code).waitFor();
    expect(await rowOf(page, otherCode).count()).toBe(0);
    expect(await page.getByRole('grid', { name: 'Fälle' }).getAttribute('aria-rowcount')).toBe('2');

    // Into the recycle bin from the list by keyboard (row, right arrow, Enter), then undo.
    const row = rowOf(page, code);
    await row.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Fall ${code} in den Papierkorb legen`);
    await page.keyboard.press('Enter');
    const notice = page.getByRole('status').filter({ hasText: 'liegt im Papierkorb' });
    await notice.waitFor();
    const undo = page.getByRole('button', { name: 'Rückgängig' });
    await expect.poll(() => undo.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.getByRole('heading', { name: 'Kein Fall passt zu Suche und Filtern' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `Fall ${code} ist wiederhergestellt.` }).waitFor();
    await row.waitFor();

    // Again into the bin, this time from the case's page; then erased for good from the Papierkorb.
    await press(row, 'Enter');
    await heading.waitFor();
    await press(page.getByRole('button', { name: 'In den Papierkorb', exact: true }), 'Enter');
    await notice.waitFor();
    await press(page.getByRole('button', { name: /^Papierkorb/ }), 'Enter');
    await page.getByRole('heading', { level: 2, name: 'Papierkorb' }).waitFor();
    await press(page.getByRole('button', { name: `Fall ${code} endgültig löschen` }), 'Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Fall endgültig löschen?' });
    await confirm.waitFor();
    expect(await confirm.getByRole('button', { name: 'Abbrechen' }).evaluate((b) => b === document.activeElement)).toBe(true);
    await press(confirm.getByRole('button', { name: 'Endgültig löschen' }), 'Enter');
    await confirm.waitFor({ state: 'detached' });
    await page.getByText('Der Papierkorb ist leer.').waitFor();

    // IndexedDB keeps tombstones only: no title, no note, no status or history text of the case.
    const stores = await readStores(page);
    const erasedCase = stores.cases?.find((c) => c.id !== undefined && c.code !== otherCode);
    expect(erasedCase?.deleted).toBeTruthy();
    expect(erasedCase?.code).not.toBe(code);
    expect(erasedCase?.summary).toBe('');
    const caseId = erasedCase?.id;
    const notes = (stores.caseNotes ?? []).filter((n) => n.caseId === caseId);
    expect(notes).toHaveLength(2);
    for (const n of notes) expect(n).toMatchObject({ revisions: [], authorId: null });
    const history = (stores.history ?? []).filter((e) => e.entityId === caseId);
    expect(history.length).toBeGreaterThanOrEqual(4);
    for (const record of [...notes, ...history]) expect(record.deleted).toBeTruthy();
    for (const e of history) expect(e).toMatchObject({ from: null, to: null, reason: '', memberId: null });
    const everything = JSON.stringify(stores);
    for (const word of SECRET_WORDS) expect(everything).not.toContain(word);
    expect(everything).toContain('Sprachkurs gesucht');

    expect(app.cspViolations).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
