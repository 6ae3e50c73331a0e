import { z } from 'zod';
import { fail, ok, type Result } from '../errors/result';
import { canonicalJson } from '../merge/canonical';
import { ENTITY_NAMES, ENTITY_SCHEMAS, type EntityName } from '../model/entities';
import { newId } from '../model/ids';
import { memberContentSchema } from '../model/member';
import { syncMetaSchema, type Stored } from '../model/sync';
import { decodeUtf8Strict, utf8 } from './encoding';
import { signatureValueSchema, signingPublicKeySchema } from './keys';
import { deepStrict, hasProtoKey } from './strict';

/**
 * The plaintext inside an exchange file: a versioned JSON envelope holding full
 * stored records (content plus merge metadata) and the exporter's signature.
 */

export const EXCHANGE_FORMAT = 'runder-tisch-exchange';
export const EXCHANGE_SCHEMA_VERSION = 1;

/** The stored record type of an entity, and the lists of every entity in an envelope. */
export type ExchangeRecord<K extends EntityName> = Stored<z.output<(typeof ENTITY_SCHEMAS)[K]>>;
export type ExchangeRecords = { [K in EntityName]: ExchangeRecord<K>[] };
export type ExchangeCounts = { [K in EntityName]: number };

const idSchema = syncMetaSchema.shape.id;

// Every content field must carry the stamp of the write that set it: the merge reads a
// value without a stamp as no version at all, so a record whose vv had seen the local
// value would silently erase that field (found by the fuzzer, tests/renderer/fuzzRegressions.test.ts).
function storedRecordSchema(content: z.ZodObject): z.ZodType {
  const fields = Object.keys(content.shape);
  return deepStrict(z.object({ ...content.shape, ...syncMetaSchema.shape })).refine(
    (record) => {
      const value = record as Readonly<Record<string, unknown>> & { readonly clock: Readonly<Record<string, string>> };
      return fields.every((field) => !Object.hasOwn(value, field) || Object.hasOwn(value.clock, field));
    },
    { message: 'a content field has no clock stamp', path: ['clock'] },
  );
}

// Built from ENTITY_SCHEMAS, so an entity added to the model travels without changes here.
const recordsSchema = z.strictObject(
  Object.fromEntries(ENTITY_NAMES.map((name) => [name, z.array(storedRecordSchema(ENTITY_SCHEMAS[name]))])) as unknown as {
    [K in EntityName]: z.ZodType<ExchangeRecords[K]>;
  },
);

const countsSchema = z.strictObject(
  Object.fromEntries(ENTITY_NAMES.map((name) => [name, z.number().int().nonnegative()])) as {
    [K in EntityName]: z.ZodNumber;
  },
);

/** What part of the data a file carries. A scoped file never implies deletions outside it. */
export const exchangeScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('cases'), caseIds: z.array(idSchema).min(1).max(100_000) }),
  z.strictObject({ kind: z.literal('meeting'), meetingId: idSchema }),
]);
export type ExchangeScope = z.infer<typeof exchangeScopeSchema>;

export const envelopeSignatureSchema = z.strictObject({
  alg: z.literal('ed25519'),
  publicKey: signingPublicKeySchema,
  value: signatureValueSchema,
});
export type EnvelopeSignature = z.infer<typeof envelopeSignatureSchema>;

export const exportingMemberSchema = z.strictObject({ id: idSchema, name: memberContentSchema.shape.name });
export type ExportingMember = z.infer<typeof exportingMemberSchema>;

/** The full envelope. The signature is optional here so an unsigned file gets its own error. */
export const envelopeSchema = z
  .strictObject({
    format: z.literal(EXCHANGE_FORMAT),
    schemaVersion: z.literal(EXCHANGE_SCHEMA_VERSION),
    exportId: z.uuid(),
    createdAt: z.iso.datetime(),
    device: z.strictObject({ deviceId: syncMetaSchema.shape.deviceId }),
    member: exportingMemberSchema.nullable(),
    scope: exchangeScopeSchema,
    records: recordsSchema,
    counts: countsSchema,
    signature: envelopeSignatureSchema.optional(),
  })
  .refine((e) => ENTITY_NAMES.every((name) => e.counts[name] === e.records[name].length), {
    message: 'counts do not match the records',
    path: ['counts'],
  });

