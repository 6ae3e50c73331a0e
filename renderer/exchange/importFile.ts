import { remoteSkewNote, stampsOf } from '../../shared/clock/skew';
import { AppFailure, ok, type Result } from '../../shared/errors/result';
import { describeAgeFile, normalisePassphrase, type DecryptKey, type Envelope, type ExchangeScope } from '../../shared/exchange';
import { canonicalEqual } from '../../shared/merge/canonical';
import { mergeIncoming, type IncomingMerge, type MergeSummary } from '../../shared/merge/dataset';
import { ENTITY_NAMES, ENTITY_SCHEMAS, type EntityName } from '../../shared/model/entities';
import { syncMetaSchema } from '../../shared/model/sync';
import { newId } from '../../shared/model/ids';
import { beforeImportBackup } from '../backup/scheduler';
import { db } from '../db/database';
import type { Member } from '../../shared/model/member';
import { readSetting, USER_SETTINGS } from '../db/repositories/settings';
import { asResult } from '../db/write';
import { now } from '../platform/clock';
import { applyRetention, restoreRecords } from './backups';
import { loadMyKeys } from './keyRing';
import { foldIncomingStamps, rememberImport } from './lastImport';
import { snapshotRecords, takeSnapshotInTransaction } from './snapshotData';
import { readAllRecords, syncTable, syncTables, type AnyRecord, type Records } from './tables';
import { inWorker } from './worker/client';

/**
 * Reading an exchange file: decrypt, validate and verify in the Worker, preview the
 * merge without writing, then apply everything in one transaction after a snapshot.
 * Any failure leaves the database exactly as it was.
 */

export { lastImport, type LastImport } from './lastImport';

export type ImportKey = { readonly mode: 'identity' } | { readonly mode: 'passphrase'; readonly passphrase: string };

export interface EnvelopeSummary {
  readonly exportId: string;
  readonly createdAt: string;
  readonly deviceId: string;
  /** Who the file says exported it (a claim; the signature says who really signed). */
  readonly member: { readonly id: string; readonly name: string } | null;
  readonly scope: ExchangeScope;
  readonly counts: Readonly<Record<EntityName, number>>;
  readonly totalRecords: number;
}

export type ImportSignature =
  | { readonly status: 'valid-known'; readonly memberId: string; readonly memberName: string }
  | { readonly status: 'valid-unknown'; readonly publicKey: string };

/** A member whose exchange keys the file would change: worth a warning, since keys decide who can read and sign. */
export interface KeyChange {
  readonly memberId: string;
  readonly name: string;
  /** My own member: afterwards it would show keys this device does not hold. */
  readonly isMe: boolean;
}

export interface ImportPreview {
  readonly importId: string;
  readonly fileName: string | null;
  readonly envelopeSummary: EnvelopeSummary;
  readonly signature: ImportSignature;
  readonly perEntity: Readonly<Record<EntityName, MergeSummary>>;
  readonly totals: MergeSummary;
  /** Known members whose keys the merge would change (a member's first keys are no change). */
  readonly keyChanges: readonly KeyChange[];
}

export interface ImportSummary {
  readonly importId: string;
  readonly perEntity: Readonly<Record<EntityName, MergeSummary>>;
  readonly totals: MergeSummary;
  /** False when the file brought nothing new: then no snapshot was taken and there is nothing to undo. */
  readonly undoable: boolean;
}

/** Whether a file needs my identity or a passphrase, read from its age header without decrypting. */
export function describeFile(bytes: Uint8Array): Result<{ needs: 'identity' | 'passphrase' }> {
  const described = describeAgeFile(bytes);
  if (!described.ok) return described;
  return ok({ needs: described.data.protection === 'passphrase' ? 'passphrase' : 'identity' });
}

// The one prepared import: its envelope stays here, the UI only holds the preview.
let prepared: { readonly preview: ImportPreview; readonly envelope: Envelope } | null = null;

function totalsOf(perEntity: Readonly<Record<EntityName, MergeSummary>>): MergeSummary {
  const totals = { added: 0, changed: 0, deleted: 0, conflicts: 0, unchanged: 0 };
  for (const name of ENTITY_NAMES) for (const key of Object.keys(totals) as (keyof MergeSummary)[]) totals[key] += perEntity[name][key];
  return totals;
}

type Merges = Record<EntityName, IncomingMerge<object>>;

/** A file naming at least a quarter of a table's records has the whole table read instead of each record looked up. */
const WHOLE_TABLE_SHARE = 4;

/**
 * The merge of every entity of the envelope into the local records; reads only.
 * With `all` (every local record, read already) nothing more is read.
 */
