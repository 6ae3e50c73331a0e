import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ERROR_MESSAGES } from '../../renderer/i18n/errors';
import { launchChromium, newAppPage, type AppPage } from './support/browser';
import {
  captureDownload,
  chooseFile,
  craftBadFiles,
  createCase,
  editCaseText,
  exportFile,
  generateKeys,
  importAndApply,
  importPreview,
  openExchangeTab,
  openImport,
  openScreen,
  press,
  readMemberCard,
  readSyncTables,
  recipientOfCard,
  storedCase,
  tableChecksums,
  tampered,
  truncated,
  type SavedFile,
} from './support/exchange';
import { completeFirstStart } from './support/firstStart';

// Two members' laptops as two browser profiles (Anna and Ben) in real Chromium:
// member cards, a case exported to all members, offline edits on both sides merged
// by exchanging files both ways, a conflict settled in Konflikte that travels on,
// undoing an import, and every kind of bad file refused with the database unchanged.

const SCREENSHOTS = process.env.E2E_SCREENSHOTS ?? 'test-results/exchange';

/** What the app logged as errors, minus the browser's own favicon probe. */
function appErrors(app: AppPage): string[] {
  return app.errors.filter((error) => !/favicon|status of 404/.test(error));
}

function alertWith(scope: Page | Locator, message: string): Locator {
  return scope.getByRole('alert').filter({ hasText: message });
}

