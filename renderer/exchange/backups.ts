import { z } from 'zod';
import { AppFailure, type Result } from '../../shared/errors/result';
import { EXCHANGE_FILE_EXTENSION } from '../../shared/exchange';
import { decodeUtf8Strict, utf8 } from '../../shared/exchange/encoding';
import { ENTITY_NAMES } from '../../shared/model/entities';
import { db, type SnapshotRow } from '../db/database';
import { asResult } from '../db/write';
import { now } from '../platform/clock';
import { LAST_IMPORT_SETTING } from './lastImport';
import { newId } from '../../shared/model/ids';
import { packJson, parseJson, recordsJson, recordsOf, snapshotRecords, takeSnapshotInTransaction } from './snapshotData';
import { countRecords, syncTable, syncTables, type Records } from './tables';
import { inWorker } from './worker/client';

/**
 * Backups ("Sicherungen"): snapshots of every synchronised table, taken before each
 * import and on demand, the newest N kept (setting 'snapshotRetention', default 10).
 * A snapshot restores in one transaction, after a 'before-restore' snapshot of what
 * it replaces, so a restore can itself be undone. The settings table (device id,
 * clock, keys, preferences) is never part of a snapshot: the clock must not go back.
 *
 * A backup FILE is a standard age file encrypted to a passphrase, holding the same
 * JSON as a snapshot. It is not signed: it goes from a person to the same person,
 * the passphrase (age's scrypt and MAC) already proves it was made by someone who
 * knows it, and a backup must open even when the keys are lost. Restoring one is two
 * steps: importBackupFile stores it as a snapshot, restoreSnapshot applies it.
 */

export const SNAPSHOT_RETENTION_SETTING = 'snapshotRetention';
export const DEFAULT_SNAPSHOT_RETENTION = 10;
const retentionSchema = z.number().int().min(1).max(100);

/** A snapshot as a list shows it, without its (large) data. */
export interface SnapshotInfo {
  readonly id: string;
  readonly createdAt: string;
  readonly reason: SnapshotRow['reason'];
  readonly importId: string | null;
  readonly label: string;
  readonly counts: Readonly<Record<string, number>>;
  /** Stored size in bytes (characters for rows from before issue 7), for "how much space do backups take". */
  readonly size: number;
}

const infoOf = ({ data, ...info }: SnapshotRow): SnapshotInfo => ({ ...info, size: data.length });