async function mergeAll(envelope: Envelope, all?: Records): Promise<Merges> {
  const out = {} as Merges;
  for (const name of ENTITY_NAMES) {
    const incoming = envelope.records[name] as unknown as AnyRecord[];
    const localById = new Map<string, AnyRecord>();
    if (all) for (const record of all[name]) localById.set(record.id, record);
    else {
      const table = syncTable(name);
      const ids = [...new Set(incoming.map((record) => record.id))];
      // One read of a whole table is many times quicker than most of its rows fetched one by one (a full exchange).
      const wholeTable = ids.length > 0 && ids.length * WHOLE_TABLE_SHARE >= (await table.count());
      const locals = wholeTable ? await table.toArray() : await table.bulkGet(ids);
      for (const record of locals) if (record) localById.set(record.id, record);
    }
    out[name] = mergeIncoming(localById, incoming);
    checkMerged(name, out[name].puts as AnyRecord[], new Set(incoming));
  }
  return out;
}

/**
 * A file can be valid on its own and still not fit the local records (stamps its vv
 * claims to have seen but does not hold), so that a merged record would lose a field.
 * Such a file is refused before anything is written (found by the fuzzer, tests/fuzz).
 */
function checkMerged(name: EntityName, puts: readonly AnyRecord[], incoming: ReadonlySet<AnyRecord>): void {
  for (const record of puts) {
    // A record taken over as it is was validated strictly already; only merged ones (with a
    // local copy, or with another copy of the same id in the file) are checked.
    if (incoming.has(record)) continue;
    const content = ENTITY_SCHEMAS[name].safeParse(record);
    const meta = content.success ? syncMetaSchema.safeParse(record) : content;
    if (!meta.success) throw new AppFailure('exchange/invalid-content', `${name}/${record.id} does not merge into a valid record: ${meta.error.issues[0]?.path.join('.') ?? ''}`);
  }
}

async function keyChangesOf(merges: Merges): Promise<KeyChange[]> {
  const me = await readSetting('currentMemberId');
  const changes: KeyChange[] = [];
  for (const merged of merges.members.puts as Member[]) {
    const local = await db.members.get(merged.id);
    if (!local || merged.deleted !== null) continue;
    const changed = (before: string | null, after: string | null) => before !== null && before !== after;
    if (changed(local.recipient, merged.recipient) || changed(local.signingKey, merged.signingKey)) {
      changes.push({ memberId: merged.id, name: merged.name, isMe: merged.id === me });
    }
  }
  return changes;
}

function summariesOf(merges: Merges): Record<EntityName, MergeSummary> {
  return Object.fromEntries(ENTITY_NAMES.map((name) => [name, merges[name].summary])) as Record<EntityName, MergeSummary>;
}

async function decryptKeyFor(key: ImportKey): Promise<DecryptKey> {
  if (key.mode === 'passphrase') {
    if (normalisePassphrase(key.passphrase).trim() === '') throw new AppFailure('exchange/invalid-key', 'empty passphrase');
    return { passphrase: key.passphrase };
  }
  return { identity: (await loadMyKeys()).keys.identity };
}

/**
 * Opens a file and previews its merge. Bad files fail with their code (wrong key,
 * corrupt, not age, newer version, invalid content, bad signature, unsigned);
 * an unknown but valid signer is returned as 'valid-unknown' for the UI to confirm.
 * Nothing is written.
 */
export function prepareImport(bytes: Uint8Array, key: ImportKey, options: { readonly fileName?: string } = {}): Promise<Result<ImportPreview>> {
  return asResult(async () => {
    prepared = null;
    const decryptKey = await decryptKeyFor(key);
    const members = await db.members.filter((m) => m.deleted === null && m.signingKey !== null).toArray();
    const knownMembers = members.map((m) => ({ id: m.id, name: m.name, signingKey: m.signingKey }));
    const opened = await inWorker({ kind: 'open', bytes, key: decryptKey, knownMembers });
    if (!opened.ok) throw new AppFailure(opened.error.code, opened.error.message);
    const { envelope, signature } = opened.data;
    if (signature.status === 'invalid') throw new AppFailure(signature.reason === 'unsigned' ? 'exchange/unsigned' : 'exchange/bad-signature', signature.reason);
    const { perEntity, keyChanges } = await db.transaction('r', [...syncTables(), db.settings], async () => {
      const merges = await mergeAll(envelope);
      return { perEntity: summariesOf(merges), keyChanges: await keyChangesOf(merges) };
    });
    const counts = Object.fromEntries(ENTITY_NAMES.map((name) => [name, envelope.records[name].length])) as Record<EntityName, number>;
    const preview: ImportPreview = {
      importId: newId(),
      fileName: options.fileName ?? null,
      envelopeSummary: {
        exportId: envelope.exportId,
        createdAt: envelope.createdAt,
        deviceId: envelope.device.deviceId,
        member: envelope.member,
        scope: envelope.scope,
        counts,
        totalRecords: ENTITY_NAMES.reduce((sum, name) => sum + counts[name], 0),
      },
      signature:
        signature.status === 'valid-known'
          ? { status: 'valid-known', memberId: signature.member.id, memberName: signature.member.name }
          : { status: 'valid-unknown', publicKey: signature.publicKey },
      perEntity,
      totals: totalsOf(perEntity),
      keyChanges,
    };
    prepared = { preview, envelope };
    return preview;
  });
}

