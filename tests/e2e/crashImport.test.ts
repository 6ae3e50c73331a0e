import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { formatHlc } from '../../shared/clock/hlc';
import { buildEnvelope, createMemberKeys, sealExchange } from '../../shared/exchange';
import { emptyCaseContent } from '../../shared/model/case';
import { newId } from '../../shared/model/ids';
import { stampNew } from '../../shared/model/stamp';
import { launchPersistent, openAppPage } from './support/browser';
import { generateKeys, importPreview, openImport, press, recipientOfCard, tableChecksums } from './support/exchange';
import { completeFirstStart } from './support/firstStart';

// The page is closed in the middle of a large import (thousands of records, built and
// sealed here). After reopening the same browser profile the database must be exactly
// as it was before the import: IndexedDB rolls back the unfinished transaction.

const RECORDS = 12_000;
const profile = mkdtempSync(join(tmpdir(), 'rt-crash-'));
let context: BrowserContext | null = null;

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function largeFile(recipient: string): Promise<Uint8Array> {
  const stranger = await createMemberKeys();
  const deviceId = 'laptop-gross';
  const ms = Date.now() - 60_000;
  const cases = Array.from({ length: RECORDS }, (_, i) => {
    const ctx = { stamp: formatHlc({ wallMs: ms, counter: i, deviceId }), deviceId, nowIso: new Date(ms).toISOString() };
    const content = { ...emptyCaseContent(`RT-2025-${String(i).padStart(5, '0')}`, '2025-06-01'), title: `Fall ${i}`, topics: ['housing'], summary: 'Sucht eine Wohnung. '.repeat(20) };
    return stampNew(newId(), content, ctx);
  });
  const envelope = buildEnvelope({ deviceId, member: { id: newId(), name: 'Groß' }, scope: { kind: 'all' }, records: { cases }, createdAt: new Date(ms) });
  const sealed = await sealExchange(envelope, stranger.signingSecretKey, { recipients: [recipient] });
  if (!sealed.ok) throw new Error(sealed.error.message);
  return sealed.data.bytes;
}

/**
 * Waits until a read-write transaction holds the cases store: a read from a second
 * tab then has to wait for it. Proves the import is running when the page is closed.
 */
async function waitForWriteInProgress(observer: Page): Promise<void> {
  const busy = await observer.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('runder-tisch');
        request.onsuccess = () => {
          const database = request.result;
          const deadline = Date.now() + 60_000;
          const probe = () => {
            let done = false;
            const tx = database.transaction('cases', 'readonly');
            tx.objectStore('cases').count().onsuccess = () => (done = true);
            setTimeout(() => {
              if (!done) resolve(true);
              else if (Date.now() > deadline) resolve(false);
              else probe();
            }, 25);
          };
          probe();
        };
        request.onerror = () => resolve(false);
      }),
  );
  expect(busy, 'the import never started writing').toBe(true);
}

test('closing the page in the middle of a large import leaves the database as it was before', async () => {
  context = await launchPersistent(profile);
  const app = await openAppPage(context);
  await completeFirstStart(app.page, { name: 'Ben M.', organisation: 'Diakonie' });
  const recipient = recipientOfCard(await generateKeys(app.page));
  const file = { name: 'gross.age', bytes: await largeFile(recipient) };

  await openImport(app.page, file);
  const preview = importPreview(app.page);
  await preview.waitFor({ timeout: 120_000 });
  await press(preview.getByRole('checkbox', { name: /Ich weiß, von wem diese Datei stammt/ }), 'Space');
  const before = await tableChecksums(app.page);

  const observer = await context.newPage();
  await observer.goto(app.url);
  await preview.getByRole('button', { name: 'Übernehmen' }).click();
  await waitForWriteInProgress(observer);
  await app.page.close({ runBeforeUnload: false });
  await observer.close({ runBeforeUnload: false });
  await context.close();

  context = await launchPersistent(profile);
  const reopened = await openAppPage(context);
  expect(await tableChecksums(reopened.page)).toEqual(before);
  // The app still starts on the intact data.
  await reopened.page.getByRole('navigation').waitFor();
}, 300_000);
