import type { DBCore, Middleware } from 'dexie';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../renderer/db/database';
import { createCase, updateCase } from '../../renderer/db/repositories/cases';
import { applyImport, prepareImport } from '../../renderer/exchange/importFile';
import { setSecretProtector } from '../../renderer/exchange/secrets';
import { errorMessage } from '../../renderer/i18n/errors';
import { addCase, caseContent, cloneDevice, codeOf, exportFile, fakeKeychain, membersWhoKnowEachOther, must, resetDevices, useDevice, wholeDatabase } from './exchange.support';

// A full disk: the browser rejects a write with a DOMException named
// QuotaExceededError. Here a DBCore middleware does exactly that on the k-th
// mutation, for every k the operation makes; the user gets 'db/quota' and the
// database (every table, settings and snapshots included) stays as it was.

const quota = { failAt: null as number | null, count: 0 };

const quotaMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'quota-test',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) => {
          quota.count += 1;
          if (quota.failAt !== null && quota.count === quota.failAt) {
            return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
          }
          return table.mutate(request);
        },
      };
    },
  }),
};

async function countMutations(work: () => Promise<unknown>): Promise<number> {
  quota.failAt = null;
  quota.count = 0;
  await work();
  return quota.count;
}

async function withQuotaAt<T>(k: number, work: () => Promise<T>): Promise<T> {
  quota.failAt = k;
  quota.count = 0;
  try {
    return await work();
  } finally {
    quota.failAt = null;
  }
}

beforeAll(async () => {
  db.close({ disableAutoOpen: false });
  db.use(quotaMiddleware);
  await db.open();
  setSecretProtector(fakeKeychain({ available: false }));
});
afterAll(() => {
  db.unuse({ stack: 'dbcore', name: 'quota-test' });
  setSecretProtector();
});
beforeEach(resetDevices);

describe('a full disk during a repository write', () => {
  test('creating a case fails with db/quota at every write and leaves nothing behind', async () => {
    await addCase('K-2026-001', 'Wohnung gesucht');
    const writes = await countMutations(async () => must(await createCase(caseContent('K-2026-002', 'Probe'))));
    // The record and the device clock: at least two writes, all in one transaction.
    expect(writes).toBeGreaterThanOrEqual(2);
    for (let k = 1; k <= writes; k++) {
      const start = await wholeDatabase();
      const result = await withQuotaAt(k, () => createCase(caseContent(`K-2026-10${k}`, 'Neuer Fall')));
      expect(codeOf(result), `write ${k} of ${writes}`).toBe('db/quota');
      expect(await wholeDatabase(), `write ${k} of ${writes}`).toBe(start);
    }
    expect(await db.cases.count()).toBe(2);
  });

  test('changing a case fails with db/quota and the old values stay', async () => {
    const id = await addCase('K-2026-001', 'Wohnung gesucht');
    const before = await wholeDatabase();
    const result = await withQuotaAt(2, () => updateCase(id, { title: 'Geändert' }));
    expect(codeOf(result)).toBe('db/quota');
    expect(await wholeDatabase()).toBe(before);
    // The message tells the user what to do about it, in both languages.
    expect(errorMessage('db/quota', 'de')).toMatch(/Platz.*Sicherungen.*herunter/s);
    expect(errorMessage('db/quota', 'en')).toMatch(/Free space.*delete old backups.*download a backup/s);
  });
});

describe('a full disk during an import', () => {
  test('applyImport fails with db/quota at every write and the database is unchanged', async () => {
    await membersWhoKnowEachOther(['anna', 'ben']);
    await useDevice('anna');
    await addCase('K-2026-010', 'Sprachkurs');
    await addCase('K-2026-011', 'Arzttermin');
    const file = await exportFile();
    await useDevice('ben');
    await addCase('K-2026-020', 'Schule');
    await cloneDevice('ben', 'ben-before');
    const probe = must(await prepareImport(file, { mode: 'identity' }));
    const before = await wholeDatabase();
    const writes = await countMutations(async () => must(await applyImport(probe, { confirmUnknownSigner: false })));
    expect(writes).toBeGreaterThan(3);
    // Back to ben as he was before the probe import, then fail every write in turn.
    await useDevice('ben-before');
    expect(await wholeDatabase()).toBe(before);
    for (let k = 1; k <= writes; k++) {
      const preview = must(await prepareImport(file, { mode: 'identity' }));
      const start = await wholeDatabase();
      const result = await withQuotaAt(k, () => applyImport(preview, { confirmUnknownSigner: false }));
      expect(codeOf(result), `write ${k} of ${writes}`).toBe('db/quota');
      expect(await wholeDatabase(), `write ${k} of ${writes}`).toBe(start);
    }
    expect(before).toContain('Schule');
  });
});
