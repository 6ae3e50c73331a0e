import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { formatHlc } from '../../../shared/clock/hlc';
import { buildEnvelope, createMemberKeys, encryptExchange, parseMemberCard, sealExchange, signAndSerialise, type UnsignedEnvelope } from '../../../shared/exchange';
import { utf8 } from '../../../shared/exchange/encoding';
import { canonicalJson } from '../../../shared/merge/canonical';
import { emptyCaseContent } from '../../../shared/model/case';
import { newId } from '../../../shared/model/ids';
import { unpackRecordClock } from '../../../renderer/db/packedClock';
import { stampNew } from '../../../shared/model/stamp';

/**
 * Helpers for the exchange e2e: moving around the Austausch screen by role and
 * label, capturing exported files (downloads in web mode) and handing files to the
 * app's file input, and reading the page's IndexedDB behind the app's back.
 */

/** The tables that travel in exchange files; settings and snapshots are local to a device. */
export const SYNC_TABLES = ['cases', 'caseNotes', 'meetings', 'agendaItems', 'followUps', 'members', 'concerns', 'history'] as const;

export type TableDump = Record<string, unknown[]>;

/** Moves keyboard focus to an element and presses a key there, as a keyboard user would. */
export async function press(locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await locator.press(key);
}

/** Opens a screen from the main navigation and waits for its heading. */
export async function openScreen(page: Page, name: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  // A page that moves focus to its own heading right after a save can swallow the key
  // press on a loaded machine; press again then, as a person would (at most three times).
  for (let attempt = 1; attempt <= 3; attempt++) {
    await press(page.getByRole('navigation').getByRole('button', { name }), 'Enter');
    const shown = await expect
      .poll(() => heading.textContent(), { timeout: 3000 })
      .toBe(name)
      .then(() => true)
      .catch(() => false);
    if (shown) return;
  }
  await expect.poll(() => heading.textContent()).toBe(name);
}

/** Opens the Austausch screen on one of its tabs (by the tab's visible name, e.g. 'Exportieren'). */
export async function openExchangeTab(page: Page, tab: string | RegExp): Promise<void> {
  if ((await page.getByRole('heading', { level: 1 }).textContent()) !== 'Austausch') await openScreen(page, 'Austausch');
  const tabButton = page.getByRole('tab', { name: tab });
  await tabButton.click();
  await expect.poll(() => tabButton.getAttribute('aria-selected')).toBe('true');
}

/** Generates this member's keys on the Mitgliedskarte tab and returns the card text shown. */
export async function generateKeys(page: Page): Promise<string> {
  await openExchangeTab(page, 'Mitgliedskarte');
  await press(page.getByRole('button', { name: 'Schlüssel erzeugen' }), 'Enter');
  const card = page.getByLabel('Text Ihrer Mitgliedskarte');
  await card.waitFor();
  return card.inputValue();
}

/** Pastes another member's card text and waits for the confirmation. */
export async function readMemberCard(page: Page, cardText: string): Promise<string> {
  await openExchangeTab(page, 'Mitgliedskarte');
  await page.getByLabel('Text einer Mitgliedskarte').fill(cardText);
  await press(page.getByRole('button', { name: 'Karte übernehmen' }), 'Enter');
  const notice = page.getByRole('status').filter({ hasText: /als Mitglied bekannt|wurden aktualisiert/ });
  await notice.waitFor();
  return (await notice.textContent()) ?? '';
}

export interface SavedFile {
  readonly fileName: string;
  readonly bytes: Buffer;
}

/** Runs an action that saves a file (a download in web mode) and returns the file's name and bytes. */
export async function captureDownload(page: Page, action: () => Promise<void>): Promise<SavedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Runs an action that opens the file chooser and hands it the given file. */
export async function chooseFile(page: Page, file: { name: string; bytes: Uint8Array }, action: () => Promise<void>): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), action()]);
  await chooser.setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: Buffer.from(file.bytes) });
}

/** Exports from the Exportieren tab with the current choices and returns the saved file. */
export async function exportFile(page: Page): Promise<SavedFile> {
  await openExchangeTab(page, 'Exportieren');
  const button = page.getByRole('button', { name: 'Exportieren und speichern' });
  await expect.poll(() => button.isEnabled()).toBe(true);
  const saved = await captureDownload(page, () => press(button, 'Enter'));
  await page.getByRole('status').filter({ hasText: /^Exportiert:/ }).waitFor();
  return saved;
}

