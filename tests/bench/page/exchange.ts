import { Encrypter } from 'age-encryption';
import { db, SYNC_TABLES } from '../../../renderer/db/database';
import { applyImport, prepareImport } from '../../../renderer/exchange/importFile';
import { planExport, runExport } from '../../../renderer/exchange/exportFile';
import { loadMyKeys } from '../../../renderer/exchange/keyRing';
import { fieldOf, syncTable, type AnyRecord, type Records } from '../../../renderer/exchange/tables';
import { inWorker } from '../../../renderer/exchange/worker/client';
import { buildEnvelope, type EnvelopeInput } from '../../../shared/exchange';
import { concatBytes } from '../../../shared/exchange/encoding';
import { readExportBody } from '../../../renderer/exchange/exportBody';
import { ENTITY_NAMES } from '../../../shared/model/entities';
import { baseRecords } from './load';

export interface PairedSamples {
  readonly samples: number[];
  readonly floor: number[];
  readonly bytes: number;
  /** Milliseconds the runs spent outside the timed parts (setup, resets), so the harness's own cost shows. */
  readonly harnessMs: number;
  /** Where one more run of the app's path spends its time, by step (export only). */
  readonly phases?: Readonly<Record<string, number>>;
}

/**
 * One more export along the Worker's steps, each timed, to tell which step to work on (not part of the
 * figure): the paged read and canonical serialisation (here on the page's thread, the same code the Worker
 * runs), then signing and encryption in the Worker, then the floor.
 */
async function exportPhases(recipients: readonly string[], signingSecretKey: string): Promise<Record<string, number>> {
  let at = performance.now();
  const lap = () => {
    const ms = performance.now() - at;
    at = performance.now();
    return ms;
  };
  const me = { id: PEER_MEMBER, name: 'Bench' };
  const chunks: Uint8Array[] = [];
  const read = await readExportBody({ scope: { kind: 'all' }, deviceId: PEER_DEVICE, member: me, createdAt: new Date() }, (chunk) => chunks.push(chunk));
  if (!read.ok) throw new Error(read.error.message);
  const readAndSerialise = lap();
  const body = concatBytes(chunks);
  chunks.length = 0;
  const sealed = await inWorker({ kind: 'sealBody', body, signingSecretKey, target: { recipients: [...recipients] } }, [body.buffer]);
  if (!sealed.ok) throw new Error(sealed.error.message);
  const seal = lap();
  // The same export as the samples take it, all in the Worker, right after: the steps' sum beside the whole.
  const plan = await planExport({ kind: 'all' });
  if (!plan.ok) throw new Error(plan.error.message);
  const whole = await runExport(plan.data, { mode: 'members' });
  if (!whole.ok) throw new Error(whole.error.message);
  const wholeInWorker = lap();
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  await encrypter.encrypt(JSON.stringify(baseRecords()));
  return { readAndSerialise, seal, wholeInWorker, floor: lap() };
}

/**
 * Export of everything to the members' X25519 recipients, the app's whole path
 * (collect, sign, encrypt in the worker). Its floor, in the same run and on the same
 * records: JSON.stringify plus age encryption to the same recipients, on this thread.
 */
export async function exportRuns(runs: number, byStep = false): Promise<PairedSamples> {
  const begun = performance.now();
  const samples: number[] = [];
  const floor: number[] = [];
  let bytes = 0;
  let recipients: string[] = [];
  const { keys } = await loadMyKeys();
  // Exports change nothing and the database holds what loadDemo read back (imports run after and restore it),
  // so those records serve every floor run without another read of the whole database.
  const records = baseRecords();
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const plan = await planExport({ kind: 'all' });
    if (!plan.ok) throw new Error(`planExport: ${plan.error.code} ${plan.error.message}`);
    const file = await runExport(plan.data, { mode: 'members' });
    if (!file.ok) throw new Error(`runExport: ${file.error.code} ${file.error.message}`);
    samples.push(performance.now() - started);
    bytes = file.data.bytes.byteLength;

    recipients = [...new Set([keys.recipient, ...plan.data.recipients.map((r) => r.recipient)])];
    const floorStarted = performance.now();
    const encrypter = new Encrypter();
    for (const recipient of recipients) encrypter.addRecipient(recipient);
    await encrypter.encrypt(JSON.stringify(records));
    floor.push(performance.now() - floorStarted);
  }
  const harness = harnessMs(begun, samples, floor);
  return { samples, floor, bytes, harnessMs: harness, ...(byStep ? { phases: await exportPhases(recipients, keys.signingSecretKey) } : {}) };
}

