import { ENTITY_NAMES, ENTITY_SCHEMAS } from '../../shared/model/entities';
import { syncMetaSchema } from '../../shared/model/sync';
import { signAndSerialise, type UnsignedEnvelope } from '../../shared/exchange';
import { utf8 } from '../../shared/exchange/encoding';
import type { Result } from '../../shared/errors/result';
import { db } from '../../renderer/db/database';
import { applyImport, cancelImport, prepareImport, type ImportSummary } from '../../renderer/exchange/importFile';
import { mutateBytes } from './mutateBytes';
import { mutateEnvelope, type Json } from './mutateEnvelope';
import { createRng } from './prng';
import { databaseChecksum, encryptPlain, restoreDump, sealFor, type FuzzWorld } from './world';

/**
 * One fuzz case: build a mutated file from the case's seed, feed it through the real
 * import path (prepareImport, then applyImport with confirmUnknownSigner), and check
 * what must hold: no exception escapes, no hang, a known error code for a rejection,
 * the database unchanged after a rejection, and schema-valid records after an
 * acceptance (after which the database is put back for the next case).
 */

/** The codes a bad file may be refused with; anything else (e.g. 'unknown') is a finding. */
export const EXPECTED_REJECTIONS: ReadonlySet<string> = new Set([
  'exchange/not-age',
  'exchange/wrong-key',
  'exchange/corrupt',
  'exchange/too-large',
  'exchange/newer-version',
  'exchange/invalid-content',
  'exchange/bad-signature',
  'exchange/unsigned',
]);

export const CASE_TIMEOUT_MS = 20_000;

export type CaseKind = 'signed-structure' | 'unsigned-structure' | 'tampered-after-signing' | 'bytes';

export interface CaseOutcome {
  readonly seed: number;
  readonly kind: CaseKind;
  readonly mutations: readonly string[];
  /** 'accepted' or the error code. */
  readonly outcome: string;
  readonly problems: readonly string[];
}

interface FuzzInput {
  readonly kind: CaseKind;
  readonly mutations: string[];
  readonly bytes: Uint8Array;
}

/** The file of one case, fixed by its seed. */
export async function buildInput(world: FuzzWorld, seed: number): Promise<FuzzInput> {
  const rng = createRng(seed);
  const roll = rng.next();
  if (roll < 0.3) {
    const { bytes, done } = mutateBytes(world.sealed, world.otherSealed, rng);
    return { kind: 'bytes', mutations: done, bytes };
  }
  const envelope = structuredClone(world.envelope) as unknown as Json;
  const mutations = mutateEnvelope(envelope, rng);
  if (roll < 0.85) {
    const sealed = await sealFor(world, envelope as unknown as UnsignedEnvelope).catch(() => null);
    // What cannot be signed canonically (it is not plain JSON) still goes in, signed or not.
    if (sealed) return { kind: 'signed-structure', mutations, bytes: sealed };
    return { kind: 'unsigned-structure', mutations: [...mutations, 'unsignable'], bytes: await encryptPlain(world, utf8(JSON.stringify(envelope))) };
  }
  if (roll < 0.92) return { kind: 'unsigned-structure', mutations, bytes: await encryptPlain(world, utf8(JSON.stringify(envelope))) };
  // Signed as it was, then changed: the signature must catch it.
  const signed = JSON.parse(new TextDecoder().decode(await signedPlaintext(world))) as Record<string, Json>;
  const { signature, ...rest } = signed;
  mutateEnvelope(rest, rng);
  return { kind: 'tampered-after-signing', mutations, bytes: await encryptPlain(world, utf8(JSON.stringify({ ...rest, signature }))) };
}

async function signedPlaintext(world: FuzzWorld): Promise<Uint8Array> {
  const signed = await signAndSerialise(world.envelope, world.signer.signingSecretKey);
  if (!signed.ok) throw new Error(signed.error.message);
  return signed.data.bytes;
}