/** Every snapshot, newest first (reads only Dexie, so useLiveQuery can wrap it). */
export async function listSnapshots(): Promise<SnapshotInfo[]> {
  const rows = await db.snapshots.toArray();
  return rows.map(infoOf).sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** How many snapshots are kept. */
export async function readSnapshotRetention(): Promise<number> {
  const parsed = retentionSchema.safeParse((await db.settings.get(SNAPSHOT_RETENTION_SETTING))?.value);
  return parsed.success ? parsed.data : DEFAULT_SNAPSHOT_RETENTION;
}

/** Drops the oldest snapshots beyond the retention. Call inside a transaction over snapshots and settings. */
export async function applyRetention(): Promise<void> {
  const keep = await readSnapshotRetention();
  // Ids are UUIDv7, so their order is the order in which the snapshots were taken.
  const ids = await db.snapshots.toCollection().primaryKeys();
  if (ids.length > keep) await db.snapshots.bulkDelete(ids.slice(0, ids.length - keep));
}

/** Changes how many snapshots are kept (1–100) and drops the ones now beyond it. */
export function setSnapshotRetention(count: number): Promise<Result<void>> {
  return asResult(() =>
    db.transaction('rw', db.snapshots, db.settings, async () => {
      const parsed = retentionSchema.safeParse(count);
      if (!parsed.success) throw new AppFailure('validation/invalid', `${SNAPSHOT_RETENTION_SETTING}: validation.invalid`);
      await db.settings.put({ key: SNAPSHOT_RETENTION_SETTING, value: parsed.data });
      await applyRetention();
    }),
  );
}

/** Takes and keeps a snapshot now, in its own transaction. */
export function createSnapshot(reason: SnapshotRow['reason'], label: string): Promise<Result<SnapshotInfo>> {
  return asResult(() =>
    db.transaction('rw', [...syncTables(), db.snapshots, db.settings], async () => {
      const row = await takeSnapshotInTransaction(reason, label, null);
      await applyRetention();
      return infoOf(row);
    }),
  );
}

/** Replaces every synchronised table with the records. Call inside the restoring transaction. */
async function replaceAll(records: Records): Promise<void> {
  for (const name of ENTITY_NAMES) {
    const table = syncTable(name);
    await table.clear();
    if (records[name].length > 0) await table.bulkPut(records[name]);
  }
}

/** Restores a snapshot's records (decoded beforehand), after a before-restore snapshot, in one transaction. */
export function restoreRecords(records: Records, label: string): Promise<void> {
  return db.transaction('rw', [...syncTables(), db.snapshots, db.settings], async () => {
    await takeSnapshotInTransaction('before-restore', label, null);
    await replaceAll(records);
    // The last import cannot be undone any more once something else was restored.
    await db.settings.delete(LAST_IMPORT_SETTING);
    await applyRetention();
  });
}

async function snapshotRow(id: string): Promise<SnapshotRow> {
  const row = await db.snapshots.get(id);
  if (!row) throw new AppFailure('db/not-found', `snapshots/${id}`);
  return row;
}

/** Puts the data back as it was when the snapshot was taken (the current state is kept as a snapshot first). */
export function restoreSnapshot(id: string): Promise<Result<void>> {
  return asResult(async () => {
    const row = await snapshotRow(id);
    // Decoding is not IndexedDB work: done before the transaction opens.
    const records = await snapshotRecords(row);
    await restoreRecords(records, row.label);
  });
}

const BACKUP_FILE_FORMAT = 'runder-tisch-backup';

/** A snapshot as an encrypted backup file (age, passphrase), for platform.saveFile({kind: 'backup'}). */
export function exportSnapshot(id: string, passphrase: string): Promise<Result<{ bytes: Uint8Array<ArrayBuffer>; suggestedName: string }>> {
  return asResult(async () => {
    if (passphrase.normalize('NFC').trim() === '') throw new AppFailure('exchange/invalid-key', 'empty passphrase');
    const row = await snapshotRow(id);
    const records = await snapshotRecords(row);
    const meta = { backupFormat: BACKUP_FILE_FORMAT, createdAt: row.createdAt, reason: row.reason, label: row.label };
    // The snapshot JSON with the row's description in front: one parse restores both.
    const json = `{"backup":${JSON.stringify(meta)},${recordsJson(records).slice(1)}`;
    const plaintext = utf8(json);
    const encrypted = await inWorker({ kind: 'encrypt', plaintext, passphrase }, [plaintext.buffer]);
    if (!encrypted.ok) throw new AppFailure(encrypted.error.code, encrypted.error.message);
    return { bytes: encrypted.data.bytes, suggestedName: `Runder-Tisch-Sicherung-${row.createdAt.slice(0, 10)}${EXCHANGE_FILE_EXTENSION}` };
  });
}

const backupMetaSchema = z.looseObject({
  backup: z.looseObject({ backupFormat: z.literal(BACKUP_FILE_FORMAT), createdAt: z.string().max(40), label: z.string().max(500) }),
});

/**
 * Reads a backup file (decrypted in the Worker, validated strictly) and stores it as
 * a new 'manual' snapshot, which restoreSnapshot can then apply. Nothing else changes.
 */
export function importBackupFile(bytes: Uint8Array, passphrase: string): Promise<Result<SnapshotInfo>> {
  return asResult(async () => {
    const decrypted = await inWorker({ kind: 'decrypt', bytes, passphrase });
    if (!decrypted.ok) throw new AppFailure(decrypted.error.code, decrypted.error.message);
    let json: string;
    try {
      json = decodeUtf8Strict(decrypted.data.plaintext);
    } catch {
      throw new AppFailure('backup/corrupt', 'backup is not UTF-8');
    }
    const value = parseJson(json);
    const meta = backupMetaSchema.safeParse(value);
    if (!meta.success) throw new AppFailure('backup/corrupt', 'not a Runder Tisch backup file');
    const records = recordsOf(value, { strict: true });
    const data = await packJson(recordsJson(records));
    const row: SnapshotRow = {
      id: newId(),
      createdAt: new Date(now()).toISOString(),
      reason: 'manual',
      importId: null,
      label: `${meta.data.backup.label} (${meta.data.backup.createdAt.slice(0, 10)})`,
      counts: countRecords(records).counts,
      data,
    };
    await db.transaction('rw', db.snapshots, db.settings, async () => {
      await db.snapshots.add(row);
      await applyRetention();
    });
    return infoOf(row);
  });
}
