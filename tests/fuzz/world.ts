import { toBase64 } from '../../shared/exchange/encoding';
import { canonicalJson } from '../../shared/merge/canonical';
import { buildEnvelope, createMemberKeys, encryptExchange, signAndSerialise, type MemberKeys, type UnsignedEnvelope } from '../../shared/exchange';
import { ENTITY_NAMES, type EntityName } from '../../shared/model/entities';
import { stampNew, stampPatch, stampTombstone, type WriteContext } from '../../shared/model/stamp';
import { erasedCaseContent } from '../../shared/model/case';
import { memberContentSchema } from '../../shared/model/member';
import { db } from '../../renderer/db/database';
import { blankContentOf } from '../../renderer/exchange/blanks';
import { loadMyKeys } from '../../renderer/exchange/keyRing';
import { setSecretProtector } from '../../renderer/exchange/secrets';
import type { AnyRecord } from '../../renderer/exchange/tables';
import { setClock } from '../../renderer/platform/clock';
import { addCase, becomeMember, fakeKeychain } from '../renderer/exchange.support';

/**
 * The laptop the fuzzer attacks ("ben": a member with keys and a few cases) and a
 * signer ("anna", unknown to ben, so imports run with confirmUnknownSigner) whose
 * valid envelope touches every entity: new records, a concurrent edit of ben's
 * case (a conflict), a tombstone. Mutations start from that envelope.
 */

export type TableDump = Record<string, unknown[]>;

export interface FuzzWorld {
  readonly signer: MemberKeys;
  readonly recipient: string;
  /** The valid envelope every structural mutation starts from (unsigned; sealed per case). */
  readonly envelope: UnsignedEnvelope;
  /** Two valid sealed files: the base one and a smaller other one, for splicing. */
  readonly sealed: Uint8Array;
  readonly otherSealed: Uint8Array;
  /** Every table of ben's database before any case. */
  readonly base: TableDump;
  readonly baseChecksum: string;
}

const ANNA_DEVICE = 'annadevice1';
export const FUZZ_START_MS = Date.UTC(2026, 2, 3, 18, 0, 0);

/** Every table, settings and snapshots included, row by row in primary-key order. */
export async function dumpTables(): Promise<TableDump> {
  const dump: TableDump = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return dump;
}

/** A checksum of the whole database: its canonical JSON (equal databases give equal text). */
export async function databaseChecksum(): Promise<string> {
  const dump = await dumpTables();
  // Snapshots keep their data as bytes, which JSON cannot carry: checked as base64.
  const plain = (row: unknown) =>
    typeof row === 'object' && row !== null ? Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Uint8Array ? { bytes: toBase64(value) } : value])) : row;
  return canonicalJson(Object.fromEntries(Object.entries(dump).map(([name, rows]) => [name, rows.map(plain)])));
}

/** Puts the database back to a dump, in one transaction. */
export async function restoreDump(dump: TableDump): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      await table.bulkPut(dump[table.name] ?? []);
    }
  });
}

function annaContext(n: number): WriteContext {
  const wall = FUZZ_START_MS - 3_600_000 + n;
  return { stamp: `${String(wall).padStart(15, '0')}.000000.${ANNA_DEVICE}`, deviceId: ANNA_DEVICE, nowIso: new Date(wall).toISOString() };
}

function annaRecords(benCases: AnyRecord[], signer: MemberKeys): Record<EntityName, AnyRecord[]> {
  let n = 0;
  const benCase = benCases[0] as AnyRecord;
  const refs = { id: 'x', caseId: benCase.id, meetingId: benCase.id, agendaItemId: null, entityId: benCase.id };
  const out = Object.fromEntries(ENTITY_NAMES.map((name) => [name, [] as AnyRecord[]])) as Record<EntityName, AnyRecord[]>;
  for (const name of ENTITY_NAMES) {
    for (let i = 0; i < 2; i++) {
      const id = `0197a${name.length}${i}00-0000-7000-8000-${String(++n).padStart(12, '0')}`;
      const content = blankContentOf(name, refs as unknown as AnyRecord);
      out[name].push(stampNew(id, { ...content, ...(name === 'cases' ? { title: `Fall ${i}`, code: `RT-2026-9${i}0` } : {}) }, annaContext(++n)));
    }
  }
  const anna = memberContentSchema.parse({ name: 'Anna', organisation: 'Café Mondial', role: 'member', active: true, recipient: signer.recipient, signingKey: signer.signingPublicKey });
  out.members.push(stampNew('0197a000-aaaa-7000-8000-000000000001', anna, annaContext(++n)));
  // A concurrent edit of ben's first case and a concurrent erasure of the second.
  out.cases.push(stampPatch(benCase, { title: 'Von Anna geändert' } as object, annaContext(++n)) as AnyRecord);
  if (benCases[1]) out.cases.push(stampTombstone(benCases[1], erasedCaseContent(), annaContext(++n)));
  return out;
}

/** Seals an envelope for ben: signed by anna's key, encrypted to ben's recipient. */
export async function sealFor(world: Pick<FuzzWorld, 'signer' | 'recipient'>, envelope: UnsignedEnvelope): Promise<Uint8Array> {
  const signed = await signAndSerialise(envelope, world.signer.signingSecretKey);
  if (!signed.ok) throw new Error(`cannot sign the base envelope: ${signed.error.message}`);
  return encryptPlain(world, signed.data.bytes);
}

/** Encrypts plaintext bytes as they are (no signing) to ben. */
export async function encryptPlain(world: Pick<FuzzWorld, 'recipient'>, plaintext: Uint8Array): Promise<Uint8Array> {
  const encrypted = await encryptExchange(plaintext, { recipients: [world.recipient] });
  if (!encrypted.ok) throw new Error(`cannot encrypt: ${encrypted.error.message}`);
  return encrypted.data;
}

/** Empties the database and builds ben's laptop and anna's files. */
export async function createFuzzWorld(): Promise<FuzzWorld> {
  let wall = FUZZ_START_MS;
  setClock(() => (wall += 7));
  setSecretProtector(fakeKeychain());
  await Promise.all(db.tables.map((table) => table.clear()));
  await becomeMember('ben');
  const caseIds = [await addCase('RT-2026-001', 'Wohnungssuche'), await addCase('RT-2026-002', 'Sprachkurs')];
  const benCases = (await db.cases.bulkGet(caseIds)) as AnyRecord[];
  const recipient = (await loadMyKeys()).keys.recipient;
  const signer = await createMemberKeys();
  const records = annaRecords(benCases, signer);
  const member = { id: '0197a000-aaaa-7000-8000-000000000001', name: 'Anna' };
  const envelope = buildEnvelope({ deviceId: ANNA_DEVICE, member, scope: { kind: 'all' }, records: records as never, createdAt: new Date(FUZZ_START_MS - 1000) });
  const other = buildEnvelope({ deviceId: ANNA_DEVICE, member, scope: { kind: 'all' }, records: { cases: records.cases.slice(0, 1) } as never, createdAt: new Date(FUZZ_START_MS - 500) });
  const world = { signer, recipient };
  const base = await dumpTables();
  return {
    ...world,
    envelope,
    sealed: await sealFor(world, envelope),
    otherSealed: await sealFor(world, other),
    base,
    baseChecksum: canonicalJson(base),
  };
}
