import type { Table } from 'dexie';
import type { z } from 'zod';
import { AppFailure, fail, ok, toAppError, type Result } from '../../shared/errors/result';
import { newId } from '../../shared/model/ids';
import { stampNew, stampPatch, stampTombstone } from '../../shared/model/stamp';
import type { Stored } from '../../shared/model/sync';
import { db } from './database';
import { nextWriteContext } from './device';

/**
 * The only way records are written: validate, stamp clocks, write, all in one
 * transaction with the device clock. Repositories in ./repositories build on these.
 */

type SyncedTable<T> = Table<Stored<T>, string>;

function validate<T>(schema: z.ZodType<T>, content: unknown): T {
  const parsed = schema.safeParse(content);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppFailure('validation/invalid', `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Runs a write and turns anything thrown into a Result, so callers never see a raw exception. */
export async function asResult<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (thrown) {
    const error = toAppError(thrown);
    return fail(error.code, error.message);
  }
}

/** Inserts a new record with validated content; returns its id. Call inside a transaction. */
export async function insertRecord<T extends object>(table: SyncedTable<T>, schema: z.ZodType<T>, content: T): Promise<string> {
  const valid = validate(schema, content);
  const ctx = await nextWriteContext();
  const id = newId();
  await table.add(stampNew(id, valid, ctx));
  return id;
}

/** Changes some fields of a live record; fields that keep their value keep their stamp. */
export async function patchRecord<T extends object>(
  table: SyncedTable<T>,
  schema: z.ZodType<T>,
  id: string,
  patch: Partial<T>,
): Promise<Stored<T>> {
  const current = await table.get(id);
  if (!current || current.deleted !== null) throw new AppFailure('db/not-found', `${table.name}/${id}`);
  const merged = { ...current, ...patch };
  validate(schema, merged);
  const ctx = await nextWriteContext();
  const next = stampPatch(current, patch, ctx);
  if (!next) return current;
  await table.put(next);
  return next;
}

/** Erases a record's content for good and keeps a tombstone that travels to other members. */
export async function tombstoneRecord<T extends object>(table: SyncedTable<T>, id: string, blank: T): Promise<void> {
  const current = await table.get(id);
  if (!current) throw new AppFailure('db/not-found', `${table.name}/${id}`);
  if (current.deleted !== null) return;
  const ctx = await nextWriteContext();
  await table.put(stampTombstone(current, blank, ctx));
}

/** Opens a read-write transaction over the given tables plus the settings (device clock). */
export function writeTransaction<T>(tables: Table[], work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [...tables, db.settings], work);
}