function harnessMs(begun: number, samples: readonly number[], floor: readonly number[]): number {
  const timed = [...samples, ...floor].reduce((sum, ms) => sum + ms, 0);
  return performance.now() - begun - timed;
}

const PEER_DEVICE = 'benchpeer01';
const PEER_MEMBER = '0197a000-0000-7000-8000-0000000be7c1';

/** Another laptop's copy: every 10th case and follow-up retitled there later, everything else unchanged. */
function diverge(records: Records): Records {
  const edit = (record: AnyRecord, i: number): AnyRecord => {
    if (i % 10 !== 0) return record;
    const ms = Math.max(Date.parse(record.updatedAt), Date.now() - 3_600_000) + i;
    const stamp = `${String(ms).padStart(15, '0')}.000000.${PEER_DEVICE}`;
    const title = `${String(fieldOf(record, 'title'))} (geändert)`;
    return { ...record, title, updatedAt: new Date(ms).toISOString(), clock: { ...record.clock, title: stamp }, vv: { ...record.vv, [PEER_DEVICE]: stamp } } as AnyRecord;
  };
  return { ...records, cases: records.cases.map(edit), followUps: records.followUps.map(edit) };
}

/**
 * Import with merge of a diverged full data set into the loaded database, along the
 * app's path (open, verify, preview, snapshot, merge, write). Before every run the
 * database is reset to the loaded data (not timed). Floor: a Dexie bulkPut of the same
 * records into the database the import just wrote, which holds the same keys as the
 * loaded one (every put replaces a record either way), so no second reset is needed.
 */
export async function importRuns(runs: number): Promise<PairedSamples> {
  const begun = performance.now();
  const base = baseRecords();
  const incoming = diverge(base);
  const { member, keys } = await loadMyKeys();
  const envelope = buildEnvelope({
    deviceId: PEER_DEVICE,
    member: { id: member.id, name: member.name },
    scope: { kind: 'all' },
    records: incoming as unknown as EnvelopeInput['records'],
    createdAt: new Date(),
  });
  const sealed = await inWorker({ kind: 'seal', envelope, signingSecretKey: keys.signingSecretKey, target: { recipients: [keys.recipient] } });
  if (!sealed.ok) throw new Error(`seal: ${sealed.error.code} ${sealed.error.message}`);
  const file = sealed.data.bytes;

  const samples: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < runs; run++) {
    await restore(base, incoming);
    const started = performance.now();
    const preview = await prepareImport(file.slice(), { mode: 'identity' }, { fileName: 'bench.rtx' });
    if (!preview.ok) throw new Error(`prepareImport: ${preview.error.code} ${preview.error.message}`);
    const applied = await applyImport(preview.data, { confirmUnknownSigner: true });
    if (!applied.ok) throw new Error(`applyImport: ${applied.error.code} ${applied.error.message}`);
    samples.push(performance.now() - started);

    const floorStarted = performance.now();
    await db.transaction('rw', SYNC_TABLES.map((name) => db.table(name)), async () => {
      for (const name of ENTITY_NAMES) await syncTable(name).bulkPut(incoming[name]);
    });
    floor.push(performance.now() - floorStarted);
  }
  // Back to the loaded data, as found.
  await restore(base, incoming);
  return { samples, floor, bytes: file.byteLength, harnessMs: harnessMs(begun, samples, floor) };
}

/**
 * Puts the database back to the loaded data after an import (not timed): the records
 * the diverged set changed get their loaded versions back, records the import added
 * (history, snapshots) go. Cheaper than reloading everything, which dominated the run.
 */
async function restore(base: Records, incoming: Records): Promise<void> {
  await db.transaction('rw', [...SYNC_TABLES.map((name) => db.table(name)), db.snapshots], async () => {
    await db.snapshots.clear();
    for (const name of ENTITY_NAMES) {
      const table = syncTable(name);
      // An import never removes a record (deletions are tombstones), so a table as long as the base holds no extra.
      if ((await table.count()) > base[name].length) {
        const known = new Set(base[name].map((r) => r.id));
        await table.bulkDelete((await table.toCollection().primaryKeys()).filter((id) => !known.has(id)));
      }
      const changed = base[name].filter((record, i) => incoming[name][i] !== record);
      if (changed.length > 0) await table.bulkPut(changed);
    }
  });
}
