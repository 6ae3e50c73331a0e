import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { caseContentSchema } from '../../shared/model/case';
import { db } from '../../renderer/db/database';
import { updateCase } from '../../renderer/db/repositories/cases';
import { asResult, insertRecord, writeTransaction } from '../../renderer/db/write';
import { createSnapshot, restoreSnapshot } from '../../renderer/exchange/backups';
import { applyImport, prepareImport, undoImport } from '../../renderer/exchange/importFile';
import { setSecretProtector } from '../../renderer/exchange/secrets';
import { setClock } from '../../renderer/platform/clock';
import { importBytes } from '../fuzz/harness';
import { createRng } from '../fuzz/prng';
import { createFuzzWorld, databaseChecksum, dumpTables, restoreDump, type FuzzWorld } from '../fuzz/world';
import { countWrites, installCrashInjection, withFailureAt } from './crash.support';
import { caseContent, must } from './exchange.support';

// A crash or a failing disk in the middle of a transaction: the k-th write fails
// (crash.support.ts), for every k the operation makes. The database must then be
// exactly as before, every table included (settings, snapshots).

let world: FuzzWorld;
beforeAll(async () => {
  await installCrashInjection();
  world = await createFuzzWorld();
});
beforeEach(async () => {
  await restoreDump(world.base);
});
afterAll(() => {
  setClock();
  setSecretProtector();
});

function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}

describe('an import interrupted at any write', () => {
  test('leaves the database exactly as before, and a full disk says so', async () => {
    const preview = must(await prepareImport(world.sealed, { mode: 'identity' }));
    const writes = await countWrites(async () => must(await applyImport(preview, { confirmUnknownSigner: true })));
    expect(writes).toBeGreaterThan(5);
    for (let k = 1; k <= writes; k++) {
      await restoreDump(world.base);
      const again = must(await prepareImport(world.sealed, { mode: 'identity' }));
      const error = k % 2 === 0 ? quotaError : undefined;
      const result = await withFailureAt(k, () => applyImport(again, { confirmUnknownSigner: true }), error);
      expect(result.ok ? 'accepted' : result.error.code, `write ${k} of ${writes}`).toBe(error ? 'db/quota' : 'unknown');
      expect(await databaseChecksum(), `write ${k} of ${writes}`).toBe(world.baseChecksum);
    }
    // And afterwards the same file still imports.
    expect((await importBytes(world.sealed)).ok).toBe(true);
  });

  test('undoing an import, interrupted at any write, keeps the imported state', async () => {
    must(await importBytes(world.sealed));
    const imported = await dumpTables();
    const importedChecksum = await databaseChecksum();
    expect(importedChecksum).not.toBe(world.baseChecksum);
    const undo = () => undoImport(((imported.settings as { key: string; value: { importId: string } }[]).find((row) => row.key === 'lastImport') as { value: { importId: string } }).value.importId);
    const writes = await countWrites(async () => must(await undo()));
    expect(writes).toBeGreaterThan(3);
    for (let k = 1; k <= writes; k++) {
      await restoreDump(imported);
      const result = await withFailureAt(k, undo);
      expect(result.ok, `write ${k} of ${writes}`).toBe(false);
      expect(await databaseChecksum(), `write ${k} of ${writes}`).toBe(importedChecksum);
    }
  });
});

describe('a backup restore interrupted at any write', () => {
  test('leaves the previous state', async () => {
    const snapshot = must(await createSnapshot('manual', 'vor der Änderung'));
    const caseId = (await db.cases.toCollection().first())?.id as string;
    must(await updateCase(caseId, { title: 'Nach der Sicherung geändert' }));
    const before = await databaseChecksum();
    const state = await dumpTables();
    const writes = await countWrites(async () => must(await restoreSnapshot(snapshot.id)));
    expect(writes).toBeGreaterThan(3);
    for (let k = 1; k <= writes; k++) {
      await restoreDump(state);
      const result = await withFailureAt(k, () => restoreSnapshot(snapshot.id));
      expect(result.ok, `write ${k} of ${writes}`).toBe(false);
      expect(await databaseChecksum(), `write ${k} of ${writes}`).toBe(before);
    }
  });
});

describe('a bulk write interrupted at a random write', () => {
  test('adds none of its records', async () => {
    const rng = createRng(7);
    const addMany = () =>
      asResult(() =>
        writeTransaction([db.cases], async () => {
          for (let i = 0; i < 40; i++) await insertRecord(db.cases, caseContentSchema, caseContent(`RT-2026-${String(100 + i)}`, `Fall ${i}`));
        }),
      );
    const writes = await countWrites(async () => must(await addMany()));
    await restoreDump(world.base);
    for (let round = 0; round < 8; round++) {
      const k = 1 + rng.int(writes);
      const result = await withFailureAt(k, addMany);
      expect(result.ok, `write ${k} of ${writes}`).toBe(false);
      expect(await databaseChecksum(), `write ${k} of ${writes}`).toBe(world.baseChecksum);
    }
  });
});
