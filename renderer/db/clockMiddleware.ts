import Dexie, { type DBCore, type DBCoreCursor, type DBCoreTable, type Middleware } from 'dexie';
import { packRecordClock, unpackRecordClock } from './packedClock';

/**
 * Stores the synchronised records' field clocks packed (packedClock.ts) and hands them back
 * unpacked: a Dexie DBCore middleware registered below the encryption middleware,
 * so every other layer (repositories, merge, export, search, encryption) sees the clock as
 * the model defines it.
 */

function unpackAll<T>(records: T[]): T[] {
  for (const record of records) unpackRecordClock(record);
  return records;
}

/** A cursor whose `value` is the record with its clock unpacked (in place, so reading it twice costs nothing). */
function unpackingCursor(cursor: DBCoreCursor): DBCoreCursor {
  return Object.create(cursor as object, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => unpackRecordClock(cursor.value as unknown) },
    done: { get: () => cursor.done },
  }) as DBCoreCursor;
}

function packingTable(down: DBCoreTable): DBCoreTable {
  return {
    ...down,
    mutate: (req) =>
      req.type === 'add' || req.type === 'put' ? down.mutate({ ...req, values: req.values.map((value) => packRecordClock(value)) }) : down.mutate(req),
    // Dexie.Promise keeps the caller's zone (and with it the transaction) for what comes after.
    get: (req) => Dexie.Promise.resolve(down.get(req)).then((record: unknown) => unpackRecordClock(record)),
    getMany: (req) => Dexie.Promise.resolve(down.getMany(req)).then((records: unknown[]) => unpackAll(records)),
    query: (req) =>
      req.values ? Dexie.Promise.resolve(down.query(req)).then((response) => ({ ...response, result: unpackAll(response.result) })) : down.query(req),
    openCursor: async (req) => {
      const cursor = await down.openCursor(req);
      return cursor && req.values ? unpackingCursor(cursor) : cursor;
    },
  };
}

/** The middleware for these tables (the synchronised ones); registered before the encryption middleware. */
export function clockPackingMiddleware(tables: readonly string[]): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'PackedClocks',
    create: (down) => ({
      ...down,
      table: (name) => (tables.includes(name) ? packingTable(down.table(name)) : down.table(name)),
    }),
  };
}