/** Opens a file on the Einlesen tab (answering the passphrase prompt when given one) and waits for the preview or an error. */
export async function openImport(page: Page, file: { name: string; bytes: Uint8Array }, passphrase?: string): Promise<void> {
  await openExchangeTab(page, 'Einlesen');
  await chooseFile(page, file, () => press(page.getByRole('button', { name: 'Datei einlesen …' }), 'Enter'));
  if (passphrase !== undefined) {
    const dialog = page.getByRole('dialog', { name: 'Passphrase eingeben' });
    await dialog.waitFor();
    await dialog.getByLabel('Passphrase').fill(passphrase);
    await press(dialog.getByRole('button', { name: 'Entschlüsseln' }), 'Enter');
  }
}

/** The import preview region. */
export function importPreview(page: Page): Locator {
  return page.getByRole('region', { name: 'Vorschau' });
}

/** Imports a file and takes it over; returns the summary message. */
export async function importAndApply(page: Page, file: { name: string; bytes: Uint8Array }, passphrase?: string): Promise<string> {
  await openImport(page, file, passphrase);
  const preview = importPreview(page);
  await preview.waitFor();
  await press(preview.getByRole('button', { name: 'Übernehmen' }), 'Enter');
  const notice = page.getByRole('status').filter({ hasText: /^Übernommen aus/ });
  await notice.waitFor();
  return (await notice.textContent()) ?? '';
}

/**
 * Every object store of the app's IndexedDB, read straight from the page, records sorted by key;
 * the clocks, which IndexedDB holds packed, unpacked with the app's own function.
 */
export async function readAllTables(page: Page): Promise<TableDump> {
  const stored = await readRawTables(page);
  for (const name of SYNC_TABLES) for (const record of stored[name] ?? []) unpackRecordClock(record);
  return stored;
}

function readRawTables(page: Page): Promise<TableDump> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const request = indexedDB.open('runder-tisch');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const names = [...database.objectStoreNames];
          const tx = database.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (out[name] = all.result);
          }
          tx.oncomplete = () => {
            database.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The synchronised tables only (what both laptops must agree on). */
export async function readSyncTables(page: Page): Promise<TableDump> {
  const all = await readAllTables(page);
  return Object.fromEntries(SYNC_TABLES.map((name) => [name, all[name] ?? []]));
}

/** A checksum per table of everything in the database (settings and snapshots included). */
export async function tableChecksums(page: Page): Promise<Record<string, string>> {
  const all = await readAllTables(page);
  return Object.fromEntries(Object.entries(all).map(([name, rows]) => [name, createHash('sha256').update(JSON.stringify(rows)).digest('hex')]));
}

/** Creates a case through the Fälle screen (title and the topic "Wohnen") and returns its code; ends on the case's page. */
export async function createCase(page: Page, title: string): Promise<string> {
  await showCaseList(page);
  await press(page.getByRole('button', { name: 'Neuer Fall' }).first(), 'Enter');
  const dialog = page.getByRole('dialog', { name: 'Neuer Fall' });
  await dialog.waitFor();
  const code = await dialog.getByLabel('Kürzel').inputValue();
  await dialog.getByLabel('Titel').fill(title);
  await press(dialog.getByRole('checkbox', { name: 'Wohnen' }), 'Space');
  await press(dialog.getByRole('button', { name: 'Fall anlegen' }), 'Enter');
  await dialog.waitFor({ state: 'detached' });
  return code;
}

/** Opens the Fälle screen on its list (it remembers an open case page: go back from there). */
async function showCaseList(page: Page): Promise<void> {
  await openScreen(page, 'Fälle');
  const back = page.getByRole('button', { name: 'Zur Fallliste' });
  await back.or(page.getByRole('button', { name: 'Neuer Fall' })).first().waitFor();
  if (await back.isVisible()) await press(back, 'Enter');
  await page.getByRole('button', { name: 'Neuer Fall' }).first().waitFor();
}

/** Opens a case's page from the Fälle list by its code. */
export async function openCase(page: Page, code: string): Promise<void> {
  await showCaseList(page);
  await page.getByRole('row', { name: new RegExp(code) }).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(code) }).waitFor();
}