function labelOf(preview: ImportPreview): string {
  const who = preview.signature.status === 'valid-known' ? preview.signature.memberName : (preview.envelopeSummary.member?.name ?? '?');
  return `${who}, ${preview.envelopeSummary.createdAt.slice(0, 10)}`;
}

/**
 * Applies a prepared import in one transaction: snapshot (before-import), merged
 * records, the device clock, lastExchangeAt. The merge is recomputed inside the
 * transaction; if it no longer matches the preview (the data changed meanwhile)
 * nothing is written and the result is 'exchange/stale-preview': prepare again.
 */
export function applyImport(preview: ImportPreview, opts: { readonly confirmUnknownSigner: boolean }): Promise<Result<ImportSummary>> {
  return asResult(async () => {
    const current = prepared;
    if (current === null || current.preview.importId !== preview.importId) {
      throw new AppFailure('exchange/stale-preview', 'this preview is not the prepared import any more');
    }
    if (current.preview.signature.status === 'valid-unknown' && !opts.confirmUnknownSigner) {
      throw new AppFailure('exchange/unknown-signer', 'the signer is not a known member; confirm explicitly');
    }
    // The automatic backup before an import (desktop); its failure is recorded as a warning and never blocks the import.
    await beforeImportBackup();
    const { envelope } = current;
    const summary = await db.transaction('rw', [...syncTables(), db.snapshots, db.settings], async () => {
      // One read of everything serves both the merge and the snapshot.
      const all = await readAllRecords();
      const merges = await mergeAll(envelope, all);
      const perEntity = summariesOf(merges);
      if (!canonicalEqual(perEntity, current.preview.perEntity)) throw new AppFailure('exchange/stale-preview', 'the local data changed since the preview');
      const undoable = ENTITY_NAMES.some((name) => merges[name].puts.length > 0);
      if (undoable) await takeSnapshotInTransaction('before-import', labelOf(current.preview), preview.importId, all);
      for (const name of ENTITY_NAMES) {
        if (merges[name].puts.length > 0) await syncTable(name).bulkPut(merges[name].puts as AnyRecord[]);
      }
      const incoming = ENTITY_NAMES.flatMap((name): readonly AnyRecord[] => envelope.records[name] as unknown as AnyRecord[]);
      await foldIncomingStamps(incoming);
      // A sender's clock running days ahead is remembered for the warning on Übersicht and Austausch.
      const skew = remoteSkewNote(stampsOf(incoming), now(), { deviceId: envelope.device.deviceId, memberName: envelope.member?.name ?? null });
      await (skew ? db.settings.put({ key: 'clockSkew', value: USER_SETTINGS.clockSkew.parse(skew) }) : db.settings.delete('clockSkew'));
      await db.settings.put({ key: 'lastExchangeAt', value: USER_SETTINGS.lastExchangeAt.parse(new Date(now()).toISOString()) });
      if (undoable) {
        await rememberImport(preview.importId, labelOf(current.preview));
        await applyRetention();
      }
      return { importId: preview.importId, perEntity, totals: totalsOf(perEntity), undoable };
    });
    prepared = null;
    return summary;
  });
}

/** Restores the snapshot taken before that import (the state now is kept as a before-restore snapshot). */
export function undoImport(importId: string): Promise<Result<void>> {
  return asResult(async () => {
    const row = await db.snapshots.where('importId').equals(importId).first();
    if (!row) throw new AppFailure('db/not-found', `no snapshot before import ${importId}`);
    const records = await snapshotRecords(row);
    // Also forgets the last import, so it cannot be undone twice.
    await restoreRecords(records, row.label);
  });
}

/** Drops a prepared import the user cancelled, so its records do not stay in memory. */
export function cancelImport(): void {
  prepared = null;
}
