import { afterEach, beforeEach, expect, test } from 'vitest';
import { db } from '../../renderer/db/database';
import { getCurrentMember } from '../../renderer/db/queries/members';
import { completeFirstStart } from '../../renderer/db/repositories/members';
import { DEMO_CASES, loadDemoData } from '../../renderer/demo/loadDemo';
import { lastImport, undoImport } from '../../renderer/exchange/importFile';
import { setClock } from '../../renderer/platform/clock';

// "Demodaten laden" reads the demo in through the same import path as a member's file:
// snapshot first, undo afterwards, and the device's own member untouched.

const START = Date.UTC(2026, 2, 2, 9, 0);

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  setClock(() => START);
});

afterEach(() => setClock());

async function firstStart(): Promise<string> {
  const done = await completeFirstStart({ language: 'de', whoAmI: { kind: 'new', member: { name: 'AK', organisation: 'Diakonie', role: 'member', active: true } } });
  if (!done.ok) throw new Error(done.error.message);
  return done.data;
}

test('loads invented cases, meetings and members beside my own member, and the import can be undone', async () => {
  const me = await firstStart();
  const loaded = await loadDemoData();
  expect(loaded.ok ? 'ok' : loaded.error).toBe('ok');
  if (!loaded.ok) return;
  expect(loaded.data.undoable).toBe(true);
  expect(await db.cases.count()).toBe(DEMO_CASES);
  expect(await db.meetings.count()).toBeGreaterThan(30);
  expect(await db.followUps.count()).toBeGreaterThan(DEMO_CASES * 4);
  const names = (await db.members.toArray()).map((m) => m.name);
  expect(names).toContain('AK');
  expect(names).toContain('Demo-Moderation');
  // My member stays this device's member, with the exchange keys the import needed.
  const mine = await getCurrentMember();
  expect(mine?.id).toBe(me);
  expect(mine?.name).toBe('AK');
  expect(mine?.recipient).toMatch(/^age1/);
  // Nothing lies after the app's clock: the demo's story ends on today's date.
  const latest = (await db.history.toArray()).map((h) => h.at).sort().at(-1) ?? '';
  expect(latest <= new Date(START).toISOString()).toBe(true);

  const last = await lastImport();
  expect(last?.label).toMatch(/^Demo-Moderation, /);
  const undone = await undoImport(last?.importId ?? '');
  expect(undone.ok).toBe(true);
  expect(await db.cases.count()).toBe(0);
  expect((await getCurrentMember())?.name).toBe('AK');
});

test('loading it again on the same day brings nothing new', async () => {
  await firstStart();
  expect((await loadDemoData()).ok).toBe(true);
  const again = await loadDemoData();
  expect(again.ok && again.data.totals.added).toBe(0);
  expect(again.ok && again.data.undoable).toBe(false);
  expect(await db.cases.count()).toBe(DEMO_CASES);
});

test('needs the member this device speaks for', async () => {
  const refused = await loadDemoData();
  expect(refused.ok ? 'ok' : refused.error.code).toBe('exchange/no-member');
  expect(await db.cases.count()).toBe(0);
});