/** Changes one text field of a case on its page (by the field's label) and saves. */
export async function editCaseText(page: Page, code: string, label: string, value: string): Promise<void> {
  await openCase(page, code);
  const form = page.getByRole('region', { name: 'Angaben zum Fall' });
  await form.getByRole('textbox', { name: label }).fill(value);
  await press(form.getByRole('button', { name: 'Änderungen speichern' }), 'Enter');
  await form.getByText('Gespeichert.').waitFor();
}

/** The case with this code as stored in the page's IndexedDB. */
export async function storedCase(page: Page, code: string): Promise<Record<string, unknown>> {
  const { cases } = await readSyncTables(page);
  const found = (cases as Record<string, unknown>[]).find((c) => c.code === code);
  if (!found) throw new Error(`no case ${code} in the database`);
  return found;
}

/** The age recipient (`age1…`) on a member card's text. */
export function recipientOfCard(cardText: string): string {
  const card = parseMemberCard(cardText);
  if (!card.ok) throw new Error(`not a member card: ${card.error.message}`);
  return card.data.recipient;
}

/** An envelope from a stranger's laptop holding one case, as an exporting app would build it. */
export function strangerEnvelope(): UnsignedEnvelope {
  const deviceId = 'laptop-fremd';
  const ms = Date.now() - 60_000;
  const ctx = { stamp: formatHlc({ wallMs: ms, counter: 0, deviceId }), deviceId, nowIso: new Date(ms).toISOString() };
  const record = stampNew(newId(), { ...emptyCaseContent('RT-2099-901', '2026-03-01'), title: 'Fall von außen', topics: ['housing'] }, ctx);
  return buildEnvelope({ deviceId, member: { id: newId(), name: 'Fremd' }, scope: { kind: 'all' }, records: { cases: [record] }, createdAt: new Date(ms) });
}

function unwrap<T>(result: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

export interface BadFiles {
  readonly notAge: NamedFile;
  readonly forSomeoneElse: NamedFile;
  readonly newer: NamedFile;
  readonly invalid: NamedFile;
  readonly badSignature: NamedFile;
  readonly unknownSigner: NamedFile;
}

export interface NamedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Files that must be refused, made in the test process with the app's own exchange
 * code: encrypted to `recipient` (the receiving member) unless the point is that they are not.
 */
export async function craftBadFiles(recipient: string): Promise<BadFiles> {
  const stranger = await createMemberKeys();
  const envelope = strangerEnvelope();
  const toReceiver = { recipients: [recipient] };

  const forSomeoneElse = unwrap(await sealExchange(envelope, stranger.signingSecretKey, { recipients: [stranger.recipient] })).bytes;
  const newer = unwrap(await encryptExchange(utf8(JSON.stringify({ ...envelope, schemaVersion: 2 })), toReceiver));

  const signed = unwrap(await signAndSerialise(envelope, stranger.signingSecretKey)).envelope;
  const invalidCase = { ...signed.records.cases[0], status: 'verschollen' };
  const invalid = unwrap(await encryptExchange(utf8(canonicalJson({ ...signed, records: { ...signed.records, cases: [invalidCase] } })), toReceiver));
  // Changed after signing: the signature no longer matches the content.
  const alteredCase = { ...signed.records.cases[0], title: 'Nachträglich geändert' };
  const badSignature = unwrap(await encryptExchange(utf8(canonicalJson({ ...signed, records: { ...signed.records, cases: [alteredCase] } })), toReceiver));
  const unknownSigner = unwrap(await sealExchange(envelope, stranger.signingSecretKey, toReceiver)).bytes;

  return {
    notAge: { name: 'notizen.txt', bytes: utf8('Das ist nur eine Textdatei.\n') },
    forSomeoneElse: { name: 'fuer-jemand-anderen.age', bytes: forSomeoneElse },
    newer: { name: 'neuere-version.age', bytes: newer },
    invalid: { name: 'ungueltig.age', bytes: invalid },
    badSignature: { name: 'falsche-unterschrift.age', bytes: badSignature },
    unknownSigner: { name: 'unbekannt.age', bytes: unknownSigner },
  };
}

/** A copy of a file cut off in the middle. */
export function truncated(bytes: Uint8Array): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length / 2));
}

/** A copy of a file with one byte of its encrypted payload flipped (age's MAC must notice). */
export function tampered(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const at = copy.length - 20;
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}
