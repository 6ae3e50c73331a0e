import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, newAppPage, openAppPage, type AppPage } from './support/browser';
import { createCase, openCase, press, readAllTables } from './support/exchange';
import { completeFirstStart } from './support/firstStart';

// Two tabs of the same browser on the same IndexedDB (web mode). Dexie's liveQuery
// shows one tab's change in the other; the writes themselves must never be lost:
// each write ticks the device clock inside its own transaction, so two tabs saving at
// the same moment are serialised by IndexedDB and get distinct, increasing stamps.

interface StoredCase {
  code: string;
  title: string;
  summary: string;
  clock: Record<string, string>;
}

async function cases(page: Page): Promise<StoredCase[]> {
  return (await readAllTables(page)).cases as StoredCase[];
}

async function clockOf(page: Page): Promise<string> {
  const settings = (await readAllTables(page)).settings as Array<{ key: string; value: unknown }>;
  return String(settings.find((row) => row.key === 'hlc')?.value);
}

/** Fills one text field of a case on its page, without saving yet. */
async function typeInto(page: Page, code: string, label: string, value: string): Promise<void> {
  await openCase(page, code);
  await page.getByRole('region', { name: 'Angaben zum Fall' }).getByRole('textbox', { name: label }).fill(value);
}

/** Presses "Änderungen speichern" on both pages at the same moment and waits for both confirmations. */
async function saveBoth(a: Page, b: Page): Promise<void> {
  const save = (page: Page) => press(page.getByRole('region', { name: 'Angaben zum Fall' }).getByRole('button', { name: 'Änderungen speichern' }), 'Enter');
  await Promise.all([save(a), save(b)]);
  await Promise.all([a, b].map((page) => page.getByRole('region', { name: 'Angaben zum Fall' }).getByText('Gespeichert.').waitFor()));
}

describe('two tabs on the same data', () => {
  let browser: Browser;
  let first: AppPage;
  let second: AppPage;

  beforeAll(async () => {
    browser = await launchChromium();
    first = await newAppPage(browser);
    await completeFirstStart(first.page, { name: 'Anna K.', organisation: 'Caritas' });
    second = await openAppPage(first.context);
    await second.page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
  });

  afterAll(async () => {
    await first?.context.close();
    await browser?.close();
  });

  test('a change in one tab shows in the other without a reload', async () => {
    const code = await createCase(first.page, 'Wohnungssuche');
    await openCase(second.page, code);
    await first.page.getByRole('region', { name: 'Angaben zum Fall' }).getByRole('textbox', { name: 'Titel' }).fill('Wohnungssuche dringend');
    await press(first.page.getByRole('region', { name: 'Angaben zum Fall' }).getByRole('button', { name: 'Änderungen speichern' }), 'Enter');
    await second.page.getByRole('heading', { level: 2, name: /Wohnungssuche dringend/ }).waitFor();
  });

  test('concurrent saves of different cases and of the same case lose nothing, and the clock only moves forward', async () => {
    const a = first.page;
    const b = second.page;
    const one = await createCase(a, 'Fall eins');
    const two = await createCase(b, 'Fall zwei');
    const shared = await createCase(a, 'Gemeinsamer Fall');
    const clocks = [await clockOf(a)];

    for (let round = 1; round <= 2; round++) {
      // Different cases, saved at the same moment.
      await typeInto(a, one, 'Titel', `Fall eins, Runde ${round}`);
      await typeInto(b, two, 'Titel', `Fall zwei, Runde ${round}`);
      await saveBoth(a, b);
      clocks.push(await clockOf(a));
      // The same case, different fields, saved at the same moment.
      await typeInto(a, shared, 'Titel', `Gemeinsam, Runde ${round}`);
      await typeInto(b, shared, 'Zusammenfassung', `Zusammenfassung aus dem zweiten Tab, Runde ${round}`);
      await saveBoth(a, b);
      clocks.push(await clockOf(b));
    }

    const stored = await cases(a);
    const byCode = new Map(stored.map((c) => [c.code, c]));
    expect(byCode.get(one)?.title).toBe('Fall eins, Runde 2');
    expect(byCode.get(two)?.title).toBe('Fall zwei, Runde 2');
    expect(byCode.get(shared)).toMatchObject({ title: 'Gemeinsam, Runde 2', summary: 'Zusammenfassung aus dem zweiten Tab, Runde 2' });

    // The clock advanced strictly with every pair of saves, and both tabs read the same clock.
    for (let i = 1; i < clocks.length; i++) expect((clocks[i] as string) > (clocks[i - 1] as string), `${clocks[i]} after ${clocks[i - 1]}`).toBe(true);
    expect(await clockOf(b)).toBe(await clockOf(a));
    // Concurrent writes got distinct stamps: the shared case's title and summary were stamped by different writes.
    const sharedCase = byCode.get(shared) as StoredCase;
    expect(sharedCase.clock.title).not.toBe(sharedCase.clock.summary);
    const lastStamps = [byCode.get(one)?.clock.title, byCode.get(two)?.clock.title, sharedCase.clock.title, sharedCase.clock.summary];
    expect(new Set(lastStamps).size).toBe(4);
    // No stamp is newer than the device clock: the clock ticked inside every write's transaction.
    const newest = stored.flatMap((c) => Object.values(c.clock)).sort().at(-1) as string;
    expect(newest).toBe(await clockOf(a));
  });
});
