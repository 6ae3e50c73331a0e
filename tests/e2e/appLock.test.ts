import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { launchPersistent, openAppPage } from './support/browser';
import { expectNoSeriousA11yViolations } from './support/axe';
import { scanIndexedDb } from './support/diskScan';
import { decryptExchange } from '../../shared/exchange';
import { exportFile, generateKeys, openExchangeTab, openScreen } from './support/exchange';
import { completeFirstStart } from './support/firstStart';

// A stolen laptop reveals nothing: with an app passphrase, texts written through the UI
// are not on disk in any readable form. Chromium's real profile folder is read file by
// file after the browser closed. A control profile without a passphrase proves that the
// same scan does find the texts when they are stored in the clear.

const PASSPHRASE = 'Fähre nach Meersburg um acht';
const FILE_PASSPHRASE = 'Seehas Mainau Bodensee Radweg';
const TEXTS = {
  summary: 'Sucht dringend eine größere Wohnung nahe der Fähre',
  note: 'Besichtigungstermin beim Wohnungsamt vereinbart, Unterlagen vollständig',
  details: 'Mietbescheinigung beim Vermieter anfordern und kopieren',
  minutes: 'Protokollnotiz Quittengelee Kanalstraße vertraulich',
} as const;

const profiles: string[] = [];
const contexts: BrowserContext[] = [];

function newProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'rt-lock-'));
  profiles.push(profile);
  return profile;
}

async function open(profile: string, options: { fakeClock?: boolean } = {}) {
  const context = await launchPersistent(profile);
  contexts.push(context);
  if (options.fakeClock) await context.clock.install();
  return { context, app: await openAppPage(context) };
}

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
});

async function press(locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await locator.press(key);
}

async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await press(select, 'Enter');
  const item = page.getByRole('option', { name: option, exact: true });
  await item.waitFor();
  await item.focus();
  await item.press('Enter');
  await expect.poll(() => select.textContent()).toContain(option);
}

async function writeCaseWithNote(page: Page): Promise<void> {
  await openScreen(page, 'Fälle');
  await press(page.getByRole('button', { name: 'Neuer Fall' }), 'Enter');
  const dialog = page.getByRole('dialog', { name: 'Neuer Fall' });
  await dialog.waitFor();
  await dialog.getByRole('textbox', { name: 'Titel', exact: true }).fill('Wohnung');
  await press(dialog.getByRole('checkbox', { name: 'Wohnen' }), 'Space');
  await dialog.getByRole('textbox', { name: 'Zusammenfassung' }).fill(TEXTS.summary);
  await press(dialog.getByRole('button', { name: 'Fall anlegen' }), 'Enter');
  await dialog.waitFor({ state: 'detached' });
  const timeline = page.getByRole('region', { name: 'Verlauf' });
  await timeline.getByRole('textbox', { name: 'Notiz', exact: true }).fill(TEXTS.note);
  await press(timeline.getByRole('button', { name: 'Notiz hinzufügen' }), 'Enter');
  await timeline.getByRole('listitem').filter({ hasText: TEXTS.note }).waitFor();
}

async function writeFollowUp(page: Page): Promise<void> {
  await openScreen(page, 'Aufgaben');
  await press(page.getByRole('button', { name: 'Neue Aufgabe' }), 'Enter');
  const dialog = page.getByRole('dialog', { name: 'Neue Aufgabe' });
  await dialog.waitFor();
  await dialog.getByLabel('Was ist zu tun?').fill('Mietbescheinigung');
  await dialog.getByRole('textbox', { name: 'Details' }).fill(TEXTS.details);
  await press(dialog.getByRole('button', { name: 'Aufgabe anlegen' }), 'Enter');
  await dialog.waitFor({ state: 'detached' });
}

async function writeMinutes(page: Page, me: string): Promise<void> {
  await openScreen(page, 'Sitzungen');
  await press(page.getByRole('button', { name: 'Neue Sitzung' }), 'Enter');
  const dialog = page.getByRole('dialog', { name: 'Neue Sitzung' });
  await dialog.waitFor();
  await dialog.getByLabel('Ort').fill('Rathaus');
  await choose(page, dialog.getByRole('button', { name: /Protokoll$/ }), me);
  await press(dialog.getByRole('button', { name: 'Sitzung anlegen' }), 'Enter');
  await dialog.waitFor({ state: 'detached' });
  await press(page.getByRole('button', { name: 'Sitzungsmodus starten' }), 'Enter');
  const session = page.getByRole('dialog', { name: 'Sitzungsmodus' });
  await session.waitFor();
  await press(session.getByRole('button', { name: 'Sitzung beenden' }).last(), 'Enter');
  await session.waitFor({ state: 'detached' });
  await press(page.getByRole('button', { name: 'Protokoll aus der Sitzung erzeugen' }), 'Enter');
  const minutes = page.getByRole('textbox', { name: 'Text des Protokolls' });
  await minutes.waitFor();
  await minutes.fill(`${await minutes.inputValue()}\n${TEXTS.minutes}\n`);
  await press(page.getByRole('button', { name: 'Entwurf speichern' }), 'Enter');
  await page.getByText('Entwurf gespeichert.').waitFor();
}

const lockHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Runder Tisch ist gesperrt' });

async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('App-Passphrase').fill(passphrase);
  await press(page.getByRole('button', { name: 'Entsperren' }), 'Enter');
}

describe('app passphrase in Chromium', () => {
  test('control: without a passphrase the disk scan finds the texts', async () => {
    const profile = newProfile();
    const { context, app } = await open(profile);
    await completeFirstStart(app.page, { name: 'Kim L.' });
    await writeCaseWithNote(app.page);
    await context.close();
    const scan = scanIndexedDb(profile, [TEXTS.summary, TEXTS.note]);
    expect(scan.filesRead).toBeGreaterThan(0);
    expect(Object.keys(scan.found)).toEqual([TEXTS.summary, TEXTS.note]);
    expect(app.errors).toEqual([]);
  });

  const profile = newProfile();

  test('with a passphrase, none of the texts written through the UI is on disk', async () => {
    const { context, app } = await open(profile);
    await completeFirstStart(app.page, { name: 'Aylin D.', passphrase: PASSPHRASE });
    await writeCaseWithNote(app.page);
    await writeFollowUp(app.page);
    await writeMinutes(app.page, 'Aylin D.');
    await context.close();
    // The follow-up's title is not free text and stays plain: the scan does reach the records.
    const scan = scanIndexedDb(profile, [...Object.values(TEXTS), 'Mietbescheinigung']);
    expect(scan.filesRead).toBeGreaterThan(0);
    expect(Object.keys(scan.found)).toEqual(['Mietbescheinigung']);
    expect(app.errors).toEqual([]);
  });

  test('unlocked, an export of everything carries the texts in plain words; locked, nothing can be exported', async () => {
    const { context, app } = await open(profile);
    const { page } = app;
    await lockHeading(page).waitFor();
    await unlock(page, PASSPHRASE);
    await generateKeys(page);
    await openExchangeTab(page, 'Exportieren');
    await press(page.getByRole('radio', { name: /Wer die Passphrase kennt/ }), 'Space');
    await page.getByLabel(/^Passphrase\W*$/).fill(FILE_PASSPHRASE);
    await page.getByLabel('Passphrase wiederholen').fill(FILE_PASSPHRASE);
    // The exchange Worker reads the database itself, with the data key handed over by the UI thread.
    const saved = await exportFile(page);
    const plaintext = decryptExchange(saved.bytes, { passphrase: FILE_PASSPHRASE });
    const text = await plaintext.then((result) => (result.ok ? new TextDecoder().decode(result.data) : `${result.error.code}`));
    for (const written of Object.values(TEXTS)) expect(text).toContain(written);
    expect(text).not.toContain('"rtEnc"');
    await press(page.getByRole('button', { name: 'Sperren', exact: true }), 'Enter');
    await lockHeading(page).waitFor();
    expect(await page.getByRole('button', { name: 'Exportieren und speichern' }).count()).toBe(0);
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test('reopened it is locked; a wrong passphrase is refused, the right one opens it, search finds a note, inactivity locks it again', async () => {
    const { app } = await open(profile, { fakeClock: true });
    const { page } = app;
    await lockHeading(page).waitFor();
    await page.getByText('Eine vergessene Passphrase lässt sich nicht wiederherstellen').waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);

    await unlock(page, 'Fähre nach Friedrichshafen');
    await page.getByText('Die Passphrase stimmt nicht.').waitFor();
    await lockHeading(page).waitFor();
    await expectNoSeriousA11yViolations(page, 'Sperrbildschirm mit Fehlermeldung');

    await unlock(page, PASSPHRASE);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    await openScreen(page, 'Fälle');
    await page.getByRole('searchbox', { name: 'Suche' }).fill('besichtigungstermin');
    await page.getByRole('grid', { name: 'Fälle' }).getByRole('row').filter({ hasText: 'Wohnung' }).waitFor();

    // Ten minutes without input: the app locks, and no text of it stays on the page.
    await page.clock.runFor(10 * 60_000 + 5_000);
    await lockHeading(page).waitFor();
    expect(await page.content()).not.toContain('Wohnung');

    // "Sperren" locks on demand.
    await unlock(page, PASSPHRASE);
    await press(page.getByRole('button', { name: 'Sperren', exact: true }), 'Enter');
    await lockHeading(page).waitFor();
    // Locking dropped the search index with the note texts; after unlocking it is built again.
    await unlock(page, PASSPHRASE);
    await openScreen(page, 'Fälle');
    await page.getByRole('searchbox', { name: 'Suche' }).fill('besichtigungstermin');
    await page.getByRole('grid', { name: 'Fälle' }).getByRole('row').filter({ hasText: 'Wohnung' }).waitFor();
    expect(app.errors).toEqual([]);
  });
});
