import { ok, type Result } from '../../shared/errors/result';
import { buildEnvelope, canonicalBody, type EnvelopeInput, type ExchangeScope, type ExportingMember } from '../../shared/exchange';
import { CANONICAL_ENTITY_ORDER, createCanonicalBodyWriter } from '../../shared/exchange/bodyWriter';
import { ENTITY_NAMES, type EntityName } from '../../shared/model/entities';
import { db } from '../db/database';
import { asResult } from '../db/write';
import { collectRecords } from './scope';
import { fieldOf, syncTable, syncTables, type AnyRecord } from './tables';

/**
 * The canonical bytes of an export's unsigned envelope, read from the database by the
 * thread that runs this (the exchange Worker in the app): what the signature covers and,
 * with it spliced in, the file's plaintext.
 */

/** What the envelope says about its maker, beside the records. */
export interface ExportHeader {
  readonly scope: ExchangeScope;
  readonly deviceId: string;
  readonly member: ExportingMember;
  readonly createdAt: Date;
}

/** What the body carried, beside its bytes (which went to the sink). */
export interface ExportBody {
  /** For the file name: the cases carried and the meeting's date (meeting packets). */
  readonly caseCount: number;
  readonly meetingDate: string | null;
}

/**
 * Records per read in an export of everything: big enough to keep the reads few, small enough to hold
 * little at a time (at 10,000 cases pages of 10,000 or 25,000 were no faster on a quiet machine).
 */
const PAGE_SIZE = 2000;

function page(name: EntityName, after: string | null, size: number): Promise<AnyRecord[]> {
  const table = syncTable(name);
  return (after === null ? table.orderBy(':id') : table.where(':id').above(after)).limit(size).toArray();
}

/**
 * Everything, tombstones included, in one read transaction (one consistent view) but a
 * page at a time in primary-key order (the order toArray reads): while a page is being
 * serialised, the database already reads the next one.
 */
async function bodyOfEverything(header: ExportHeader, sink: BodySink, pageSize: number): Promise<Result<ExportBody>> {
  return db.transaction('r', syncTables(), async () => {
    const numbers = await Promise.all(ENTITY_NAMES.map((name) => syncTable(name).count()));
    const counts = Object.fromEntries(ENTITY_NAMES.map((name, i) => [name, numbers[i] ?? 0])) as Record<EntityName, number>;
    const { records: _none, ...frame } = buildEnvelope({ ...header, records: {} });
    const writer = createCanonicalBodyWriter({ ...frame, counts }, sink);
    let index = 0;
    let pending: Promise<AnyRecord[]> | null = page(CANONICAL_ENTITY_ORDER[0] as EntityName, null, pageSize);
    while (pending !== null) {
      const records: AnyRecord[] = await pending;
      const name = CANONICAL_ENTITY_ORDER[index] as EntityName;
      const last = records.at(-1);
      if (records.length === pageSize && last) {
        pending = page(name, last.id, pageSize);
      } else {
        index++;
        const following = CANONICAL_ENTITY_ORDER[index];
        pending = following === undefined ? null : page(following, null, pageSize);
      }
      writer.add(name, records);
    }
    const end = writer.finish();
    return end.ok ? ok({ caseCount: counts.cases, meetingDate: null }) : end;
  });
}

async function bodyOfScope(header: ExportHeader, sink: BodySink): Promise<Result<ExportBody>> {
  const records = await collectRecords(header.scope, header.member.id);
  // Our own tables, written through the model's schemas: the records an envelope carries.
  const envelope = buildEnvelope({ ...header, records: records as unknown as EnvelopeInput['records'] });
  const body = canonicalBody(envelope);
  if (!body.ok) return body;
  sink(body.data);
  const meeting = records.meetings[0];
  return ok({ caseCount: records.cases.length, meetingDate: meeting ? String(fieldOf(meeting, 'date')) : null });
}

/** Takes the body's bytes in order, as they are made. */
export type BodySink = (chunk: Uint8Array<ArrayBuffer>) => void;

/**
 * The canonical body of an export of this scope, read afresh from the database, handed to `sink` as it
 * is made; an export of everything reads `pageSize` records at a time (tests pick small pages).
 */
export async function readExportBody(header: ExportHeader, sink: BodySink, pageSize = PAGE_SIZE): Promise<Result<ExportBody>> {
  // A missing case or meeting (db/not-found) or a locked database (lock/locked) fail with their codes.
  const body = await asResult(() => (header.scope.kind === 'all' ? bodyOfEverything(header, sink, pageSize) : bodyOfScope(header, sink)));
  return body.ok ? body.data : body;
}