export type Envelope = z.infer<typeof envelopeSchema>;
export type UnsignedEnvelope = Omit<Envelope, 'signature'>;
export type SignedEnvelope = UnsignedEnvelope & { readonly signature: EnvelopeSignature };

export interface EnvelopeInput {
  readonly deviceId: string;
  readonly member: ExportingMember | null;
  readonly scope: ExchangeScope;
  /** Missing entities are exported as empty lists. */
  readonly records: { readonly [K in EntityName]?: readonly ExchangeRecord<K>[] };
  /** The export time; injectable so tests and the clock abstraction decide it. */
  readonly createdAt: Date;
  readonly exportId?: string;
}

/** Assembles an unsigned envelope with per-entity counts and a fresh export id. */
export function buildEnvelope(input: EnvelopeInput): UnsignedEnvelope {
  const records = Object.fromEntries(ENTITY_NAMES.map((name) => [name, [...(input.records[name] ?? [])]])) as unknown as ExchangeRecords;
  const counts = Object.fromEntries(ENTITY_NAMES.map((name) => [name, records[name].length])) as ExchangeCounts;
  return {
    format: EXCHANGE_FORMAT,
    schemaVersion: EXCHANGE_SCHEMA_VERSION,
    exportId: input.exportId ?? newId(),
    createdAt: input.createdAt.toISOString(),
    device: { deviceId: input.deviceId },
    member: input.member,
    scope: input.scope,
    records,
    counts,
  };
}

/**
 * The envelope as UTF-8 canonical JSON, the plaintext of an exchange file. Canonical,
 * so an importer can check the signature over the received bytes themselves (see
 * signature.ts). Throws only for values signEnvelope refuses (NaN, a Date, a cycle).
 */
export function serialiseEnvelope(envelope: Envelope): Uint8Array<ArrayBuffer> {
  return utf8(canonicalJson(envelope));
}

const headerSchema = z.looseObject({ format: z.literal(EXCHANGE_FORMAT), schemaVersion: z.number().int().positive() });

/** At most this many schema problems are named in the developer message. */
const MAX_REPORTED_ISSUES = 5;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, MAX_REPORTED_ISSUES)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/** A parsed envelope together with the text it was parsed from. */
export interface DecodedEnvelope {
  readonly envelope: Envelope;
  readonly text: string;
}

/**
 * Parses decrypted bytes into an envelope, keeping the text for the signature check.
 * The format and version are checked first, so a file from a newer app says so
 * instead of failing as invalid. Strict validation follows; the value returned is the
 * file's own JSON (validation only checks it, nothing is trimmed or dropped), so the
 * signature is verified over exactly the records that will be imported.
 */
export function decodeEnvelope(bytes: Uint8Array): Result<DecodedEnvelope> {
  let text: string;
  let json: unknown;
  try {
    text = decodeUtf8Strict(bytes);
    json = JSON.parse(text);
  } catch (thrown) {
    return fail('exchange/invalid-content', `not UTF-8 JSON: ${String(thrown)}`);
  }
  const header = headerSchema.safeParse(json);
  if (!header.success) return fail('exchange/invalid-content', `not an exchange envelope: ${describeIssues(header.error)}`);
  if (header.data.schemaVersion > EXCHANGE_SCHEMA_VERSION) {
    return fail('exchange/newer-version', `schema version ${header.data.schemaVersion} > ${EXCHANGE_SCHEMA_VERSION}`);
  }
  if (hasProtoKey(json)) return fail('exchange/invalid-content', 'the envelope contains a "__proto__" key');
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) return fail('exchange/invalid-content', describeIssues(parsed.error));
  return ok({ envelope: json as Envelope, text });
}

/** Parses decrypted bytes into a strictly validated envelope (see decodeEnvelope). */
export function parseEnvelope(bytes: Uint8Array): Result<Envelope> {
  const decoded = decodeEnvelope(bytes);
  return decoded.ok ? ok(decoded.data.envelope) : decoded;
}

/** The envelope without its signature: what the signature covers. */
export function unsignedPart(envelope: Envelope): UnsignedEnvelope {
  const { signature: _signature, ...unsigned } = envelope;
  return unsigned;
}
