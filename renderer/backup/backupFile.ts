import { z } from 'zod';
import { AppFailure, type Result } from '../../shared/errors/result';
import { decryptExchange, describeAgeFile, encryptExchange } from '../../shared/exchange/age';
import { decodeUtf8Strict, utf8 } from '../../shared/exchange/encoding';
import { db } from '../db/database';
import { asResult } from '../db/write';
import { importBackupFile, restoreRecords, restoreSnapshot } from '../exchange/backups';
import { loadMyKeys } from '../exchange/keyRing';
import { parseJson, recordsJson, recordsOf } from '../exchange/snapshotData';
import { readAllRecords, syncTables } from '../exchange/tables';
import { inWorker } from '../exchange/worker/client';
import { now } from '../platform/clock';

/**
 * The content of every backup file, automatic or downloaded: the same JSON as
 * exportSnapshot (renderer/exchange/backups.ts) writes, `{"backup": meta, format,
 * version, tables}`, read from the live tables in one transaction. Automatic backups
 * are encrypted to the member's own X25519 recipient, so no passphrase is asked for
 * every day and the member's identity opens them; downloaded ones (web mode) use a
 * passphrase, so they open even when the keys are lost.
 */

const BACKUP_FILE_FORMAT = 'runder-tisch-backup';

async function backupPlaintext(label: string): Promise<Uint8Array<ArrayBuffer>> {
  const records = await db.transaction('r', syncTables(), () => readAllRecords());
  const meta = { backupFormat: BACKUP_FILE_FORMAT, createdAt: new Date(now()).toISOString(), reason: 'manual', label };
  return utf8(`{"backup":${JSON.stringify(meta)},${recordsJson(records).slice(1)}`);
}

/** Everything, encrypted to my own recipient: the bytes of an automatic backup. */
export function ownBackupBytes(label: string): Promise<Result<Uint8Array<ArrayBuffer>>> {
  return asResult(async () => {
    const { keys } = await loadMyKeys();
    const encrypted = await encryptExchange(await backupPlaintext(label), { recipients: [keys.recipient] });
    if (!encrypted.ok) throw new AppFailure(encrypted.error.code, encrypted.error.message);
    return new Uint8Array(encrypted.data);
  });
}

/** Everything, encrypted to a passphrase (in the Worker): the bytes of a downloaded backup. */
export function passphraseBackupBytes(label: string, passphrase: string): Promise<Result<Uint8Array<ArrayBuffer>>> {
  return asResult(async () => {
    if (passphrase.normalize('NFC').trim() === '') throw new AppFailure('exchange/invalid-key', 'empty passphrase');
    const plaintext = await backupPlaintext(label);
    const encrypted = await inWorker({ kind: 'encrypt', plaintext, passphrase }, [plaintext.buffer]);
    if (!encrypted.ok) throw new AppFailure(encrypted.error.code, encrypted.error.message);
    return encrypted.data.bytes;
  });
}

/** Whether a backup file needs a passphrase, or opens with my own keys. */
export function backupNeeds(bytes: Uint8Array): Result<'passphrase' | 'identity'> {
  const described = describeAgeFile(bytes);
  if (!described.ok) return described;
  return { ok: true, data: described.data.protection === 'passphrase' ? 'passphrase' : 'identity' };
}

const metaSchema = z.looseObject({
  backup: z.looseObject({ backupFormat: z.literal(BACKUP_FILE_FORMAT), createdAt: z.string().max(40), label: z.string().max(500) }),
});

/**
 * Restores a backup file in one step: decrypted with my identity or the passphrase,
 * validated strictly, then applied in one transaction after a before-restore
 * snapshot (so the restore itself can be undone under Sicherungen).
 */
export function restoreBackupFile(bytes: Uint8Array, key: { readonly passphrase: string } | null): Promise<Result<void>> {
  return asResult(async () => {
    if (key !== null) {
      // Passphrase files take the exchange's path: stored as a snapshot, then restored.
      const stored = await importBackupFile(bytes, key.passphrase);
      if (!stored.ok) throw new AppFailure(stored.error.code, stored.error.message);
      const restored = await restoreSnapshot(stored.data.id);
      if (!restored.ok) throw new AppFailure(restored.error.code, restored.error.message);
      return;
    }
    const { keys } = await loadMyKeys();
    const decrypted = await decryptExchange(bytes, { identity: keys.identity });
    if (!decrypted.ok) throw new AppFailure(decrypted.error.code, decrypted.error.message);
    let json: string;
    try {
      json = decodeUtf8Strict(decrypted.data);
    } catch {
      throw new AppFailure('backup/corrupt', 'backup is not UTF-8');
    }
    const value = parseJson(json);
    const meta = metaSchema.safeParse(value);
    if (!meta.success) throw new AppFailure('backup/corrupt', 'not a Runder Tisch backup file');
    const records = recordsOf(value, { strict: true });
    await restoreRecords(records, `${meta.data.backup.label} (${meta.data.backup.createdAt.slice(0, 10)})`);
  });
}
