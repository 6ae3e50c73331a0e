import type { Table } from 'dexie';
import { db } from '../db/database';
import { ENCRYPTED_SETTINGS, ENCRYPTED_TABLES } from './encryptedFields';

/**
 * Re-writes every record that holds free text, in small transactions, so the
 * encryption middleware stores it in the form the lock state asks for: encrypted
 * while a passphrase is being turned on, plain while it is being turned off. Each
 * batch is read and written in one transaction, so a record is never half changed;
 * a run cut short leaves plain and encrypted records side by side, which the
 * middleware reads alike, and the next run (it is idempotent) finishes the job.
 */

export const MIGRATION_BATCH_SIZE = 200;

export interface MigrationHooks {
  /** Called before each batch; a test throws here to cut a run short. */
  readonly beforeBatch?: (table: string, batchIndex: number) => void;
}

async function keysOf(name: string, table: Table): Promise<readonly unknown[]> {
  if (name === 'settings') return ENCRYPTED_SETTINGS;
  return table.toCollection().primaryKeys();
}

/** Rewrites all records of the encrypted tables; returns how many were written. */
export async function rewriteFreeText(hooks: MigrationHooks = {}): Promise<number> {
  let written = 0;
  for (const name of ENCRYPTED_TABLES) {
    const table = db.table(name);
    const keys = await keysOf(name, table);
    for (let start = 0, batch = 0; start < keys.length; start += MIGRATION_BATCH_SIZE, batch += 1) {
      hooks.beforeBatch?.(name, batch);
      const chunk = keys.slice(start, start + MIGRATION_BATCH_SIZE);
      written += await db.transaction('rw', table, async () => {
        // Read through the middleware (plain text), write back through it (in the current form).
        const records = (await table.bulkGet(chunk as never[])).filter((record) => record !== undefined);
        if (records.length > 0) await table.bulkPut(records);
        return records.length;
      });
    }
  }
  return written;
}
