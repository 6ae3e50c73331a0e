import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { toBase64 } from '../../shared/exchange/encoding';
import { ENTITY_NAMES, ENTITY_SCHEMAS } from '../../shared/model/entities';
import { stampNew } from '../../shared/model/stamp';
import { db } from '../../renderer/db/database';
import { updateCase } from '../../renderer/db/repositories/cases';
import {
  createSnapshot,
  exportSnapshot,
  importBackupFile,
  listSnapshots,
  readSnapshotRetention,
  restoreSnapshot,
  setSnapshotRetention,
} from '../../renderer/exchange/backups';
import { blankContentOf } from '../../renderer/exchange/blanks';
import { lastImport, undoImport } from '../../renderer/exchange/importFile';
import { setSecretProtector } from '../../renderer/exchange/secrets';
import { setClock } from '../../renderer/platform/clock';
import { addCase, codeOf, exportFile, fakeKeychain, importFile, membersWhoKnowEachOther, must, resetDevices, syncedData, useDevice, wholeDatabase } from './exchange.support';

let wall = Date.UTC(2026, 2, 3, 18, 0, 0);

beforeEach(async () => {
  setClock(() => (wall += 7));
  setSecretProtector(fakeKeychain());
  await resetDevices();
});
afterEach(() => {
  setClock();
  setSecretProtector();
});

describe('undo import', () => {
  test('restores exactly the data from before the import, and says when local work would be undone too', async () => {
    await membersWhoKnowEachOther(['anna', 'ben']);
    await useDevice('anna');
    const caseId = await addCase('RT-2026-001', 'Wohnungssuche');
    const bytes = await exportFile();
    await useDevice('ben');
    await addCase('RT-2026-002', 'Sprachkurs');
    const before = await syncedData();

    const { summary } = await importFile(bytes);
    const last = await lastImport();
    expect(last).toMatchObject({ importId: summary.importId, changedSince: false, label: expect.stringContaining('anna') });
    must(await updateCase(caseId, { urgency: 'high' }));
    expect((await lastImport())?.changedSince).toBe(true);

    must(await undoImport(summary.importId));
    expect(await syncedData()).toBe(before);
    expect(await lastImport()).toBeNull();
    // The undone state is kept as a backup of its own.
    expect((await listSnapshots()).map((s) => s.reason)).toEqual(['before-restore', 'before-import']);
    expect(codeOf(await undoImport('0197a000-0000-7000-8000-0000000000ff'))).toBe('db/not-found');
  });
});

