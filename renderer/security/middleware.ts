import Dexie, { type DBCore, type DBCoreCursor, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import { AppFailure } from '../../shared/errors/result';
import { ENCRYPTED_TABLES } from './encryptedFields';
import { decryptIntoCacheAll, encryptRecords, needsEncryption, readThroughCache } from './fieldCrypto';
import { continueInTransaction } from './keepAlive';
import { keyState } from './keyState';

/**
 * The one place where free text is encrypted and decrypted: a Dexie DBCore middleware.
 * Writes (add/put) leave here with the listed fields encrypted; every read (get,
 * getMany, query, cursors) comes back with them decrypted. Repositories, merge,
 * import/export and the search index above it only ever see plain text.
 */

// The default IndexedDB core hands the native IDBTransaction down as the DBCore transaction.
const nativeTransaction = (trans: DBCoreTransaction) => trans as unknown as IDBTransaction;

function lockedFailure(table: string): AppFailure {
  return new AppFailure('lock/locked', `${table}: the app is locked`);
}

/**
 * The records decrypted: at once from the cache, or after decrypting what is missing.
 * Dexie.waitFor keeps the transaction alive meanwhile and resumes in Dexie's zone, so
 * the caller can go on using the same transaction (a read, then a write).
 */
function decrypted<T>(table: string, records: readonly T[]): T[] | PromiseLike<T[]> {
  const first = readThroughCache(table, records);
  if (first.missing.length === 0) return first.records;
  const { key } = keyState();
  if (key === null) throw lockedFailure(table);
  return Dexie.waitFor(decryptIntoCacheAll(key, first.missing)).then(() => complete(table, records));
}

/** The records from the cache after it was filled; a value still missing means the key changed meanwhile (locked). */
function complete<T>(table: string, records: readonly T[]): T[] {
  const second = readThroughCache(table, records);
  if (second.missing.length > 0) throw lockedFailure(table);
  return second.records;
}

function decryptedOne<T>(table: string, record: T): T | PromiseLike<T> {
  const many = decrypted(table, [record]);
  return Array.isArray(many) ? (many[0] as T) : many.then(([one]) => one as T);
}

function mutate(down: DBCoreTable, req: DBCoreMutateRequest) {
  if (req.type !== 'add' && req.type !== 'put') return down.mutate(req);
  const { writeEncrypted, key } = keyState();
  if (!writeEncrypted || !req.values.some((value) => needsEncryption(down.name, value))) return down.mutate(req);
  if (key === null) return Promise.reject(lockedFailure(down.name));
  // Called in Dexie's zone: waitFor resumes there, where the lower middlewares find their transaction.
  return Dexie.waitFor(encryptRecords(down.name, req.values, key)).then((values) => down.mutate({ ...req, values }));
}

/** A cursor whose `value` is the decrypted record; waits for the crypto before handing each record on. */
function decryptingCursor(cursor: DBCoreCursor, table: string): DBCoreCursor {
  let current: unknown = undefined;
  const wrapped = Object.create(cursor as object, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => current },
    done: { get: () => cursor.done },
    start: {
      value: (onNext: () => void) =>
        cursor.start(() => {
          const record: unknown = cursor.value;
          const first = readThroughCache(table, [record]);
          if (first.missing.length === 0) {
            current = first.records[0];
            onNext();
            return;
          }
          const { key } = keyState();
          if (key === null) throw lockedFailure(table);
          // Outside Dexie's zone here: keep the native transaction busy, then go on inside a request callback.
          continueInTransaction(nativeTransaction(cursor.trans), table, decryptIntoCacheAll(key, first.missing), () => complete(table, [record])).then(
            ([value]) => {
              current = value;
              try {
                onNext();
              } catch (error) {
                cursor.fail(error instanceof Error ? error : new Error(String(error)));
              }
            },
            (error: unknown) => cursor.fail(error instanceof Error ? error : new Error(String(error))),
          );
        }),
    },
  }) as DBCoreCursor;
  return wrapped;
}

function encryptingTable(down: DBCoreTable): DBCoreTable {
  const table = down.name;
  return {
    ...down,
    mutate: (req) => mutate(down, req),
    // Dexie.Promise runs the continuation in the caller's zone (a native promise would lose it).
    get: (req) => Dexie.Promise.resolve(down.get(req)).then((record: unknown) => decryptedOne(table, record)),
    getMany: (req) => Dexie.Promise.resolve(down.getMany(req)).then((records: unknown[]) => decrypted(table, records)),
    query: (req) =>
      Dexie.Promise.resolve(down.query(req)).then((response) =>
        req.values ? Dexie.Promise.resolve(decrypted(table, response.result)).then((result) => ({ ...response, result })) : response,
      ),
    openCursor: async (req) => {
      const cursor = await down.openCursor(req);
      return cursor && req.values ? decryptingCursor(cursor, table) : cursor;
    },
  };
}

/** The encryption middleware; registered once on the app's database (database.ts). */
export const encryptionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'AppLockEncryption',
  create: (down) => ({
    ...down,
    table: (name) => (ENCRYPTED_TABLES.includes(name) ? encryptingTable(down.table(name)) : down.table(name)),
  }),
};