/** The real import path, as the Austausch screen drives it. */
export async function importBytes(bytes: Uint8Array): Promise<Result<ImportSummary>> {
  const preview = await prepareImport(bytes, { mode: 'identity' });
  if (!preview.ok) return preview;
  return applyImport(preview.data, { confirmUnknownSigner: true });
}

function timeout(ms: number): { promise: Promise<'timeout'>; clear: () => void } {
  let handle: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<'timeout'>((resolve) => {
    handle = setTimeout(() => resolve('timeout'), ms);
  });
  return { promise, clear: () => clearTimeout(handle) };
}

/** Every record of every synchronised table must pass its content schema and the merge metadata schema. */
export async function schemaProblems(): Promise<string[]> {
  const problems: string[] = [];
  for (const name of ENTITY_NAMES) {
    for (const record of await db.table(name).toArray()) {
      const content = ENTITY_SCHEMAS[name].safeParse(record);
      const meta = syncMetaSchema.safeParse(record);
      if (!content.success) problems.push(`${name}/${String((record as { id?: unknown }).id)} content: ${content.error.issues[0]?.path.join('.')} ${content.error.issues[0]?.message}`);
      if (!meta.success) problems.push(`${name}/${String((record as { id?: unknown }).id)} meta: ${meta.error.issues[0]?.path.join('.')} ${meta.error.issues[0]?.message}`);
    }
  }
  return problems;
}

/** Runs one case and reports what did not hold. */
export async function runCase(world: FuzzWorld, seed: number): Promise<CaseOutcome> {
  const input = await buildInput(world, seed);
  const problems: string[] = [];
  const before = await databaseChecksum();
  const limit = timeout(CASE_TIMEOUT_MS);
  let outcome = 'accepted';
  try {
    const result = await Promise.race([importBytes(input.bytes), limit.promise]);
    if (result === 'timeout') {
      outcome = 'timeout';
      problems.push(`no answer within ${CASE_TIMEOUT_MS} ms`);
    } else if (!result.ok) {
      outcome = result.error.code;
      if (!EXPECTED_REJECTIONS.has(result.error.code)) problems.push(`unexpected code ${result.error.code}: ${result.error.message.slice(0, 200)}`);
      if ((await databaseChecksum()) !== before) problems.push('database changed although the import was rejected');
    } else {
      problems.push(...(await schemaProblems()).slice(0, 5));
    }
  } catch (thrown) {
    outcome = 'thrown';
    problems.push(`uncaught: ${String(thrown).slice(0, 200)}`);
  } finally {
    limit.clear();
    cancelImport();
  }
  if (outcome !== 'timeout' && (await databaseChecksum()) !== world.baseChecksum) await restoreDump(world.base);
  return { seed, kind: input.kind, mutations: input.mutations, outcome, problems };
}

export interface FuzzReport {
  readonly cases: number;
  readonly seed: number;
  readonly byOutcome: Record<string, number>;
  readonly byKind: Record<string, number>;
  readonly findings: CaseOutcome[];
  readonly ms: number;
}

/** Runs `cases` cases with seeds seed, seed+1, …; every case can be replayed alone with runCase(world, its seed). */
export async function runFuzz(world: FuzzWorld, cases: number, seed: number, onProgress?: (done: number) => void): Promise<FuzzReport> {
  const started = Date.now();
  const byOutcome: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  const findings: CaseOutcome[] = [];
  for (let i = 0; i < cases; i++) {
    const result = await runCase(world, seed + i);
    byOutcome[result.outcome] = (byOutcome[result.outcome] ?? 0) + 1;
    byKind[result.kind] = (byKind[result.kind] ?? 0) + 1;
    if (result.problems.length > 0) findings.push(result);
    if (onProgress && (i + 1) % 500 === 0) onProgress(i + 1);
  }
  return { cases, seed, byOutcome, byKind, findings, ms: Date.now() - started };
}