describe('snapshots', () => {
  test('restore puts the data back and keeps what it replaced, so a restore can be undone', async () => {
    await membersWhoKnowEachOther(['anna']);
    const caseId = await addCase('RT-2026-001', 'Wohnungssuche');
    const taken = must(await createSnapshot('manual', 'vor dem Aufräumen'));
    const atSnapshot = await syncedData();
    expect(taken.counts.cases).toBe(1);
    must(await updateCase(caseId, { title: 'Wohnung gefunden' }));
    const changed = await syncedData();

    must(await restoreSnapshot(taken.id));
    expect(await syncedData()).toBe(atSnapshot);
    const [beforeRestore] = await listSnapshots();
    expect(beforeRestore?.reason).toBe('before-restore');
    must(await restoreSnapshot(beforeRestore?.id as string));
    expect(await syncedData()).toBe(changed);
  });

  test('keeps the records as compressed bytes, and still restores a snapshot stored as base64 text before issue 7', async () => {
    await membersWhoKnowEachOther(['anna']);
    const caseId = await addCase('RT-2026-001', 'Wohnungssuche');
    const taken = must(await createSnapshot('manual', 'vor dem Aufräumen'));
    const atSnapshot = await syncedData();
    const row = await db.snapshots.get(taken.id);
    if (!(row?.data instanceof Uint8Array)) throw new Error('snapshot data is not bytes');
    // gzip's magic number: the bytes are the compressed JSON itself, no text encoding around them.
    expect([row.data[0], row.data[1]]).toEqual([0x1f, 0x8b]);
    expect(taken.size).toBe(row.data.byteLength);
    await db.snapshots.update(taken.id, { data: `gzip-base64:${toBase64(row.data)}` });

    must(await updateCase(caseId, { title: 'Wohnung gefunden' }));
    must(await restoreSnapshot(taken.id));
    expect(await syncedData()).toBe(atSnapshot);
  });

  test('only the newest N are kept, N is a setting, and the list never carries the data', async () => {
    await membersWhoKnowEachOther(['anna']);
    expect(await readSnapshotRetention()).toBe(10);
    must(await setSnapshotRetention(3));
    const labels = ['eins', 'zwei', 'drei', 'vier', 'fünf'];
    for (const label of labels) must(await createSnapshot('manual', label));
    const list = await listSnapshots();
    expect(list.map((s) => s.label)).toEqual(['fünf', 'vier', 'drei']);
    expect(list.every((s) => !('data' in s) && s.size > 0)).toBe(true);
    must(await setSnapshotRetention(1));
    expect((await listSnapshots()).map((s) => s.label)).toEqual(['fünf']);
    expect(codeOf(await setSnapshotRetention(0))).toBe('validation/invalid');
  });

  test('a backup file opens with its passphrase only, and restores to the same data', async () => {
    await membersWhoKnowEachOther(['anna']);
    await addCase('RT-2026-001', 'Wohnungssuche');
    const snapshot = must(await createSnapshot('manual', 'Sicherung'));
    const atSnapshot = await syncedData();
    const file = must(await exportSnapshot(snapshot.id, 'lange sichere Passphrase'));
    expect(file.suggestedName).toMatch(/^Runder-Tisch-Sicherung-\d{4}-\d{2}-\d{2}\.age$/);

    await useDevice('new-laptop');
    const before = await wholeDatabase();
    expect(codeOf(await importBackupFile(file.bytes, 'falsche Passphrase'))).toBe('exchange/wrong-key');
    expect(await wholeDatabase()).toBe(before);
    const stored = must(await importBackupFile(file.bytes, 'lange sichere Passphrase'));
    expect(stored.counts.cases).toBe(1);
    must(await restoreSnapshot(stored.id));
    expect(await syncedData()).toBe(atSnapshot);
  }, 60_000); // three rounds of scrypt
});

describe('erasure blanks', () => {
  test('every entity has blank content its schema accepts, so a disputed erasure stays importable', () => {
    const ctx = { stamp: '000001772560800000.000000.dev1', deviceId: 'dev1', nowIso: '2026-03-03T18:00:00.000Z' };
    for (const name of ENTITY_NAMES) {
      const link = '0197a000-0000-7000-8000-000000000002';
      // The link fields a tombstone keeps (its case, meeting or entity); blanks keep nothing else.
      const record = stampNew('0197a000-0000-7000-8000-000000000001', { caseId: link, meetingId: link, entityId: link }, ctx);
      const parsed = ENTITY_SCHEMAS[name].safeParse(blankContentOf(name, record));
      expect(parsed.error?.issues ?? [], name).toEqual([]);
    }
  });
});

describe('database untouched by failed backup operations', () => {
  test('restoring an unknown or damaged snapshot changes nothing', async () => {
    await membersWhoKnowEachOther(['anna']);
    const snapshot = must(await createSnapshot('manual', 'x'));
    await db.snapshots.update(snapshot.id, { data: 'gzip-base64:AAAA' });
    const before = await wholeDatabase();
    expect(codeOf(await restoreSnapshot(snapshot.id))).toBe('backup/corrupt');
    expect(codeOf(await restoreSnapshot('0197a000-0000-7000-8000-0000000000ff'))).toBe('db/not-found');
    expect(await wholeDatabase()).toBe(before);
  });
});
