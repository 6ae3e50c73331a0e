import type { Table } from 'dexie';
import { ENTITY_NAMES, type EntityName } from '../../shared/model/entities';
import type { Stored } from '../../shared/model/sync';
import { db } from '../db/database';

/**
 * The synchronised tables seen generically, for code that treats every entity
 * alike (export, merge, snapshots, conflicts). Entity names are the table names.
 */

/** A stored record of any entity: its metadata is typed, its content is read with fieldOf. */
export type AnyRecord = Stored<object>;
export type Records = Record<EntityName, AnyRecord[]>;

/** A content field of a record of unknown entity. */
export function fieldOf(record: AnyRecord, field: string): unknown {
  return (record as unknown as Readonly<Record<string, unknown>>)[field];
}

/** One synchronised table, typed as records of unknown content with merge metadata. */
export function syncTable(name: EntityName): Table<AnyRecord, string> {
  return db.table<AnyRecord, string>(name);
}

/** Every synchronised table, in the order of ENTITY_NAMES. */
export function syncTables(): Table<AnyRecord, string>[] {
  return ENTITY_NAMES.map(syncTable);
}

/** An object with an empty list per entity. */
export function emptyRecords(): Records {
  return Object.fromEntries(ENTITY_NAMES.map((name) => [name, []])) as unknown as Records;
}

/** Counts per entity and the total. */
export function countRecords(records: Readonly<Records>): { counts: Record<EntityName, number>; total: number } {
  const counts = Object.fromEntries(ENTITY_NAMES.map((name) => [name, records[name].length])) as Record<EntityName, number>;
  return { counts, total: ENTITY_NAMES.reduce((sum, name) => sum + counts[name], 0) };
}

/** Every record of every synchronised table, tombstones included. Call inside a transaction for a consistent view. */
export async function readAllRecords(): Promise<Records> {
  const lists = await Promise.all(ENTITY_NAMES.map((name) => syncTable(name).toArray()));
  return Object.fromEntries(ENTITY_NAMES.map((name, i) => [name, lists[i]])) as unknown as Records;
}
