import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_MAX_DRIFT_MS, parseHlc } from '../../shared/clock/hlc';
import { db } from '../../renderer/db/database';
import { updateCase } from '../../renderer/db/repositories/cases';
import { readClockWarnings } from '../../renderer/components/ClockSkewWarning';
import { listConflicts } from '../../renderer/exchange/conflicts';
import { setSecretProtector } from '../../renderer/exchange/secrets';
import { setClock } from '../../renderer/platform/clock';
import { addCase, exportFile, fakeKeychain, importFile, membersWhoKnowEachOther, must, resetDevices, syncedData, useDevice } from './exchange.support';

// Two laptops, one of whose clocks is wrong by three days. The merge must still give
// both the same data, a later edit made after seeing an earlier one must win whatever
// the clocks say (shared/merge/record.ts, "CLOCKS THAT RUN AHEAD"), and the app must say
// which clock is wrong.

const DAY = 86_400_000;
let wall = Date.UTC(2026, 2, 3, 18, 0, 0);
const offsets: Record<string, number> = {};
let offset = 0;

async function on(name: string): Promise<void> {
  await useDevice(name);
  offset = offsets[name] ?? 0;
}

beforeEach(async () => {
  setClock(() => (wall += 7) + offset);
  setSecretProtector(fakeKeychain());
  await resetDevices();
  for (const key of Object.keys(offsets)) delete offsets[key];
  offset = 0;
});
afterEach(() => {
  setClock();
  setSecretProtector();
});

async function clockOf(): Promise<number> {
  return parseHlc((await db.settings.get('hlc'))?.value as string).wallMs;
}

describe.each([
  ['3 days ahead', 3 * DAY],
  ['3 days behind', -3 * DAY],
])("anna's clock %s of ben's", (_label, skew) => {
  test('files crossing both ways leave identical data, and a later causal edit wins regardless of clock', async () => {
    await membersWhoKnowEachOther(['anna', 'ben']);
    offsets.anna = skew;
    await on('anna');
    const caseId = await addCase('RT-2026-001', 'Wohnungssuche');
    const fromAnna = await exportFile();
    await on('ben');
    await addCase('RT-2026-002', 'Sprachkurs');
    const fromBen = await exportFile();
    await importFile(fromAnna);
    await on('anna');
    await importFile(fromBen);
    const anna = await syncedData();
    await on('ben');
    expect(await syncedData()).toBe(anna);

    // Ben edits anna's case after seeing it: his edit must win at anna's, even though
    // with anna 3 days ahead his stamp is the smaller one.
    must(await updateCase(caseId, { title: 'Von Ben nach Annas Version geändert' }));
    const edited = await exportFile();
    await on('anna');
    await importFile(edited);
    expect((await db.cases.get(caseId))?.title).toBe('Von Ben nach Annas Version geändert');
    expect(await listConflicts()).toEqual([]);
    // And anna's next edit, made after seeing ben's, wins at ben's whatever the clocks say.
    must(await updateCase(caseId, { summary: 'Anna ergänzt danach' }));
    const back = await exportFile();
    await on('ben');
    await importFile(back);
    expect((await db.cases.get(caseId))?.summary).toBe('Anna ergänzt danach');
    const ben = await syncedData();
    await on('anna');
    expect(await syncedData()).toBe(ben);
  });

  test('edits made at the same time are both kept: the other one waits in Konflikte', async () => {
    await membersWhoKnowEachOther(['anna', 'ben']);
    offsets.anna = skew;
    await on('anna');
    const caseId = await addCase('RT-2026-001', 'Wohnungssuche');
    const shared = await exportFile();
    await on('ben');
    await importFile(shared);
    must(await updateCase(caseId, { title: 'Bens Titel' }));
    const fromBen = await exportFile();
    await on('anna');
    must(await updateCase(caseId, { title: 'Annas Titel' }));
    const fromAnna = await exportFile();
    await importFile(fromBen);
    const conflicts = await listConflicts();
    expect(conflicts).toHaveLength(1);
    const anna = await syncedData();
    await on('ben');
    await importFile(fromAnna);
    expect(await syncedData()).toBe(anna);
    const shown = (await db.cases.get(caseId))?.title;
    // The higher stamp is shown: anna's when her clock is ahead, ben's otherwise.
    expect(shown).toBe(skew > 0 ? 'Annas Titel' : 'Bens Titel');
  });
});

describe('the clock warning', () => {
  test('names the member whose clock is days ahead, and ben\'s clock does not follow it', async () => {
    await membersWhoKnowEachOther(['anna', 'ben']);
    offsets.anna = 3 * DAY;
    await on('anna');
    await addCase('RT-2026-001', 'Wohnungssuche');
    const fromAnna = await exportFile();
    await on('ben');
    expect(await readClockWarnings()).toEqual({ remote: null, local: null });
    await importFile(fromAnna);
    const { remote, local } = await readClockWarnings();
    expect(remote).toMatchObject({ memberName: 'anna' });
    expect(Math.round((remote?.aheadMs ?? 0) / DAY)).toBe(3);
    expect(local).toBeNull();
    expect(await clockOf()).toBeLessThanOrEqual(wall + DEFAULT_MAX_DRIFT_MS);
    // Once ben's time has caught up with anna's stamps, they are no longer ahead.
    wall += 3 * DAY;
    expect((await readClockWarnings()).remote).toBeNull();
  });

  test('says when this device\'s own clock was set back by days, and its writes still sort after the earlier ones', async () => {
    await membersWhoKnowEachOther(['anna']);
    await on('anna');
    const caseId = await addCase('RT-2026-001', 'Wohnungssuche');
    const before = await clockOf();
    offsets.anna = -3 * DAY;
    await on('anna');
    const { local } = await readClockWarnings();
    expect(local?.kind).toBe('local-behind');
    expect(Math.round((local?.behindMs ?? 0) / DAY)).toBe(3);
    must(await updateCase(caseId, { title: 'Nach dem Verstellen' }));
    expect(await clockOf()).toBeGreaterThanOrEqual(before);
  });
});