async function dismissAlert(page: Page, message: string): Promise<void> {
  const alert = alertWith(page, message);
  await alert.waitFor();
  await press(alert.getByRole('button', { name: 'Hinweis schließen' }), 'Enter');
  await alert.waitFor({ state: 'detached' });
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

describe('Austausch between two laptops in Chromium', () => {
  let browser: Browser;
  let anna: AppPage;
  let ben: AppPage;
  let annaCard = '';
  let benCard = '';
  let code = '';
  let firstFile: SavedFile;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    [anna, ben] = await Promise.all([newAppPage(browser), newAppPage(browser)]);
    await completeFirstStart(anna.page, { name: 'Anna K.', organisation: 'Café Mondial' });
    await completeFirstStart(ben.page, { name: 'Ben M.', organisation: 'Diakonie' });
  });

  afterAll(async () => {
    await anna?.context.close();
    await ben?.context.close();
    await browser?.close();
  });

  test('members create keys and exchange their member cards', async () => {
    annaCard = await generateKeys(anna.page);
    benCard = await generateKeys(ben.page);
    expect(annaCard).toMatch(/^RTCARD1:[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(benCard).not.toBe(annaCard);

    // "Kopieren" puts the card on the clipboard (or, where that is refused, selects it for Ctrl+C).
    await anna.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await press(anna.page.getByRole('button', { name: 'Kopieren' }), 'Enter');
    await anna.page.getByRole('status').filter({ hasText: 'Der Text ist in der Zwischenablage.' }).waitFor();
    expect(await anna.page.evaluate(() => navigator.clipboard.readText())).toBe(annaCard);

    // A card cut off while copying is refused with a clear message, and nobody is added.
    await openExchangeTab(ben.page, 'Mitgliedskarte');
    await ben.page.getByLabel('Text einer Mitgliedskarte').fill(annaCard.slice(0, -12));
    await press(ben.page.getByRole('button', { name: 'Karte übernehmen' }), 'Enter');
    await dismissAlert(ben.page, ERROR_MESSAGES.de['exchange/invalid-card']);

    expect(await readMemberCard(ben.page, annaCard)).toContain('Anna K. ist jetzt als Mitglied bekannt.');
    expect(await readMemberCard(anna.page, benCard)).toContain('Ben M. ist jetzt als Mitglied bekannt.');
    // The card as a file: saved on one laptop, opened on the other; a known member is updated, not added twice.
    await openExchangeTab(ben.page, 'Mitgliedskarte');
    const cardFile = await captureDownload(ben.page, () => press(ben.page.getByRole('button', { name: 'Als Datei speichern' }), 'Enter'));
    expect(cardFile.fileName).toBe('Mitgliedskarte Ben M.json');
    expect(cardFile.bytes.toString('utf8').trim()).toBe(benCard);
    await openExchangeTab(anna.page, 'Mitgliedskarte');
    await chooseFile(anna.page, { name: cardFile.fileName, bytes: cardFile.bytes }, () => press(anna.page.getByRole('button', { name: 'Datei öffnen …' }), 'Enter'));
    await anna.page.getByRole('status').filter({ hasText: 'Die Angaben und Schlüssel von Ben M. wurden aktualisiert.' }).waitFor();
    expect((await readSyncTables(anna.page)).members).toHaveLength(2);

    // Both now encrypt for both.
    await openExchangeTab(anna.page, 'Exportieren');
    const recipients = anna.page.getByRole('list', { name: 'Diese Mitglieder können die Datei öffnen' });
    await expect.poll(async () => (await recipients.getByRole('listitem').allTextContents()).sort()).toEqual(['Anna K. (Sie)', 'Ben M.']);
  });

  test('Anna exports a new case to all members, and Ben reads it in after a preview', async () => {
    code = await createCase(anna.page, 'Wohnungssuche Familie');
    await createCase(anna.page, 'Sprachkurs gesucht');
    await openExchangeTab(anna.page, 'Exportieren');
    const summary = anna.page.getByRole('region', { name: 'Das verlässt dieses Gerät' });

    // Chosen cases: found by code or title, and only they (with what belongs to them) would leave.
    await press(anna.page.getByRole('radio', { name: /Ausgewählte Fälle/ }), 'Space');
    await anna.page.getByRole('searchbox', { name: 'Fälle suchen' }).fill('sprachk');
    const choices = anna.page.getByRole('listbox', { name: 'Fälle zur Auswahl' });
    await expect.poll(() => choices.getByRole('option').allTextContents()).toEqual([expect.stringContaining('Sprachkurs gesucht')]);
    await choices.getByRole('option').first().click();
    await anna.page.getByText('1 Fall ausgewählt').waitFor();
    await summary.getByText('1 ausgewählter Fall').waitFor();
    await expect.poll(() => summary.getByRole('row', { name: /^Fälle/ }).textContent()).toBe('Fälle1');
    await press(anna.page.getByRole('radio', { name: /^Alles/ }), 'Space');
    await summary.getByText('Alle Daten').waitFor();
    await expect.poll(() => summary.getByRole('row', { name: /^Fälle/ }).textContent()).toBe('Fälle2');
    await screenshot(anna.page, 'export-summary');
    firstFile = await exportFile(anna.page);
    expect(firstFile.fileName).toMatch(/^Runder-Tisch-\d{4}-\d{2}-\d{2}-alles\.age$/);
    expect(firstFile.bytes.subarray(0, 21).toString()).toBe('age-encryption.org/v1');

    await openImport(ben.page, { name: firstFile.fileName, bytes: firstFile.bytes });
    const preview = importPreview(ben.page);
    await preview.waitFor();
    await preview.getByText('Signiert von Anna K.').waitFor();
    expect(await preview.getByRole('row', { name: /^Fälle/ }).textContent()).toMatch(/^Fälle2000/);
    await screenshot(ben.page, 'import-preview');
    await press(preview.getByRole('button', { name: 'Übernehmen' }), 'Enter');
    await ben.page.getByRole('status').filter({ hasText: /^Übernommen aus .*: 2 neu/ }).waitFor();

    const annaCase = await storedCase(anna.page, code);
    expect(await storedCase(ben.page, code)).toEqual(annaCase);
  });

  test('offline edits of different fields, then of the same field, merge identically both ways', async () => {
    // Different fields: nothing to decide.
    await editCaseText(anna.page, code, 'Titel', 'Wohnungssuche Familie, Frist läuft');
    await editCaseText(ben.page, code, 'Zusammenfassung', 'Termin beim Wohnungsamt am 12.3.');
    const fromAnna = await exportFile(anna.page);
    const fromBen = await exportFile(ben.page);
    await importAndApply(anna.page, { name: fromBen.fileName, bytes: fromBen.bytes });
    await importAndApply(ben.page, { name: fromAnna.fileName, bytes: fromAnna.bytes });
    expect(await readSyncTables(ben.page)).toEqual(await readSyncTables(anna.page));
    expect(await storedCase(ben.page, code)).toMatchObject({
      title: 'Wohnungssuche Familie, Frist läuft',
      summary: 'Termin beim Wohnungsamt am 12.3.',
      conflicts: {},
    });

    // The same field on both laptops, neither having seen the other's edit.
    await editCaseText(anna.page, code, 'Titel', 'Wohnung gesucht (Anna)');
    await editCaseText(ben.page, code, 'Titel', 'Wohnung gesucht (Ben)');
    const annaFile = await exportFile(anna.page);
    const benFile = await exportFile(ben.page);
    await importAndApply(anna.page, { name: benFile.fileName, bytes: benFile.bytes });
    await importAndApply(ben.page, { name: annaFile.fileName, bytes: annaFile.bytes });
    const annaTables = await readSyncTables(anna.page);
    expect(await readSyncTables(ben.page)).toEqual(annaTables);
    // Ben wrote last, so his title is shown; Anna's is kept as the other version.
    expect(await storedCase(anna.page, code)).toMatchObject({ title: 'Wohnung gesucht (Ben)' });

    for (const side of [anna, ben]) {
      await openExchangeTab(side.page, /^Konflikte \(1\)$/);
      const conflict = side.page.getByRole('list', { name: 'Offene Konflikte' }).getByRole('listitem').first();
      await conflict.getByRole('heading', { name: `Fall ${code} – Wohnung gesucht (Ben)` }).waitFor();
      await conflict.getByText('Feld: Titel').waitFor();
      await conflict.getByRole('button', { name: 'Titel: „Wohnung gesucht (Anna)“ übernehmen' }).waitFor();
      await conflict.getByRole('button', { name: 'Titel: „Wohnung gesucht (Ben)“ übernehmen' }).waitFor();
    }
    await screenshot(anna.page, 'konflikte');
  });

  test('a choice made in Konflikte travels with the next exchange and clears the conflict there too', async () => {
    await openExchangeTab(anna.page, /^Konflikte/);
    await press(anna.page.getByRole('button', { name: 'Titel: „Wohnung gesucht (Anna)“ übernehmen' }), 'Enter');
    await anna.page.getByRole('status').filter({ hasText: 'ist entschieden: „Wohnung gesucht (Anna)“' }).waitFor();
    await anna.page.getByText('Keine Konflikte. Alle Änderungen passen zusammen.').waitFor();
    expect(await storedCase(anna.page, code)).toMatchObject({ title: 'Wohnung gesucht (Anna)', conflicts: {} });

    const settled = await exportFile(anna.page);
    const before = await readSyncTables(ben.page);
    await importAndApply(ben.page, { name: settled.fileName, bytes: settled.bytes });
    await openExchangeTab(ben.page, /^Konflikte$/);
    await ben.page.getByText('Keine Konflikte. Alle Änderungen passen zusammen.').waitFor();
    expect(await readSyncTables(ben.page)).toEqual(await readSyncTables(anna.page));

    // Undo that import on Ben's side: the earlier state is back, conflict included.
    await openExchangeTab(ben.page, 'Einlesen');
    await press(ben.page.getByRole('button', { name: 'Import rückgängig machen' }), 'Enter');
    const confirm = ben.page.getByRole('alertdialog', { name: 'Import rückgängig machen?' });
    await confirm.waitFor();
    await press(confirm.getByRole('button', { name: 'Rückgängig machen' }), 'Enter');
    await confirm.waitFor({ state: 'detached' });
    await ben.page.getByRole('status').filter({ hasText: 'Der Import wurde rückgängig gemacht.' }).waitFor();
    expect(await readSyncTables(ben.page)).toEqual(before);
    expect(await storedCase(ben.page, code)).toMatchObject({ title: 'Wohnung gesucht (Ben)' });
    await openExchangeTab(ben.page, /^Konflikte \(1\)$/);

    // Reading the settled file again brings the choice back.
    await importAndApply(ben.page, { name: settled.fileName, bytes: settled.bytes });
    expect(await readSyncTables(ben.page)).toEqual(await readSyncTables(anna.page));
  });

  test('every bad file is refused with its message and leaves the database unchanged', async () => {
    const messages = ERROR_MESSAGES.de;
    const bad = await craftBadFiles(recipientOfCard(benCard));
    const untouched = await tableChecksums(ben.page);
    const expectUnchanged = async () => expect(await tableChecksums(ben.page)).toEqual(untouched);

    // A passphrase file: the wrong passphrase is said in the prompt, the right one opens it.
    await openExchangeTab(anna.page, 'Exportieren');
    await press(anna.page.getByRole('radio', { name: /Wer die Passphrase kennt/ }), 'Space');
    await anna.page.getByText('Die Passphrase kann nicht wiederhergestellt werden.', { exact: false }).waitFor();
    await anna.page.getByLabel(/^Passphrase\W*$/).fill('Kanu Tulpe Regen Brücke');
    await anna.page.getByLabel('Passphrase wiederholen').fill('Kanu Tulpe Regen Brücke');
    await anna.page.getByText('Stärke: stark').waitFor();
    const withPassphrase = await captureDownload(anna.page, async () => {
      await press(anna.page.getByRole('button', { name: 'Exportieren und speichern' }), 'Enter');
      // scrypt runs in the Worker: the page shows its progress and keeps answering meanwhile.
      await anna.page.getByRole('status').filter({ hasText: 'wird unterschrieben und verschlüsselt' }).waitFor();
      const started = Date.now();
      await anna.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      expect(Date.now() - started).toBeLessThan(250);
    });
    await press(anna.page.getByRole('radio', { name: /Alle aktiven Mitglieder/ }), 'Space');

    await openImport(ben.page, { name: withPassphrase.fileName, bytes: withPassphrase.bytes }, 'Kanu Tulpe Regen Bruecke');
    const prompt = ben.page.getByRole('dialog', { name: 'Passphrase eingeben' });
    await alertWith(prompt, messages['exchange/wrong-key']).waitFor();
    await expectUnchanged();
    await prompt.getByLabel('Passphrase').fill('Kanu Tulpe Regen Brücke');
    await press(prompt.getByRole('button', { name: 'Entschlüsseln' }), 'Enter');
    await importPreview(ben.page).getByText('Signiert von Anna K.').waitFor();
    await press(importPreview(ben.page).getByRole('button', { name: 'Verwerfen' }), 'Enter');
    await expectUnchanged();

    const refused: [string, { name: string; bytes: Uint8Array }, string][] = [
      ['truncated', { name: 'abgeschnitten.age', bytes: truncated(firstFile.bytes) }, messages['exchange/corrupt']],
      ['tampered', { name: 'veraendert.age', bytes: tampered(firstFile.bytes) }, messages['exchange/corrupt']],
      ['not an age file', bad.notAge, messages['exchange/not-age']],
      ['for someone else', bad.forSomeoneElse, messages['exchange/wrong-key']],
      ['newer version', bad.newer, messages['exchange/newer-version']],
      ['schema-invalid', bad.invalid, messages['exchange/invalid-content']],
      ['bad signature', bad.badSignature, messages['exchange/bad-signature']],
    ];
    for (const [what, file, message] of refused) {
      await openImport(ben.page, file);
      await dismissAlert(ben.page, message).catch((thrown: unknown) => {
        throw new Error(`${what}: expected "${message}"`, { cause: thrown });
      });
      expect(await importPreview(ben.page).count(), what).toBe(0);
      await expectUnchanged();
    }

    // A valid signature by someone unknown: a warning, and "Übernehmen" only after an explicit confirmation.
    await openImport(ben.page, bad.unknownSigner);
    const preview = importPreview(ben.page);
    await preview.getByText('Unbekannte Absenderin oder unbekannter Absender').waitFor();
    const apply = preview.getByRole('button', { name: 'Übernehmen' });
    expect(await apply.isDisabled()).toBe(true);
    await press(preview.getByRole('checkbox', { name: /Ich weiß, von wem diese Datei stammt/ }), 'Space');
    expect(await apply.isEnabled()).toBe(true);
    await press(preview.getByRole('button', { name: 'Verwerfen' }), 'Enter');
    await expectUnchanged();

  });

  test('Sicherungen: listed, saved as an encrypted file, read back and restored', async () => {
    const { page } = ben;
    await openExchangeTab(page, 'Sicherungen');
    const table = page.getByRole('table', { name: 'Sicherungen, neueste zuerst' });
    await table.getByRole('cell', { name: /vor dem Import/ }).first().waitFor();
    await table.getByRole('cell', { name: /vor dem Wiederherstellen/ }).first().waitFor();
    const rows = await table.getByRole('row').count();

    // The newest backup is the state before the settled file came in: the conflict still open.
    await press(table.getByRole('button', { name: /als verschlüsselte Datei speichern$/ }).first(), 'Enter');
    const dialog = page.getByRole('dialog', { name: 'Sicherung als Datei speichern' });
    await dialog.getByLabel(/^Passphrase\W*$/).fill('Sicherung im Schrank 2026');
    await dialog.getByLabel('Passphrase wiederholen').fill('Sicherung im Schrank 2026');
    const backup = await captureDownload(page, () => press(dialog.getByRole('button', { name: 'Verschlüsseln und speichern' }), 'Enter'));
    await page.getByRole('status').filter({ hasText: 'Die Sicherung wurde als' }).waitFor();
    expect(backup.bytes.subarray(0, 21).toString()).toBe('age-encryption.org/v1');

    await chooseFile(page, { name: backup.fileName, bytes: backup.bytes }, () => press(page.getByRole('button', { name: 'Sicherungsdatei einlesen …' }), 'Enter'));
    const prompt = page.getByRole('dialog', { name: 'Passphrase eingeben' });
    await prompt.getByLabel('Passphrase').fill('Sicherung im Schrank 2026');
    await press(prompt.getByRole('button', { name: 'Entschlüsseln' }), 'Enter');
    await page.getByRole('status').filter({ hasText: 'steht jetzt in der Liste' }).waitFor();
    await expect.poll(() => table.getByRole('row').count()).toBe(rows + 1);

    await press(table.getByRole('button', { name: /wiederherstellen$/ }).first(), 'Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Sicherung wiederherstellen?' });
    await press(confirm.getByRole('button', { name: 'Wiederherstellen' }), 'Enter');
    await page.getByRole('status').filter({ hasText: /^Die Sicherung vom .* ist wiederhergestellt\.$/ }).waitFor();
    expect(await storedCase(page, code)).toMatchObject({ title: 'Wohnung gesucht (Ben)' });
    await openExchangeTab(page, /^Konflikte \(1\)$/);
  });

  test('the Austausch screen speaks English too', async () => {
    const { page } = anna;
    await press(page.getByRole('banner').getByRole('radio', { name: 'English' }), 'Space');
    await openScreen(page, 'Exchange');
    for (const tab of ['Member card', 'Export', 'Import', 'Conflicts', 'Backups']) await page.getByRole('tab', { name: tab }).waitFor();
    await page.getByRole('tab', { name: 'Export' }).click();
    await page.getByRole('region', { name: 'This leaves the device' }).getByRole('row', { name: /^Cases/ }).waitFor();

    for (const side of [anna, ben]) {
      expect(side.cspViolations).toEqual([]);
      expect(appErrors(side)).toEqual([]);
    }
  });
});
