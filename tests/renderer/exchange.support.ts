import { expect } from 'vitest';
import { fail, ok, type Result } from '../../shared/errors/result';
import { toBase64 } from '../../shared/exchange/encoding';
import { canonicalJson } from '../../shared/merge/canonical';
import { emptyCaseContent, type CaseContent } from '../../shared/model/case';
import { ENTITY_NAMES } from '../../shared/model/entities';
import { memberContentSchema } from '../../shared/model/member';
import { db } from '../../renderer/db/database';
import { createCase } from '../../renderer/db/repositories/cases';
import { insertRecord, writeTransaction } from '../../renderer/db/write';
import { planExport, runExport, type ExportProtection, type ExportScope } from '../../renderer/exchange/exportFile';
import { applyImport, prepareImport, type ImportKey, type ImportPreview, type ImportSummary } from '../../renderer/exchange/importFile';
import { ensureMyKeys, importMemberCard, myMemberCard } from '../../renderer/exchange/keys';
import type { SecretProtector } from '../../renderer/exchange/secrets';

/**
 * Several laptops in one test. The repositories use the one `db`, so a device is
 * the complete content of that database (every table, settings and snapshots
 * included: device id, clock, keys); switching devices stores one state and loads
 * the other, exactly as two browser profiles would hold them.
 */

type TableDump = Record<string, unknown[]>;

const states = new Map<string, TableDump>();
let current: string | null = null;

async function dumpTables(): Promise<TableDump> {
  const dump: TableDump = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return dump;
}

async function clearTables(): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
}

/** Forgets every device and empties the database (call in beforeEach). */
export async function resetDevices(): Promise<void> {
  states.clear();
  current = null;
  await clearTables();
}

/** Makes `name` the laptop the app runs on (a new name is a fresh, empty laptop). */
export async function useDevice(name: string): Promise<void> {
  if (current === name) return;
  if (current !== null) states.set(current, await dumpTables());
  await clearTables();
  const state = states.get(name);
  if (state) for (const table of db.tables) await table.bulkPut(state[table.name] ?? []);
  current = name;
}

/** A second laptop holding an exact copy of another one (same keys, same clock), for order-independence tests. */
export async function cloneDevice(from: string, to: string): Promise<void> {
  await useDevice(from);
  states.set(to, await dumpTables());
}

/** Every table of the current device, byte for byte (as canonical JSON), settings and snapshots included. */
export async function wholeDatabase(): Promise<string> {
  // toArray returns rows in primary-key order, so equal databases give equal text.
  const dump = await dumpTables();
  // Snapshots keep their data as bytes, which JSON cannot carry: compared as base64.
  const plain = (row: unknown) =>
    typeof row === 'object' && row !== null ? Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Uint8Array ? { bytes: toBase64(value) } : value])) : row;
  return canonicalJson(Object.fromEntries(Object.entries(dump).map(([name, rows]) => [name, rows.map(plain)])));
}

/** The synchronised tables of the current device, records sorted by id. */
export async function syncedData(): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const name of ENTITY_NAMES) out[name] = await db.table(name).orderBy('id').toArray();
  return canonicalJson(out);
}

/** A keychain stand-in: reversible, but the plaintext never appears in what it returns. */
export function fakeKeychain(options: { available?: boolean; readable?: boolean } = {}): SecretProtector & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    protectSecret: async (plaintext) => {
      calls.push('protect');
      if (options.available === false) return fail('secret/unavailable', 'no keychain');
      return ok(btoa(`KC1:${[...plaintext].reverse().join('')}`));
    },
    unprotectSecret: async (protectedSecret) => {
      calls.push('unprotect');
      if (options.available === false) return fail('secret/unavailable', 'no keychain');
      if (options.readable === false) return fail('secret/unreadable', 'keychain was reset');
      return ok([...atob(protectedSecret).slice(4)].reverse().join(''));
    },
  };
}

/** Unwraps a Result in a test, failing with its code when it is an error. */
export function must<T>(result: Result<T>): T {
  if (!result.ok) expect.fail(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

/** The error code of a result that must have failed. */
export function codeOf(result: Result<unknown>): string {
  if (result.ok) expect.fail('expected a failure, got success');
  return result.error.code;
}

/** Adds a member on the current device, makes it "me" and gives it keys; returns its id. */
export async function becomeMember(name: string): Promise<string> {
  const id = await writeTransaction([db.members], () =>
    insertRecord(db.members, memberContentSchema, { name, organisation: 'Café Mondial', role: 'member', active: true, recipient: null, signingKey: null }),
  );
  await db.settings.put({ key: 'currentMemberId', value: id });
  must(await ensureMyKeys());
  return id;
}

/** Sets up laptops, one member each, that have exchanged member cards with each other. */
export async function membersWhoKnowEachOther(names: readonly string[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const cards: Record<string, string> = {};
  for (const name of names) {
    await useDevice(name);
    ids[name] = await becomeMember(name);
    cards[name] = must(await myMemberCard());
  }
  for (const name of names) {
    await useDevice(name);
    for (const other of names) if (other !== name) must(await importMemberCard(cards[other] as string));
  }
  return ids;
}

/** A case as the form would create it. */
export function caseContent(code: string, title: string): CaseContent {
  return { ...emptyCaseContent(code, '2026-03-02'), title, topics: ['housing'], summary: 'Sucht Wohnung.' };
}

/** Creates a case on the current device. */
export async function addCase(code: string, title: string): Promise<string> {
  return must(await createCase(caseContent(code, title)));
}

/** Exports from the current device (scope all, to all members by default). */
export async function exportFile(scope: ExportScope = { kind: 'all' }, protection: ExportProtection = { mode: 'members' }): Promise<Uint8Array> {
  const plan = must(await planExport(scope));
  return must(await runExport(plan, protection)).bytes;
}

/** Prepares and applies an import on the current device. */
export async function importFile(
  bytes: Uint8Array,
  key: ImportKey = { mode: 'identity' },
  confirmUnknownSigner = false,
): Promise<{ preview: ImportPreview; summary: ImportSummary }> {
  const preview = must(await prepareImport(bytes, key));
  const summary = must(await applyImport(preview, { confirmUnknownSigner }));
  return { preview, summary };
}
