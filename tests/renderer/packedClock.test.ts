import Dexie from 'dexie';
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { generateDemoData } from '../../shared/demo';
import { canonicalJson } from '../../shared/merge/canonical';
import { DB_NAME, db, SYNC_TABLES } from '../../renderer/db/database';
import { packRecordClock, unpackRecordClock } from '../../renderer/db/packedClock';
import { enableAppLock } from '../../renderer/security/appLock';
import { clearPlaintextCache } from '../../renderer/security/fieldCrypto';
import { setUnprotected } from '../../renderer/security/keyState';
import { TEST_KDF } from './appLock.support';
import { must } from './exchange.support';

const demo = (() => {
  const made = generateDemoData({ cases: 40, seed: 7 });
  if (!made.ok) throw new Error(made.error.message);
  return made.data;
})();

type AnyRecord = Record<string, unknown>;
const demoRecords = (): [string, AnyRecord[]][] =>
  Object.entries(demo.records).map(([table, records]) => [table, structuredClone(records) as unknown as AnyRecord[]]);

/** What IndexedDB itself holds, read through a connection without the app's middlewares. */
async function rawRecords(table: string): Promise<AnyRecord[]> {
  const raw = new Dexie(DB_NAME);
  await raw.open();
  try {
    return (await raw.table(table).toArray()) as AnyRecord[];
  } finally {
    raw.close();
  }
}

describe('packing a clock', () => {
  const key = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('id', 'clock', 'vv', 'deleted', 'conflicts', 'updatedAt', 'title', 'status', '__proto__', '0', 'toString'),
  );
  const stamp = fc.constantFrom('001479640655735.000000.demo1', '001603690955551.000001.demo1', '001700000000000.000003.peer02');
  const record = fc
    .tuple(fc.dictionary(key, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 12 }), fc.dictionary(key, stamp, { maxKeys: 12 }))
    .map(([fields, clock]) => ({ ...fields, clock }));

  test('unpacking gives back the clock it packed, for any record; the record written is not changed', () => {
    fc.assert(
      fc.property(record, (original) => {
        const before = canonicalJson(original);
        const packed = packRecordClock(original);
        expect(canonicalJson(original)).toBe(before);
        const back = unpackRecordClock(structuredClone(packed));
        expect(canonicalJson(back)).toBe(before);
        expect(Object.keys(back.clock).sort()).toEqual(Object.keys(original.clock).sort());
      }),
      { numRuns: 2000 },
    );
  });

  test('the demo data set stores in about two thirds of its bytes and reads back byte for byte', () => {
    let plain = 0;
    let stored = 0;
    for (const [, records] of demoRecords()) {
      for (const item of records) {
        const packed = packRecordClock(item);
        plain += canonicalJson(item).length;
        stored += JSON.stringify(packed).length;
        expect(canonicalJson(unpackRecordClock(structuredClone(packed)))).toBe(canonicalJson(item));
      }
    }
    expect(stored / plain).toBeLessThan(0.7);
  });

  test('records without a clock, and clocks already plain, are left as they are', () => {
    const setting = { key: 'device', value: { deviceId: 'abcd' } };
    expect(packRecordClock(setting)).toBe(setting);
    const plain = { id: 'x1234567', title: 'a', clock: { title: '001479640655735.000000.demo1' } };
    expect(unpackRecordClock(plain)).toEqual({ id: 'x1234567', title: 'a', clock: { title: '001479640655735.000000.demo1' } });
  });
});

describe('the database', () => {
  beforeEach(async () => {
    setUnprotected();
    await Promise.all(db.tables.map((table) => table.clear()));
  });

  async function writeDemo(): Promise<void> {
    await db.transaction('rw', [...SYNC_TABLES], async () => {
      for (const [table, records] of demoRecords()) await db.table(table).bulkPut(records);
    });
  }

  async function expectEveryReadPathGivesTheDemo(): Promise<void> {
    for (const [table, records] of demoRecords()) {
      const expected = new Map(records.map((item) => [item.id as string, canonicalJson(item)]));
      const byId = (items: readonly unknown[]) => new Map(items.map((item) => [(item as AnyRecord).id as string, canonicalJson(item)]));
      // query (toArray), getMany (bulkGet), get, and a cursor (each).
      expect(byId(await db.table(table).toArray())).toEqual(expected);
      expect(byId(await db.table(table).bulkGet([...expected.keys()]))).toEqual(expected);
      const first = records[0] as AnyRecord;
      expect(canonicalJson(await db.table(table).get(first.id as string))).toBe(expected.get(first.id as string));
      const seen: unknown[] = [];
      await db.table(table).each((item: unknown) => void seen.push(item));
      expect(byId(seen)).toEqual(expected);
    }
  }

  test('holds the clocks packed and hands every record back as written, on every read path', async () => {
    await writeDemo();
    const storedCase = (await rawRecords('cases'))[0] as AnyRecord;
    expect(Array.isArray(storedCase.clock)).toBe(true);
    await expectEveryReadPathGivesTheDemo();
    // Read back in canonical key order, so an export need not reorder them (records and their clocks).
    const readBack = (await db.cases.toArray()) as unknown as AnyRecord[];
    for (const item of readBack) {
      expect(Object.keys(item)).toEqual(Object.keys(item).sort());
      expect(Object.keys(item.clock as object)).toEqual(Object.keys(item.clock as object).sort());
    }
  });

  test('reads records stored before packing existed (plain clocks) unchanged', async () => {
    const raw = new Dexie(DB_NAME);
    await raw.open();
    try {
      await raw.transaction('rw', [...SYNC_TABLES], async () => {
        for (const [table, records] of demoRecords()) await raw.table(table).bulkPut(records);
      });
    } finally {
      raw.close();
    }
    expect(Array.isArray((await rawRecords('cases'))[0]?.clock)).toBe(false);
    await expectEveryReadPathGivesTheDemo();
  });

  test('with the app passphrase on, packing and encryption together still give back every record', async () => {
    must(await enableAppLock('Kaffee am Bodensee 2026', { params: TEST_KDF }));
    await writeDemo();
    clearPlaintextCache();
    const storedCase = (await rawRecords('cases')).find((item) => typeof item.summary === 'object') as AnyRecord;
    expect(Array.isArray(storedCase.clock)).toBe(true);
    await expectEveryReadPathGivesTheDemo();
    setUnprotected();
  });
});
