import Dexie from 'dexie';
import { z } from 'zod';
import { AppFailure } from '../../shared/errors/result';
import { fromBase64, utf8 } from '../../shared/exchange/encoding';
import { deepStrict, hasProtoKey } from '../../shared/exchange/strict';
import { ENTITY_NAMES, ENTITY_SCHEMAS } from '../../shared/model/entities';
import { newId } from '../../shared/model/ids';
import { syncMetaSchema } from '../../shared/model/sync';
import type { SnapshotRow } from '../db/database';
import { db } from '../db/database';
import { now } from '../platform/clock';
import { countRecords, readAllRecords, type Records } from './tables';

/**
 * How a snapshot's records are kept in SnapshotRow.data: plain JSON of
 * `{format, version, tables}` (JSON.stringify, not canonical: nothing is signed,
 * and it is several times faster), gzip-compressed with the platform's
 * CompressionStream and stored as the compressed bytes themselves (IndexedDB keeps
 * binary as it is), one value per snapshot. Rows written before issue 7 hold text
 * behind a prefix that names its encoding (base64 of the gzip bytes, or plain JSON
 * where there was no CompressionStream); they are still read. 240,000 records are
 * ~200 MB of JSON and a few tens of MB stored; base64 would add a third and a slow
 * pass over them both ways.
 */

export const SNAPSHOT_FORMAT = 'runder-tisch-snapshot';
export const SNAPSHOT_VERSION = 1;
const GZIP_PREFIX = 'gzip-base64:';
const JSON_PREFIX = 'json:';

async function pipe(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Encodes records' JSON for SnapshotRow.data: gzip bytes where the platform can compress, else the JSON behind its prefix. */
export async function packJson(json: string): Promise<SnapshotRow['data']> {
  if (typeof CompressionStream === 'undefined') return JSON_PREFIX + json;
  return pipe(utf8(json), new CompressionStream('gzip'));
}

async function gunzipText(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, new DecompressionStream('gzip')));
  } catch (thrown) {
    throw new AppFailure('backup/corrupt', `snapshot data does not decompress: ${String(thrown)}`);
  }
}

/** Decodes SnapshotRow.data back to JSON text; 'backup/corrupt' when it cannot. */
export async function unpackJson(data: SnapshotRow['data']): Promise<string> {
  if (data instanceof Uint8Array) return gunzipText(data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data));
  if (data.startsWith(JSON_PREFIX)) return data.slice(JSON_PREFIX.length);
  if (!data.startsWith(GZIP_PREFIX)) throw new AppFailure('backup/corrupt', 'unknown snapshot encoding');
  const bytes = fromBase64(data.slice(GZIP_PREFIX.length));
  if (!bytes) throw new AppFailure('backup/corrupt', 'snapshot data is not base64');
  return gunzipText(new Uint8Array(bytes));
}

/** The JSON text of a set of records, as snapshots and backup files hold them. */
export function recordsJson(records: Records): string {
  return JSON.stringify({ format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, tables: records });
}

const looseTablesSchema = z.object(
  Object.fromEntries(ENTITY_NAMES.map((name) => [name, z.array(z.looseObject({ id: z.string() }))])) as Record<string, z.ZodType>,
);

// Records from a file someone hands us are checked as strictly as an exchange envelope's.
const strictTablesSchema = z.strictObject(
  Object.fromEntries(
    ENTITY_NAMES.map((name) => [name, z.array(deepStrict(z.object({ ...ENTITY_SCHEMAS[name].shape, ...syncMetaSchema.shape })))]),
  ) as Record<string, z.ZodType>,
);

/**
 * Parses snapshot JSON. Our own rows are checked for their frame only; `strict`
 * (for backup files from disk) validates every record against the model.
 */
export function parseRecordsJson(json: string, options: { readonly strict: boolean }): Records {
  return recordsOf(parseJson(json), options);
}

/** JSON.parse with 'backup/corrupt' for what is not JSON. */
export function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    throw new AppFailure('backup/corrupt', 'snapshot is not JSON');
  }
}

/** The records of a parsed snapshot value (see parseRecordsJson). */
export function recordsOf(value: unknown, options: { readonly strict: boolean }): Records {
  const frame = z.looseObject({ format: z.literal(SNAPSHOT_FORMAT), version: z.number().int(), tables: z.unknown() }).safeParse(value);
  if (!frame.success) throw new AppFailure('backup/corrupt', 'not a Runder Tisch snapshot');
  if (frame.data.version > SNAPSHOT_VERSION) throw new AppFailure('exchange/newer-version', `snapshot version ${frame.data.version}`);
  if (options.strict && hasProtoKey(frame.data.tables)) throw new AppFailure('backup/corrupt', 'snapshot tables contain a "__proto__" key');
  const tables = (options.strict ? strictTablesSchema : looseTablesSchema).safeParse(frame.data.tables);
  if (!tables.success) throw new AppFailure('backup/corrupt', `snapshot tables: ${tables.error.issues[0]?.path.join('.') ?? ''}`);
  // Validation only checks; the records stored are the file's own (nothing trimmed or dropped).
  return frame.data.tables as Records;
}

/** Reads and decodes the records of a stored snapshot. */
export async function snapshotRecords(row: SnapshotRow): Promise<Records> {
  return parseRecordsJson(await unpackJson(row.data), { strict: false });
}

/**
 * Takes a snapshot of every synchronised table and stores it. Must run inside a
 * 'rw' transaction over the synchronised tables, snapshots and settings: the
 * compression is not IndexedDB work, so Dexie.waitFor keeps the transaction open.
 */
export async function takeSnapshotInTransaction(
  reason: SnapshotRow['reason'],
  label: string,
  importId: string | null,
  /** Every record as just read in the same transaction, when the caller has them already. */
  current?: Records,
): Promise<SnapshotRow> {
  const records = current ?? (await readAllRecords());
  const data = await Dexie.waitFor(packJson(recordsJson(records)));
  const row: SnapshotRow = {
    id: newId(),
    createdAt: new Date(now()).toISOString(),
    reason,
    importId,
    label,
    counts: countRecords(records).counts,
    data,
  };
  await db.snapshots.add(row);
  return row;
}
